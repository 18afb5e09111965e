// content_sources_test.cpp: the same sources loaded from memory (the fuzzers' entry point) give exactly what the
// data folder gives; and a source path in the content can never reach outside the data folder.
#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "../support/temp_dir.hpp"
#include "content/content_loader.hpp"

namespace fs = std::filesystem;
using namespace kiosk::content;

namespace {
SourceFiles readAll(const fs::path& dir) {
    SourceFiles files;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        files[fs::relative(e.path(), dir).generic_string()] = text.str();
    }
    return files;
}
}  // namespace

TEST_CASE("sources given in memory load exactly as the data folder does", "[content]") {
    const LoadedContent disk = loadContent(KIOSK_DATA_DIR);
    const LoadedContent memory = loadContentSources(readAll(KIOSK_DATA_DIR));
    INFO(memory.diagnostics.format());
    REQUIRE(memory.ok());
    CHECK(memory.sourceHash == disk.sourceHash);
    CHECK(memory.catalog.events.size() == disk.catalog.events.size());
    CHECK(memory.catalog.countries.size() == disk.catalog.countries.size());
    const LoadedContent noMap = loadContentSources(readAll(KIOSK_DATA_DIR), {.map = false});
    CHECK(noMap.ok());
    CHECK(noMap.catalog.countries.empty());
}

TEST_CASE("an article path outside the data folder, or not a regular file, is an error and is never read", "[content]") {
    kiosk::test::TempDir dir("kiosk-content-paths");
    fs::copy(KIOSK_DATA_DIR, dir.path(), fs::copy_options::recursive);
    REQUIRE(mkfifo((dir / "articles/cleaned/fifo.txt").c_str(), 0644) == 0);  // reading it would block for ever
    std::string articles = kiosk::test::readText(dir / "articles.toml");
    const std::string from = "cleaned = \"articles/cleaned/a000.txt\"";
    for (const std::string& to : {std::string("/etc/passwd"), std::string("../../../../etc/passwd"), std::string("/dev/zero"),
                                  std::string("articles/cleaned/fifo.txt"), std::string("articles/../../x.txt")}) {
        INFO(to);
        std::string edited = articles;
        edited.replace(edited.find(from), from.size(), "cleaned = \"" + to + "\"");
        kiosk::test::writeText(dir / "articles.toml", edited);
        const LoadedContent loaded = loadContent(dir.path());
        CHECK_FALSE(loaded.ok());
        CHECK_THAT(loaded.diagnostics.format(), Catch::Contains("cannot use '" + to + "'"));
    }
}
