// real_db.hpp: the real exhibit content, loaded once and written once into a scratch database for store tests.
#pragma once
#include <catch2/catch.hpp>

#include "../support/temp_dir.hpp"
#include "content/content_loader.hpp"
#include "store/catalog_writer.hpp"

namespace kiosk::test {

inline const content::LoadedContent& realContent() {
    static const content::LoadedContent loaded = [] {
        content::LoadedContent l = content::loadContent(KIOSK_DATA_DIR);
        l.catalog.info.contentVersion = l.sourceHash;
        l.catalog.info.builtAt = "2024-01-01T00:00:00Z";
        return l;
    }();
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    return loaded;
}

// exhibit.db built from data/ by writeCatalog, shared by every test in the binary.
inline const std::filesystem::path& realDatabase() {
    static TempDir dir("kiosk-store-db");
    static const std::filesystem::path path = [] {
        const std::filesystem::path p = dir / "exhibit.db";
        store::writeCatalog(realContent().catalog, p);
        return p;
    }();
    return path;
}

}  // namespace kiosk::test
