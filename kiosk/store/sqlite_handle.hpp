// sqlite_handle.hpp: thin RAII ownership of SQLite connections and statements. Only store/ includes sqlite3.h.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Connection {
public:
    // Opens `uri` (a plain path or a file: URI) with SQLITE_OPEN_URI added to `flags`. Throws StoreError.
    Connection(const std::string& uri, int flags);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* get() const { return db_; }
    void exec(const std::string& sql);  // throws StoreError with SQLite's message
    [[noreturn]] void fail(const std::string& what) const;

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(const Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);  // SQLITE_TRANSIENT: the caller's buffer may go away
    Statement& bindBlob(int index, const void* data, size_t bytes);
    Statement& bindNull(int index);
    bool step();   // true when a row is ready; throws StoreError on error
    void run();    // step() to completion, then reset for reuse
    void reset();

    int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;
    int columnCount() const { return sqlite3_column_count(stmt_); }
    int columnType(int column) const { return sqlite3_column_type(stmt_, column); }
    std::string bytes(int column) const;  // a text or blob value's bytes, exactly as stored
    template <typename T>
    std::vector<T> blob(int column) const {
        const void* data = sqlite3_column_blob(stmt_, column);
        const size_t bytes = static_cast<size_t>(sqlite3_column_bytes(stmt_, column));
        std::vector<T> out(bytes / sizeof(T));
        if (data && !out.empty()) std::memcpy(out.data(), data, out.size() * sizeof(T));
        return out;
    }

private:
    const Connection& connection_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace kiosk::store
