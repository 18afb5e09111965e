// touch_targets_test.cpp: on every layout, every control on every screen is big enough and far enough from its
// neighbours: at least 48 px and 10 mm, primary controls 15 mm, and 2 mm between targets.
#include <catch2/catch.hpp>

#include "headless.hpp"

using namespace kiosk;
using test::HeadlessKiosk;

namespace {

struct Screen {
    const char* name;
    std::function<void(HeadlessKiosk&)> open;
};

void checkTargets(HeadlessKiosk& k, float pxPerMm) {
    const auto& entries = k.registry().entries;
    REQUIRE_FALSE(entries.empty());
    const float minimum = std::max(48.0f, 10 * pxPerMm) - 0.5f;
    for (const auto& b : entries) {
        if (b.partlyHidden) continue;  // scrolled half out of the reader: its full size is off screen, not small
        INFO(b.label << " " << b.w << "x" << b.h);
        CHECK(b.w >= minimum);
        CHECK(b.h >= minimum);
    }
    const float gap = 2 * pxPerMm - 0.5f;
    for (size_t i = 0; i < entries.size(); ++i)
        for (size_t j = i + 1; j < entries.size(); ++j) {
            const auto& a = entries[i];
            const auto& b = entries[j];
            const float dx = std::fabs(a.x - b.x) - (a.w + b.w) / 2, dy = std::fabs(a.y - b.y) - (a.h + b.h) / 2;
            INFO(a.label << " and " << b.label);
            CHECK(std::max(dx, dy) >= gap);  // separated on at least one axis
        }
}

}  // namespace

TEST_CASE("every control meets the touch-size and spacing rules on every layout and screen") {
    const std::vector<Screen> screens = {
        {"home", [](HeadlessKiosk&) {}},
        {"event", [](HeadlessKiosk& k) { k.apply(app::SelectEvent{5}); }},
        {"search", [](HeadlessKiosk& k) { k.apply(app::OpenSearch{}); k.apply(app::SetSearchQuery{"gas"}); }},
        {"article", [](HeadlessKiosk& k) { k.apply(app::OpenArticle{0, 100, 50}); }},
        {"about", [](HeadlessKiosk& k) { k.apply(app::OpenAbout{}); }},
        {"options", [](HeadlessKiosk& k) { k.apply(app::ToggleDisplayOptions{}); }},
        {"place list", [](HeadlessKiosk& k) { k.apply(app::OpenChooser{{0, 1, 2}, "Karachi"}); }},
        {"still there", [](HeadlessKiosk& k) { k.state().mode = app::Mode::StillThere; k.state().warningRemaining = 8; }},
        {"keypad", [](HeadlessKiosk& k) { k.state().admin.keypadOpen = true; }},
    };
    struct Size { float w, h, pxPerMm; };
    // 24" 1080p (3.6 px/mm), a 4K 32" panel (5.4 px/mm), a portrait 1080p 43" totem (2.0), a 10" 1280x800 tablet (6.0).
    for (const Size size : {Size{1920, 1080, 3.6f}, Size{3840, 2160, 5.4f}, Size{1080, 1920, 2.0f}, Size{1280, 800, 6.0f}}) {
        for (const Screen& screen : screens) {
            INFO(size.w << "x" << size.h << " " << screen.name);
            HeadlessKiosk k(size.w, size.h, size.pxPerMm);
            screen.open(k);
            k.settle();
            checkTargets(k, size.pxPerMm);
        }
    }
}

TEST_CASE("the layout is chosen from the window's shape and size") {
    CHECK(model::layoutScreen(1920, 1080).orientation == model::Orientation::Landscape);
    CHECK(model::layoutScreen(1080, 1920).orientation == model::Orientation::Portrait);
    CHECK(model::layoutScreen(3840, 2160).scale == Approx(2.0f));
    CHECK(model::layoutScreen(1280, 800).scale < 1.0f);
    const auto low = model::layoutScreen(1080, 1920, true);
    CHECK(low.lowReach);
    CHECK(low.controls.y > 1920 * 0.9f);  // the controls bar is at the bottom
    for (float w : {0.0f, -5.0f, 1e9f, std::numeric_limits<float>::quiet_NaN()}) {
        const auto l = model::layoutScreen(w, w);
        CHECK(l.map.w > 0);
        CHECK(l.reader.h > 0);
    }
}
