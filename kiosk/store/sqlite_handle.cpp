// sqlite_handle.cpp: error-checked wrappers over the SQLite C API.
#include "store/sqlite_handle.hpp"

namespace kiosk::store {

Connection::Connection(const std::string& uri, int flags) {
    const int rc = sqlite3_open_v2(uri.c_str(), &db_, flags | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError("cannot open " + uri + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw StoreError(message);
    }
}

void Connection::fail(const std::string& what) const { throw StoreError(what + ": " + sqlite3_errmsg(db_)); }

Statement::Statement(const Connection& connection, std::string_view sql) : connection_(connection) {
    if (sqlite3_prepare_v2(connection.get(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
        connection.fail("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) connection_.fail("bind");
    return *this;
}
Statement& Statement::bind(int index, double value) {
    if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) connection_.fail("bind");
    return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
    if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK) connection_.fail("bind");
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, size_t bytes) {
    if (sqlite3_bind_blob(stmt_, index, data, static_cast<int>(bytes), SQLITE_TRANSIENT) != SQLITE_OK) connection_.fail("bind");
    return *this;
}
Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) connection_.fail("bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    connection_.fail("query failed");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const {
    const unsigned char* t = sqlite3_column_text(stmt_, column);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}
std::string Statement::bytes(int column) const {
    const void* data = sqlite3_column_blob(stmt_, column);
    const size_t n = static_cast<size_t>(sqlite3_column_bytes(stmt_, column));
    return data && n ? std::string(static_cast<const char*>(data), n) : std::string();
}
bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

}  // namespace kiosk::store
