// catalog_writer.hpp: writes a catalog into a new content database, atomically.
#pragma once
#include <filesystem>

#include "model/catalog.hpp"

namespace kiosk::store {

// Writes the catalog to `target` through a temporary file beside it that is renamed over the target only when
// complete, so a failed build never leaves a half-written database. Throws StoreError on failure (the temporary
// file is removed).
void writeCatalog(const model::Catalog& catalog, const std::filesystem::path& target);

}  // namespace kiosk::store
