// theme_test.cpp: every palette passes WCAG AA: 4.5:1 for body text, 3:1 for large text and for the graphics
// that carry meaning (markers, the relationship arc, highlighted countries), computed from the theme itself.
#include <catch2/catch.hpp>

#include "ui/theme.hpp"

using namespace kiosk::ui;

namespace {
const PaletteKind kAll[] = {PaletteKind::Standard, PaletteKind::HighContrast, PaletteKind::ColourBlindSafe};
const char* nameOf(PaletteKind k) {
    return k == PaletteKind::Standard ? "standard" : k == PaletteKind::HighContrast ? "high contrast" : "colour-blind safe";
}
}  // namespace

TEST_CASE("the contrast formula matches WCAG's reference values") {
    CHECK(contrastRatio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)) == Approx(21.0));
    CHECK(contrastRatio(IM_COL32(119, 119, 119, 255), IM_COL32(255, 255, 255, 255)) == Approx(4.48).margin(0.01));
    CHECK(contrastRatio(IM_COL32(10, 20, 30, 255), IM_COL32(10, 20, 30, 255)) == Approx(1.0));
}

TEST_CASE("body text passes AA (4.5:1) on every surface it is drawn on, in every palette") {
    for (PaletteKind kind : kAll) {
        const Palette& p = palette(kind);
        INFO(nameOf(kind));
        for (ImU32 surface : {p.background, p.panel, p.panelRaised, p.differ}) {
            CHECK(contrastRatio(p.text, surface) >= 4.5);
            CHECK(contrastRatio(p.textMuted, surface) >= 4.5);
        }
        CHECK(contrastRatio(p.text, p.highlight) >= 4.5);     // highlighted words in the reader
        CHECK(contrastRatio(p.accentText, p.accent) >= 4.5);  // selected buttons
        CHECK(contrastRatio(p.text, p.land) >= 4.5);          // country names
        CHECK(contrastRatio(p.text, p.landActive) >= 3.0);    // large, bold names on highlighted countries
        CHECK(contrastRatio(p.accent, p.panel) >= 4.5);       // the date line and "Sources differ"
        CHECK(contrastRatio(p.accent, p.panelRaised) >= 4.5); // the "Curator's note" heading, on its panel
        CHECK(contrastRatio(p.accent, p.panel) >= 3.0);       // the note's frame against the reader around it
    }
}

TEST_CASE("graphics that carry meaning pass 3:1 against what they are drawn on") {
    for (PaletteKind kind : kAll) {
        const Palette& p = palette(kind);
        INFO(nameOf(kind));
        for (size_t t = 0; t < p.themes.size(); ++t) {
            INFO("theme " << t);
            CHECK(contrastRatio(p.themes[t], p.panel) >= 3.0);  // timeline markers and chips
        }
        CHECK(contrastRatio(p.cooperation, p.panel) >= 3.0);
        CHECK(contrastRatio(p.tension, p.panel) >= 3.0);
        CHECK(contrastRatio(p.marker, p.land) >= 3.0);          // place markers on land
        CHECK(contrastRatio(p.markerSelected, p.land) >= 3.0);
        CHECK(contrastRatio(p.landActive, p.land) >= 1.5);      // the highlight also differs in hue; its border helps
        CHECK(contrastRatio(p.land, p.sea) >= 1.5);
    }
}

TEST_CASE("themes differ by shape, so hue is never the only difference") {
    for (int a = 0; a < 8; ++a)
        for (int b = a + 1; b < 8; ++b) CHECK(themeShape(a) != themeShape(b));
}

TEST_CASE("the colour-blind-safe palette separates themes in lightness too") {
    const Palette& p = palette(PaletteKind::ColourBlindSafe);
    // At least six of the eight theme colours are mutually distinguishable by luminance alone (ratio >= 1.15).
    int distinctPairs = 0, pairs = 0;
    for (size_t a = 0; a < 8; ++a)
        for (size_t b = a + 1; b < 8; ++b) {
            ++pairs;
            distinctPairs += contrastRatio(p.themes[a], p.themes[b]) >= 1.15;
        }
    CHECK(distinctPairs * 10 >= pairs * 6);
}

TEST_CASE("palette names parse, and unknown names fall back to standard") {
    bool ok = false;
    CHECK(parsePaletteKind("colour-blind-safe", &ok) == PaletteKind::ColourBlindSafe);
    CHECK(ok);
    CHECK(parsePaletteKind("neon", &ok) == PaletteKind::Standard);
    CHECK_FALSE(ok);
}

TEST_CASE("every text colour has 7:1 against every surface it is drawn on in high contrast, and 4.5:1 elsewhere", "[theme]") {
    // Each pairing the panes draw: words (left) on a ground (right). High contrast is for low vision: WCAG AAA
    // (7:1) for every word, map names included; the other palettes pass AA (4.5:1), and 3:1 where the words are
    // large and bold (country names on a highlighted country).
    for (PaletteKind kind : kAll) {
        const Palette& p = palette(kind);
        INFO(nameOf(kind));
        const bool high = kind == PaletteKind::HighContrast;
        const double body = high ? 7.0 : 4.5, large = high ? 7.0 : 3.0;
        struct Pair {
            const char* what;
            ImU32 text, ground;
            double least;
        };
        std::vector<Pair> pairs;
        for (ImU32 surface : {p.background, p.panel, p.panelRaised, p.differ}) {
            pairs.push_back({"text on a surface", p.text, surface, body});
            pairs.push_back({"muted text on a surface", p.textMuted, surface, body});
        }
        pairs.push_back({"an era's name on its band", p.text, p.bandAlternate, body});
        pairs.push_back({"an era's name on the other bands", p.text, p.panelRaised, body});
        pairs.push_back({"the accent (dates, headings) on the panel", p.accent, p.panel, body});
        pairs.push_back({"the accent on a raised panel", p.accent, p.panelRaised, body});
        pairs.push_back({"a selected button or label", p.accentText, p.accent, body});
        pairs.push_back({"a highlighted word", p.text, p.highlight, body});
        pairs.push_back({"\"warmer\" on the timeline", p.cooperation, p.panel, body});
        pairs.push_back({"\"cooler\" on the timeline", p.tension, p.panel, body});
        pairs.push_back({"a place name on land", p.text, p.land, body});
        pairs.push_back({"a place name on the sea", p.text, p.sea, body});
        pairs.push_back({"a country name on land", p.mapName, p.land, body});
        pairs.push_back({"a country name on the sea", p.mapName, p.sea, body});
        pairs.push_back({"a country name on a highlighted country", p.mapName, p.landActive, large});
        pairs.push_back({"a place name on a highlighted country", p.text, p.landActive, body});
        pairs.push_back({"a count on a map marker", p.accentText, p.marker, body});
        pairs.push_back({"a count on the selected marker", p.accentText, p.markerSelected, body});
        for (const Pair& pair : pairs) {
            INFO(pair.what << ": " << contrastRatio(pair.text, pair.ground));
            CHECK(contrastRatio(pair.text, pair.ground) >= pair.least);
        }
        // The map's names are opaque colours of the palette, never a translucent white over grey.
        CHECK((p.mapName >> IM_COL32_A_SHIFT & 0xFF) == 0xFF);
    }
}
