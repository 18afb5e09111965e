// fuzz_database.cpp: opening a content database of arbitrary bytes. The bytes are written to a temporary file and
// opened exactly as the kiosk opens one (read-only, immutable). Invariants: readCatalog either returns a catalog
// whose every index is in range, or throws StoreError (never anything else, never a crash); checkDatabase and the
// search index never crash; the file is never changed.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz_support.hpp"
#include "store/catalog_reader.hpp"
#include "store/search_index.hpp"
#include "store/sqlite_handle.hpp"

namespace {
std::string gPath;

std::string readBack(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void cleanup() {
    std::error_code ec;
    std::filesystem::remove(gPath, ec);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dir = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    gPath = (dir / ("kiosk-fuzz-db-" + std::to_string(getpid()) + ".db")).string();
    std::atexit(cleanup);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using kiosk::fuzz::fail;
    const std::string bytes(kiosk::fuzz::asText(data, size));
    {
        std::ofstream out(gPath, std::ios::binary | std::ios::trunc);
        out << bytes;
    }
    try {
        const kiosk::model::Catalog c = kiosk::store::readCatalog(gPath);
        for (const auto& e : c.events) {
            for (auto t : e.themes)
                if (t < 0 || static_cast<size_t>(t) >= c.themes.size()) fail("theme index");
            for (auto p : e.places)
                if (p < 0 || static_cast<size_t>(p) >= c.places.size()) fail("place index");
            for (const auto& q : e.excerpts)
                if (q.article < 0 || static_cast<size_t>(q.article) >= c.articles.size() ||
                    q.offset + q.text.size() > c.articles[static_cast<size_t>(q.article)].body.size())
                    fail("excerpt outside its article");
        }
        for (const auto& d : c.disagreements)
            if (d.event < 0 || static_cast<size_t>(d.event) >= c.events.size()) fail("disagreement event index");
        for (const auto& shapes : {&c.countries, &c.countriesCoarse})
            for (const auto& k : *shapes)
                for (uint32_t t : k.triangles)
                    if (t >= k.lonLat.size() / 2) fail("triangle index");
        kiosk::store::SearchIndex index(gPath);
        (void)index.search("karachi moscow", 5);
        (void)index.search("1965", 5);
    } catch (const kiosk::store::StoreError&) {
        // The expected outcome for damaged bytes: the kiosk shows "temporarily unavailable" and logs why.
    }
    (void)kiosk::store::checkDatabase(gPath);
    if (readBack(gPath) != bytes) fail("the database file was changed by reading it");
    return 0;
}
