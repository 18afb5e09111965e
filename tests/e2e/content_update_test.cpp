// content_update_test.cpp: a content update installed while a visitor is at the screen is picked up at the next
// reset, between visitors, never mid-session; a broken update is refused and the old content keeps working.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;
namespace fs = std::filesystem;

TEST_CASE("a content update is installed atomically and picked up at the next reset", "[e2e]") {
    const std::string dir = scratchDir("update");
    const std::string live = dir + "/exhibit.db";
    fs::copy_file(KIOSK_DB, live);
    // The update: a small synthetic database, so the change is easy to see in the state.
    const std::string update = dir + "/update.db";
    REQUIRE(std::system((std::string(KIOSK_CONTENT_TOOL) + " synth --events 500 --seed 3 --data " + KIOSK_DATA_DIR + " --out " + update +
                         " >/dev/null").c_str()) == 0);

    RunOptions o;
    o.db = live;
    o.config = std::string(KIOSK_FIXTURES) + "/unattended.toml";  // idle timeout 20 s, then 10 s of "still there?"
    o.size = "1280x800";
    // A visitor arrives and stays a while; the update lands meanwhile (from the other thread, after half a second of
    // real time, which is a few virtual seconds); then the visitor leaves and the kiosk resets.
    // (The idle timeout grows while a long text is open, so the visitor is given two virtual minutes to leave.)
    o.script = "wait 1000\ntap 640 400\nwait 8000\nstate " + dir + "/during.json\nwait 120000\n";
    o.dir = scratchDir("update-run");
    std::thread installer([&] {
        // Only once the kiosk has loaded the old content (a loaded machine can take longer than any fixed delay).
        for (int i = 0; i < 600; ++i) {
            std::ifstream out(o.dir + "/output.txt");
            const std::string text((std::istreambuf_iterator<char>(out)), std::istreambuf_iterator<char>());
            if (text.find("started on") != std::string::npos) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const int rc = std::system((std::string(KIOSK_CONTENT_TOOL) + " install " + update + " --target " + live + " >/dev/null 2>&1").c_str());
        CHECK(rc == 0);
    });
    const KioskRun run = runKiosk(o);
    installer.join();
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    CHECK(fs::exists(live + ".last-good"));  // the previous content is kept
    std::ifstream duringFile(dir + "/during.json");
    nlohmann::json during;
    duringFile >> during;
    CHECK(during.at("content").at("events") != 500);  // never swapped under a visitor
    CHECK(during.at("content").at("version") != run.state.at("content").at("version"));
    CHECK(run.state.at("content").at("events") == 500);
    CHECK(run.output.find("reloading between visitors") != std::string::npos);
}

TEST_CASE("a broken update is refused and the running content is untouched", "[e2e]") {
    const std::string dir = scratchDir("broken-update");
    const std::string live = dir + "/exhibit.db";
    fs::copy_file(KIOSK_DB, live);
    const std::string broken = dir + "/broken.db";
    {
        std::ifstream in(KIOSK_DB, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        bytes.resize(bytes.size() / 3);  // truncated in transit
        std::ofstream(broken, std::ios::binary) << bytes;
    }
    const auto before = fs::file_size(live);
    CHECK(std::system((std::string(KIOSK_CONTENT_TOOL) + " install " + broken + " --target " + live + " >/dev/null 2>&1").c_str()) != 0);
    CHECK(fs::file_size(live) == before);
    RunOptions o;
    o.db = live;
    const KioskRun run = runKiosk(o);
    REQUIRE(run.exitCode == 0);
    CHECK(run.state.at("content").at("available") == true);
}
