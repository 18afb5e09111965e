// fitToWidth: the timeline's event labels and era names shortened to the room they have, by whole words.
#include <catch2/catch.hpp>

#include "headless.hpp"

using namespace kiosk;

TEST_CASE("fitToWidth keeps text that fits and cuts the rest at a word with an ellipsis", "[ui][fonts]") {
    kiosk::test::HeadlessKiosk kiosk(1920, 1080);
    const ImFont& font = *kiosk.fonts().small;
    const std::string name = "Thaw and Tashkent";
    float full = 0;
    CHECK(ui::fitToWidth(font, name, 10000, &full) == name);
    CHECK(full > 0);

    float width = 0;
    const std::string cut = ui::fitToWidth(font, name, full - 1, &width);
    CHECK(cut == "Thaw and\u2026");
    CHECK(width <= full - 1);

    // Punctuation before the cut is dropped with the word: "The Cold War:" becomes "The Cold War…", not "War:…".
    const std::string title = "The Cold War: a strained relationship";
    const std::string shortTitle = ui::fitToWidth(font, title, font.CalcTextSizeA(font.FontSize, 1e9f, 0, "The Cold War\u2026").x);
    CHECK(shortTitle == "The Cold War\u2026");

    // Not even the first word: nothing, rather than a cut word.
    CHECK(ui::fitToWidth(font, name, 3, &width).empty());
    CHECK(width == 0);
    CHECK(ui::fitToWidth(font, "", 100).empty());
}

TEST_CASE("each timeline label's recorded width is the width of the text drawn", "[ui][fonts]") {
    // The selected label's accent plate is drawn from the recorded width: it must cover the whole label.
    kiosk::test::HeadlessKiosk kiosk(1920, 1080);
    const ImFont& font = *kiosk.fonts().small;
    const ui::UiData& data = kiosk.data();
    REQUIRE(data.eventLabels.size() == data.labelWidths.size());
    for (size_t i = 0; i < data.eventLabels.size(); ++i) {
        INFO(data.eventLabels[i]);
        CHECK(data.labelWidths[i] == Approx(font.CalcTextSizeA(font.FontSize, 1e9f, 0, data.eventLabels[i].c_str()).x).margin(0.5));
    }
}
