// golden_test.cpp: every layout in every visitor option, compared with committed reference images within a
// tolerance. Regenerate on purpose only: KIOSK_UPDATE_GOLDEN=1 ctest -R golden, then look at every image.
#include <catch2/catch.hpp>

#include <stb_image_write.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

// Box-filter downscale by an integer factor: goldens stay small, and a one-pixel shift of anti-aliasing does not
// count as a difference.
Image downscale(const Image& in, int factor) {
    Image out;
    out.width = in.width / factor;
    out.height = in.height / factor;
    out.rgb.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 3);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            for (int c = 0; c < 3; ++c) {
                int sum = 0;
                for (int dy = 0; dy < factor; ++dy)
                    for (int dx = 0; dx < factor; ++dx)
                        sum += in.rgb[(static_cast<size_t>(y * factor + dy) * static_cast<size_t>(in.width) + static_cast<size_t>(x * factor + dx)) * 3 + static_cast<size_t>(c)];
                out.rgb[(static_cast<size_t>(y) * static_cast<size_t>(out.width) + static_cast<size_t>(x)) * 3 + static_cast<size_t>(c)] =
                    static_cast<unsigned char>(sum / (factor * factor));
            }
    return out;
}

struct Difference {
    double meanAbs = 0;      // per channel, 0..255
    double largeShare = 0;   // share of pixels with a channel off by more than 48
};

Difference compare(const Image& a, const Image& b) {
    Difference d;
    if (a.width != b.width || a.height != b.height) return {255, 1};
    size_t large = 0;
    double total = 0;
    for (size_t i = 0; i < a.rgb.size(); i += 3) {
        int worst = 0;
        for (size_t c = 0; c < 3; ++c) {
            const int diff = std::abs(static_cast<int>(a.rgb[i + c]) - static_cast<int>(b.rgb[i + c]));
            total += diff;
            worst = std::max(worst, diff);
        }
        large += worst > 48;
    }
    d.meanAbs = total / static_cast<double>(a.rgb.size());
    d.largeShare = static_cast<double>(large) / static_cast<double>(a.rgb.size() / 3);
    return d;
}

}  // namespace

TEST_CASE("golden screenshots of each layout in the normal, large-text and high-contrast options", "[e2e][golden]") {
    const bool update = std::getenv("KIOSK_UPDATE_GOLDEN") != nullptr;
    const std::string dir = scratchDir("golden");
    for (const char* size : {"1920x1080", "3840x2160", "1080x1920", "1280x800"}) {
        const int factor = std::string(size) == "3840x2160" ? 4 : 2;
        for (const char* option : {"normal", "large-text", "high-contrast"}) {
            const std::string name = std::string(size) + "-" + option;
            INFO(name);
            RunOptions base;
            base.size = size;
            base.config = std::string(KIOSK_FIXTURES) + (std::string(option) == "large-text" ? "/large-text.toml" : "/browsing.toml");
            const KioskRun home = runKiosk(base);
            REQUIRE(home.exitCode == 0);
            // An event with "sources differ", its excerpts and the map flown to it: the busiest screen there is.
            std::string script = tapLabel(home.state, "Begin in 1947  \u203A") + "wait 1500\n";
            if (std::string(option) == "high-contrast") {
                RunOptions panel = base;
                panel.script = script + tapLabel(home.state, "Text & contrast") + "wait 200\n";
                const KioskRun opened = runKiosk(panel);
                REQUIRE(opened.exitCode == 0);
                script = panel.script + tapLabel(opened.state, "High contrast: off") + "wait 100\n" + tapLabel(opened.state, "Done") + "wait 300\n";
            }
            RunOptions shot = base;
            shot.script = script;
            shot.screenshot = true;
            const KioskRun run = runKiosk(shot);
            INFO(run.output);
            REQUIRE(run.exitCode == 0);
            const Image small = downscale(loadPng(run.screenshot), factor);
            REQUIRE(small.width > 0);
            const std::string golden = std::string(KIOSK_GOLDEN_DIR) + "/" + name + ".png";
            if (update) {
                stbi_write_png(golden.c_str(), small.width, small.height, 3, small.rgb.data(), small.width * 3);
                WARN("updated " << golden);
                continue;
            }
            const Image reference = loadPng(golden);
            INFO("no reference image " << golden << ": run with KIOSK_UPDATE_GOLDEN=1 and review the images");
            REQUIRE(reference.width > 0);
            const Difference d = compare(small, reference);
            stbi_write_png((dir + "/" + name + ".png").c_str(), small.width, small.height, 3, small.rgb.data(), small.width * 3);
            INFO("mean difference " << d.meanAbs << ", large differences on " << d.largeShare * 100 << "% of pixels; see " << dir);
            CHECK(d.meanAbs < 3.0);
            CHECK(d.largeShare < 0.02);
        }
    }
}
