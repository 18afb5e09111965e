// golden_test.cpp: every layout in every visitor option, compared with committed reference images within a
// tolerance. Regenerate on purpose only: KIOSK_UPDATE_GOLDEN=1 ctest -R golden, then look at every image.
#include <catch2/catch.hpp>

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

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
    double meanAbs = 0;      // per channel, 0..255, over the whole image
    double largeShare = 0;   // share of pixels with a channel off by more than 48
    double worstTile = 0;    // the largest mean difference of any one tile
    int worstTileX = 0, worstTileY = 0;
};

// Tiles of 16x16 reference pixels (32 screen pixels at 1080p, about a word of text): a whole image's mean hides a
// vanished title or button row (1.5% of the pixels), a tile's does not. Anti-aliasing noise stays under 2 per tile.
constexpr int kTile = 16;
constexpr double kTileLimit = 6.0;

Difference compare(const Image& a, const Image& b) {
    Difference d;
    if (a.width != b.width || a.height != b.height) return {255, 1, 255, 0, 0};
    size_t large = 0;
    double total = 0;
    const int tilesX = (a.width + kTile - 1) / kTile, tilesY = (a.height + kTile - 1) / kTile;
    std::vector<double> tileSum(static_cast<size_t>(tilesX * tilesY), 0.0);
    std::vector<int> tileCount(tileSum.size(), 0);
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(a.width) + static_cast<size_t>(x)) * 3;
            int worst = 0, sum = 0;
            for (size_t c = 0; c < 3; ++c) {
                const int diff = std::abs(static_cast<int>(a.rgb[i + c]) - static_cast<int>(b.rgb[i + c]));
                sum += diff;
                worst = std::max(worst, diff);
            }
            total += sum;
            large += worst > 48;
            const size_t t = static_cast<size_t>((y / kTile) * tilesX + x / kTile);
            tileSum[t] += sum / 3.0;
            ++tileCount[t];
        }
    d.meanAbs = total / static_cast<double>(a.rgb.size());
    d.largeShare = static_cast<double>(large) / static_cast<double>(a.rgb.size() / 3);
    for (size_t t = 0; t < tileSum.size(); ++t) {
        const double mean = tileSum[t] / std::max(1, tileCount[t]);
        if (mean > d.worstTile) {
            d.worstTile = mean;
            d.worstTileX = static_cast<int>(t) % tilesX * kTile;
            d.worstTileY = static_cast<int>(t) / tilesX * kTile;
        }
    }
    return d;
}

// Paints a rectangle of `image` with the colour at its top-left corner: a text block erased as if never drawn.
void erase(Image& image, int x0, int y0, int w, int h) {
    const size_t corner = (static_cast<size_t>(y0) * static_cast<size_t>(image.width) + static_cast<size_t>(x0)) * 3;
    const unsigned char bg[3] = {image.rgb[corner], image.rgb[corner + 1], image.rgb[corner + 2]};
    for (int y = y0; y < std::min(image.height, y0 + h); ++y)
        for (int x = x0; x < std::min(image.width, x0 + w); ++x)
            for (int c = 0; c < 3; ++c)
                image.rgb[(static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)) * 3 + static_cast<size_t>(c)] = bg[c];
}

// The tile of the image with the most edges (sum of horizontal differences): where text is densest.
std::pair<int, int> busiestTile(const Image& image) {
    double best = -1;
    std::pair<int, int> at{0, 0};
    for (int ty = 0; ty + kTile <= image.height; ty += kTile)
        for (int tx = 0; tx + kTile <= image.width; tx += kTile) {
            double edges = 0;
            for (int y = ty; y < ty + kTile; ++y)
                for (int x = tx + 1; x < tx + kTile; ++x) {
                    const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)) * 3;
                    edges += std::abs(static_cast<int>(image.rgb[i]) - static_cast<int>(image.rgb[i - 3]));
                }
            if (edges > best) {
                best = edges;
                at = {tx, ty};
            }
        }
    return at;
}

