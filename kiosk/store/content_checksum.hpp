// content_checksum.hpp: a fingerprint of every row of a content database's content tables, as stored. The content
// tool records it in meta when it writes a database; the kiosk recomputes it when it loads one, so a damaged file
// (a flipped bit in a title, a truncated page that SQLite does not notice) is refused instead of shown.
#pragma once
#include <string>

#include "store/sqlite_handle.hpp"

namespace kiosk::store {

inline constexpr const char* kChecksumKey = "content_checksum";

// FNV-1a (64 bit) over the names of every ordinary table but meta (the content tables and the search index's shadow
// tables) and the typed values of all their rows, as 16 hex digits. Throws StoreError when a table cannot be read.
std::string contentChecksum(const Connection& db);

}  // namespace kiosk::store
