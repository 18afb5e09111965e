// main.cpp: the kiosk's command line; everything else happens in app/kiosk_app.cpp.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "app/kiosk_app.hpp"
#include "app/process_start.hpp"
#include "build_info.hpp"

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    const double beforeMain = kiosk::app::secondsSinceProcessStart();
    CLI::App cli{"kiosk: a touch-screen exhibit of dated events on a map and a timeline, read from its content database"};
    kiosk::app::Options o;
    std::string size;
    cli.add_option("--preview", o.preview,
                   "show the exhibit from its source folder (e.g. data/), in a window, rebuilt on every save; errors are shown over it")
        ->check(CLI::ExistingDirectory);
    cli.add_option("--db", o.database, "the content database (default: the installed or built exhibit.db)");
    cli.add_option("--config", o.config, "the configuration file (default: /etc/kiosk/kiosk.toml)");
    cli.add_flag("--windowed", o.windowed, "a window instead of fullscreen (development)");
    cli.add_option("--size", size, "window size WxH, e.g. 1920x1080 (implies --windowed)");
    cli.add_option("--screenshot", o.screenshot, "render on a virtual clock until settled, save a PNG and exit");
    cli.add_option("--script", o.script, "replay an input script on a virtual clock, then exit");
    cli.add_option("--state-out", o.stateOut, "on exit, write the UI state as JSON");
    cli.add_flag("--check", o.check, "check database, fonts, config and graphics; exit non-zero on any problem");
    cli.add_option("--report", o.report, "summarise usage logs (files, or folders of them, from one or many machines), merged without double counting")
        ->expected(1, -1);
    cli.add_option("--html", o.reportHtml, "with --report: also write a printable HTML report with charts to this file");
    cli.add_option("--clock-start", o.clockStart, "run the opening hours and the usage log on a simulated local clock from this time, e.g. 2026-12-07T08:59");
    cli.add_option("--clock-speed", o.clockSpeed, "with --clock-start: that clock runs this many times faster than real time")->check(CLI::Range(0.001, 100000.0));
    cli.add_option("--stats-out", o.statsOut, "on exit, write start-up, frame-time, vertex and memory figures as JSON");
    cli.add_option("--csv", o.reportCsv, "with --report: also write every usage record to this CSV file");
    cli.set_version_flag("--version", std::string("kiosk ") + kiosk::build::kVersion);
    CLI11_PARSE(cli, argc, argv);
    if (!size.empty()) {
        int w = 0, h = 0;
        char extra = 0;
        if (std::sscanf(size.c_str(), "%dx%d%c", &w, &h, &extra) != 2 || w < 320 || h < 240 || w > 16384 || h > 16384) {
            std::fprintf(stderr, "kiosk: --size wants WxH between 320x240 and 16384x16384, e.g. 1920x1080\n");
            return 2;
        }
        o.width = w;
        o.height = h;
        o.windowed = true;
    }
    if (!o.preview.empty()) o.windowed = true;  // on a curator's desk, beside their editor
    o.argv.assign(argv, argv + argc);
    o.started = started;
    o.startedBeforeMainMs = beforeMain > 0 ? beforeMain * 1000.0 : 0.0;
    return kiosk::app::runKiosk(o);
}
