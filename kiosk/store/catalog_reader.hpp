// catalog_reader.hpp: opens a content database read-only and immutable, and loads the whole catalog once.
#pragma once
#include <filesystem>
#include <string>

#include "model/catalog.hpp"

namespace kiosk::store {

// "file:/path%20with%20spaces?immutable=1": immutable tells SQLite the file cannot change, so it takes no
// locks and never writes (not even a journal), which also makes a read-only medium work.
std::string immutableUri(const std::filesystem::path& path);

// Loads everything. Throws StoreError with a sentence a person can act on when the file is missing, is not a
// SQLite database, has another schema version, or holds records that refer to nothing (every index is checked,
// so a damaged or hostile file cannot make the kiosk read out of bounds).
model::Catalog readCatalog(const std::filesystem::path& path);

// PRAGMA integrity_check plus the schema version; returns an empty string when healthy, else the problem.
std::string checkDatabase(const std::filesystem::path& path);

}  // namespace kiosk::store
