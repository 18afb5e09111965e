// content_checksum.cpp: see content_checksum.hpp.
#include "store/content_checksum.hpp"

#include <cstdio>
#include <vector>

namespace kiosk::store {
namespace {

struct Fnv {
    uint64_t h = 0xcbf29ce484222325ull;
    void bytes(const void* data, size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < n; ++i) {
            h ^= p[i];
            h *= 0x100000001b3ull;
        }
    }
    template <typename T>
    void value(T v) { bytes(&v, sizeof v); }
};

}  // namespace

std::string contentChecksum(const Connection& db) {
    // Every ordinary table, by name: the content tables and the search index's shadow tables (its data), not meta
    // (which holds the checksum) and not the virtual table itself (its rows are the shadow tables' rows).
    std::vector<std::string> tables;
    {
        Statement s(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'meta' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
        while (s.step()) tables.push_back(s.text(0));
    }
    Fnv f;
    for (const std::string& table : tables) {
        f.bytes(table.c_str(), table.size() + 1);
        // Rows are hashed one by one and the hashes added up: the sum does not depend on the order a scan returns
        // them in, which may differ between SQLite versions (the content tool and the kiosk need not share one).
        std::string quoted = "\"";
        for (char c : table) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        Statement s(db, "SELECT * FROM " + quoted + "\"");
        uint64_t sum = 0, rows = 0;
        while (s.step()) {
            Fnv row;
            const int columns = s.columnCount();
            for (int c = 0; c < columns; ++c) {
                const int type = s.columnType(c);
                row.value(static_cast<uint8_t>(type));
                switch (type) {
                    case SQLITE_INTEGER: row.value(s.integer(c)); break;
                    case SQLITE_FLOAT: row.value(s.real(c)); break;
                    case SQLITE_TEXT:
                    case SQLITE_BLOB: {
                        const std::string bytes = s.bytes(c);
                        row.value(static_cast<uint64_t>(bytes.size()));
                        row.bytes(bytes.data(), bytes.size());
                        break;
                    }
                    default: break;  // NULL: the type byte says it all
                }
            }
            sum += row.h;
            ++rows;
        }
        f.value(rows);
        f.value(sum);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(f.h));
    return hex;
}

}  // namespace kiosk::store