// Compares a downscaled screenshot with tests/golden/NAME.png (keeping a copy in `dir` to look at), or with
// KIOSK_UPDATE_GOLDEN set, writes it as the new reference.
void checkAgainstGolden(const Image& small, const std::string& name, const std::string& dir) {
    const std::string golden = std::string(KIOSK_GOLDEN_DIR) + "/" + name + ".png";
    if (std::getenv("KIOSK_UPDATE_GOLDEN") != nullptr) {
        stbi_write_png(golden.c_str(), small.width, small.height, 3, small.rgb.data(), small.width * 3);
        WARN("updated " << golden);
        return;
    }
    const Image reference = loadPng(golden);
    INFO("no reference image " << golden << ": run with KIOSK_UPDATE_GOLDEN=1 and review the images");
    REQUIRE(reference.width > 0);
    const Difference d = compare(small, reference);
    stbi_write_png((dir + "/" + name + ".png").c_str(), small.width, small.height, 3, small.rgb.data(), small.width * 3);
    INFO("mean difference " << d.meanAbs << ", large differences on " << d.largeShare * 100 << "% of pixels; see " << dir);
    INFO("worst tile: mean difference " << d.worstTile << " at " << d.worstTileX << "," << d.worstTileY << " (reference pixels)");
    CHECK(d.meanAbs < 3.0);
    CHECK(d.largeShare < 0.02);
    CHECK(d.worstTile < kTileLimit);
}

}  // namespace

TEST_CASE("golden screenshots of each layout in the normal, large-text and high-contrast options", "[e2e][golden]") {
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
            checkAgainstGolden(small, name, dir);
        }
    }
}

// The comparison itself, checked: one word-sized block of text erased from a reference image must fail it, though it
// changes the whole image's mean far less than the global limits allow.
TEST_CASE("the golden comparison fails when one block of text is erased", "[e2e][golden]") {
    for (const char* name : {"1920x1080-normal", "1080x1920-large-text", "3840x2160-high-contrast"}) {
        INFO(name);
        const Image reference = loadPng(std::string(KIOSK_GOLDEN_DIR) + "/" + name + ".png");
        REQUIRE(reference.width > 0);
        Image erased = reference;
        const auto [x, y] = busiestTile(reference);
        erase(erased, x, y, kTile, kTile);
        const Difference d = compare(erased, reference);
        INFO("whole-image mean " << d.meanAbs << ", large " << d.largeShare * 100 << "%, worst tile " << d.worstTile);
        CHECK(d.meanAbs < 3.0);        // what the old comparison saw: a pass
        CHECK(d.largeShare < 0.02);
        CHECK(d.worstTile >= kTileLimit);  // what it sees now: a failure
        WARN(name << ": one erased 16x16 text tile: whole-image mean " << d.meanAbs << ", worst tile " << d.worstTile << " (limit " << kTileLimit << ")");
        CHECK(compare(reference, reference).worstTile == 0);
    }
}

// Urdu in the content goes through the text layer (kiosk/text): shaped and joined in Nastaliq, laid out right to
// left, with the English name and the years inside it in reading order. A broken shaper, a lost bidi pass or a
// paragraph drawn by ImGui's own path (isolated letters or missing-glyph boxes) changes the reference image.
TEST_CASE("golden screenshot of an Urdu summary in the reader, shaped and right to left", "[e2e][golden]") {
    const std::string dir = scratchDir("golden-urdu");
    std::filesystem::copy(KIOSK_DATA_DIR, dir + "/data", std::filesystem::copy_options::recursive);
    const std::string events = dir + "/data/events.toml";
    std::string text;
    {
        std::ifstream in(events);
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::string anchor = "summary = \"Through the Cold War";  // the event "Begin in 1947" opens
    const size_t at = text.find(anchor);
    REQUIRE(at != std::string::npos);
    text.insert(at + std::string("summary = \"").size(),
                "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646 1947 \u0645\u06CC\u06BA \u0648\u062C\u0648\u062F "
                "\u0645\u06CC\u06BA \u0622\u06CC\u0627 \u0627\u0648\u0631 \u0645\u0627\u0633\u06A9\u0648 (Moscow) "
                "\u0646\u06D2 \u0627\u0633\u06D2 \u062A\u0633\u0644\u06CC\u0645 \u06A9\u06CC\u0627\u06D4 ");
    std::ofstream(events, std::ios::trunc) << text;
    const std::string db = dir + "/urdu.db";
    REQUIRE(std::system((std::string(KIOSK_CONTENT_TOOL) + " build " + dir + "/data --out " + db + " >/dev/null").c_str()) == 0);

    RunOptions base;
    base.db = db;
    base.config = std::string(KIOSK_FIXTURES) + "/browsing.toml";
    const KioskRun home = runKiosk(base);
    REQUIRE(home.exitCode == 0);
    RunOptions shot = base;
    shot.script = tapLabel(home.state, "Begin in 1947  \u203A") + "wait 1500\n";
    shot.screenshot = true;
    const KioskRun run = runKiosk(shot);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const Image small = downscale(loadPng(run.screenshot), 2);
    REQUIRE(small.width > 0);
    checkAgainstGolden(small, "1920x1080-urdu-summary", dir);
}
