// source_watch_test.cpp: the preview notices a save however the editor writes it, waits for a burst of writes to
// end, ignores editors' temporary and backup files, and reports each settled change once.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include "../support/temp_dir.hpp"
#include "app/source_watch.hpp"

using namespace kiosk::app;
namespace fs = std::filesystem;

TEST_CASE("a save in place and a save through a renamed temporary file both change the fingerprint", "[preview]") {
    kiosk::test::TempDir dir("kiosk-watch");
    std::ofstream(dir / "events.toml") << "a = 1\n";
    const FolderFingerprint start = fingerprintFolder(dir.path());
    REQUIRE(start.size() == 1);
    CHECK(start[0].path == "events.toml");

    // The same size, written again in place.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::ofstream(dir / "events.toml") << "a = 2\n";
    const FolderFingerprint inPlace = fingerprintFolder(dir.path());
    CHECK(inPlace != start);

    // An editor's way: the new text to a hidden temporary file (not content: ignored), then renamed over the file.
    std::ofstream(dir / ".events.toml.swp") << "a = 3\n";
    CHECK(fingerprintFolder(dir.path()) == inPlace);
    fs::rename(dir / ".events.toml.swp", dir / "events.toml");
    const FolderFingerprint renamed = fingerprintFolder(dir.path());
    CHECK(renamed != inPlace);
    CHECK(renamed.size() == 1);
}

TEST_CASE("editors' leftovers are not content", "[preview]") {
    for (const char* name : {".events.toml.swp", "events.toml~", "#events.toml#", "4913.tmp", ".goutputstream-ABC", "events.toml.bak"})
        CHECK(isEditorLeftover(name));
    for (const char* name : {"events.toml", "a000.txt", "countries-50m.json"}) CHECK_FALSE(isEditorLeftover(name));
}

TEST_CASE("a burst of writes becomes one change, reported once the folder has been still", "[preview]") {
    ChangeDebounce d(0.15);
    const FolderFingerprint a{{"events.toml", 10, 1, 1}}, b{{"events.toml", 12, 2, 2}}, c{{"events.toml", 12, 3, 3}};
    d.reset(a);
    CHECK_FALSE(d.update(0.0, a));  // nothing changed
    CHECK_FALSE(d.update(0.1, b));  // a write: wait for quiet
    CHECK(d.waiting());
    CHECK_FALSE(d.update(0.2, c));  // another write 0.1 s later: the wait starts again
    CHECK_FALSE(d.update(0.3, c));  // only 0.1 s of quiet
    CHECK(d.update(0.36, c));       // 0.16 s of quiet: one change
    CHECK_FALSE(d.waiting());
    CHECK_FALSE(d.update(0.5, c));  // reported once
    CHECK_FALSE(d.update(2.0, c));
}

TEST_CASE("a file written back as it was is no change", "[preview]") {
    ChangeDebounce d(0.1);
    const FolderFingerprint a{{"events.toml", 10, 1, 1}}, temp{{"events.toml", 10, 1, 1}, {"x.toml", 1, 1, 9}};
    d.reset(a);
    CHECK_FALSE(d.update(0.0, temp));
    CHECK_FALSE(d.update(0.05, a));  // the extra file went again before the folder settled
    CHECK_FALSE(d.update(0.5, a));
}
