// soak_test.cpp: the kiosk through many visitor cycles on the virtual clock (attract tour, a visitor who opens
// events, searches, pans and leaves, the "still there?" countdown, the reset), with resident memory and open file
// descriptors sampled from /proc while it runs: after warm-up neither may grow.
//
// CI runs a shortened soak (KIOSK_SOAK_MINUTES, default 20 virtual minutes; 4 in the sanitizer tree, where the
// allocator's quarantine makes resident memory meaningless, so only leaks and sanitizer reports are checked there).
// The full day: KIOSK_SOAK_MINUTES=1440 ctest -R soak (docs/RELIABILITY.md has the figures of a long run).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

#include "reliability_support.hpp"

using namespace kiosk::e2e;
using namespace kiosk::reliability;

namespace {

struct Sample {
    double t = 0;  // wall seconds since start
    long rssKb = 0;
    int fds = 0;
};

long medianRss(std::vector<Sample>::const_iterator begin, std::vector<Sample>::const_iterator end) {
    std::vector<long> v;
    for (auto it = begin; it != end; ++it) v.push_back(it->rssKb);
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

TEST_CASE("soak: visitor cycles on the virtual clock without memory or file-handle growth", "[reliability][soak]") {
    const bool sanitized = slowdown() > 1;
    const long minutes = envNumber("KIOSK_SOAK_MINUTES", sanitized ? 4 : 20);
    const std::string size = std::getenv("KIOSK_SOAK_SIZE") ? std::getenv("KIOSK_SOAK_SIZE") : "1024x600";
    const std::string dir = scratchDir("soak");
    const std::string usage = dir + "/usage.db";
    const std::string config = dir + "/kiosk.toml";
    writeFile(config, "[visitors]\nattract_mode = true\nidle_timeout_seconds = 10\n[logging]\nusage_log = \"" + usage + "\"\n");

    // Where the events and the search button are, from a short run at the same size.
    RunOptions probe;
    probe.size = size;
    const KioskRun first = runKiosk(probe);
    REQUIRE(first.exitCode == 0);
    const std::vector<Point> places = selectingTargets(first.state);
    REQUIRE(!places.empty());
    const ReaderNav nav = readerNav(first.state);
    std::optional<Point> search;
    if (first.state.contains("buttons"))
        for (const auto& b : first.state.at("buttons"))
            if (b.at("label") == "Search") search = Point{b.at("x").get<float>(), b.at("y").get<float>(), "search"};
    const float w = std::stof(size.substr(0, size.find('x'))), h = std::stof(size.substr(size.find('x') + 1));

    // One visitor cycle, about 65 virtual seconds: the tour, a visitor, the idle countdown and the reset.
    static const char* kWords[] = {"karachi", "tashkent", "moscow 1965", "steel mill", "afghanistan", "gas pipeline"};
    std::string script;
    const long cycles = std::max(1L, minutes * 60 / 65);
    for (long c = 0; c < cycles; ++c) {
        script += "wait 30000\n";                                                   // the attract tour
        script += "tap " + std::to_string(w / 2) + " " + std::to_string(h / 2) + "\nwait 500\n";  // a visitor arrives
        script += browsingScript(nav, 3, 1500);  // three events, one after another
        const Point& place = places[static_cast<size_t>(c) % places.size()];
        script += "tap " + std::to_string(place.x) + " " + std::to_string(place.y) + "\nwait 1500\n";
        if (search) {
            script += "tap " + std::to_string(search->x) + " " + std::to_string(search->y) + "\nwait 300\n";
            script += std::string("type ") + kWords[c % 6] + "\nwait 1000\nkey escape\nwait 300\n";
        }
        script += "drag " + std::to_string(w * 0.3) + " " + std::to_string(h * 0.4) + " " + std::to_string(w * 0.5) + " " +
                  std::to_string(h * 0.45) + " 400\nwait 800\n";
        script += "wait 24000\n";  // walks away: 10 s idle, 10 s "still there?", reset
    }
    RunOptions o;
    o.config = config;
    o.size = size;
    o.script = script;
    o.dir = dir;
    const auto start = std::chrono::steady_clock::now();
    const KioskProcess p = startKiosk(o);
    std::vector<Sample> samples;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        const ProcessSample s = sampleProcess(p.pid);
        if (!running(p.pid) || s.rssKb < 0 || s.fds < 0) break;
        samples.push_back({std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), s.rssKb, s.fds});
    }
    const KioskRun run = waitKiosk(p, 60);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(run.output.substr(run.output.size() > 3000 ? run.output.size() - 3000 : 0));
    REQUIRE(run.exitCode == 0);
    REQUIRE(samples.size() >= 8);
    const long frames = run.state.at("frames").get<long>();
    const double virtualSeconds = run.state.at("clock_seconds").get<double>();
    CHECK(virtualSeconds >= cycles * 60);

    // The cycles really happened: sessions and resets in the usage log.
    const long sessions = std::stol("0" + sqlValue(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'session_start'"));
    const long resets = std::stol("0" + sqlValue(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'reset'"));
    CHECK(sessions >= cycles);
    CHECK(resets >= cycles);

    // Warm-up: the first quarter of the run, and at least the first visitor cycle (fonts baked, the map's shapes and
    // caches built, every page seen once, the usage log opened when the first visitor arrived).
    const size_t warm = std::max(samples.size() / 4, samples.size() / static_cast<size_t>(cycles) + 1);
    const Sample& warmEnd = samples[warm];
    long maxRss = 0;
    int minFds = 1 << 30, maxFds = 0;
    for (size_t i = warm; i < samples.size(); ++i) {
        maxRss = std::max(maxRss, samples[i].rssKb);
        minFds = std::min(minFds, samples[i].fds);
        maxFds = std::max(maxFds, samples[i].fds);
    }
    const size_t n = samples.size();
    const long early = medianRss(samples.begin() + static_cast<long>(warm), samples.begin() + static_cast<long>(warm + (n - warm) / 3));
    const long late = medianRss(samples.begin() + static_cast<long>(n - (n - warm) / 3), samples.end());
    std::printf("soak: %ld virtual minutes (%ld cycles, %ld sessions), %ld frames in %.0f s wall (%.0f frames/s), size %s; RSS after "
                "warm-up %.1f MB, median early %.1f MB, late %.1f MB, max %.1f MB; open fds %d..%d (at warm-up %d)%s\n",
                minutes, cycles, sessions, frames, wall, static_cast<double>(frames) / wall, size.c_str(), static_cast<double>(warmEnd.rssKb) / 1024,
                static_cast<double>(early) / 1024, static_cast<double>(late) / 1024, static_cast<double>(maxRss) / 1024, minFds, maxFds, warmEnd.fds,
                sanitized ? " (sanitizer build: memory growth not judged)" : "");
    // Open file handles: never more than at warm-up (but a transient one or two while a file is written). Fewer is
    // not a leak: the last samples can catch the kiosk closing its files on the way out (slow under ASan).
    CHECK(maxFds <= warmEnd.fds + 2);
    CHECK(samples.back().fds <= warmEnd.fds + 1);
    if (!sanitized) {
        // No growth: the late median within 3 MB (and 3 %) of the early one, and no sample far above it.
        CHECK(late <= early + 3 * 1024 + early * 3 / 100);
        CHECK(maxRss <= early + 8 * 1024 + early * 5 / 100);
    }
}
