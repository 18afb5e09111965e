// fuzz_content.cpp: the content sources. The input is one TOML file, the first byte choosing which (e events,
// a articles, t themes, r eras, p places, o people, d disagreements, f figures, x exhibit; any other byte modulo 8); the
// other files are the real ones from data/, so references between files resolve and every rule is reached.
// Invariants: loading never throws or crashes; a load without errors gives a catalog whose every index is in
// range (the kiosk indexes with them unchecked).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "content/content_loader.hpp"
#include "fuzz_support.hpp"

namespace {

kiosk::content::SourceFiles gReal;

const char* fileFor(uint8_t selector) {
    static const char* kFiles[] = {"events.toml", "articles.toml", "themes.toml", "eras.toml", "places.toml", "people.toml", "disagreements.toml", "figures.toml"};
    switch (selector) {
        case 'e': return kFiles[0];
        case 'a': return kFiles[1];
        case 't': return kFiles[2];
        case 'r': return kFiles[3];
        case 'p': return kFiles[4];
        case 'o': return kFiles[5];
        case 'd': return kFiles[6];
        case 'f': return kFiles[7];
        case 'x': return "exhibit.toml";
        default: return kFiles[selector % 8];
    }
}


}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    namespace fs = std::filesystem;
    const fs::path dir = KIOSK_DATA_DIR;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().extension() == ".md" || e.path().parent_path().filename() == "map") continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        gReal[fs::relative(e.path(), dir).generic_string()] = text.str();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    kiosk::content::SourceFiles files = gReal;
    files[fileFor(data[0])] = std::string(kiosk::fuzz::asText(data + 1, size - 1));
    const kiosk::content::LoadedContent loaded = kiosk::content::loadContentSources(files, {.map = false});
    (void)loaded.diagnostics.format();
    if (!loaded.ok()) return 0;
    const auto& c = loaded.catalog;
    auto check = [](kiosk::model::Index i, size_t n, const char* what) {
        if (i < 0 || static_cast<size_t>(i) >= n) kiosk::fuzz::fail("index out of range:", what);
    };
    for (const auto& e : c.events) {
        for (auto t : e.themes) check(t, c.themes.size(), "theme");
        for (auto p : e.places) check(p, c.places.size(), "place");
        for (auto p : e.people) check(p, c.people.size(), "person");
        for (const auto& q : e.excerpts) {
            check(q.article, c.articles.size(), "excerpt article");
            const std::string& body = c.articles[static_cast<size_t>(q.article)].body;
            if (q.offset + q.text.size() > body.size() || body.compare(q.offset, q.text.size(), q.text) != 0) kiosk::fuzz::fail("excerpt not in its article");
        }
    }
    for (const auto& d : c.disagreements) {
        check(d.event, c.events.size(), "disagreement event");
        for (const auto& cl : d.claims) check(cl.quote.article, c.articles.size(), "claim article");
    }
    for (const auto& f : c.figures) {
        check(f.quote.article, c.articles.size(), "figure article");
        if (f.event != kiosk::model::kNone) check(f.event, c.events.size(), "figure event");
    }
    return 0;
}
