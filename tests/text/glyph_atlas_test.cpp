// glyph_atlas_test.cpp: glyphs rasterised by index, packed without overlap, cached, and a full atlas refilled.
#include <catch2/catch.hpp>

#include <algorithm>

#include "text/glyph_atlas.hpp"
#include "text/shaped_paragraph.hpp"
#include "text_fixtures.hpp"

using namespace kiosk::text;

namespace {

// Coverage inside a glyph's rectangle of the atlas.
int inkIn(const GlyphAtlas& atlas, const AtlasGlyph& glyph) {
    const int x0 = static_cast<int>(glyph.u0 * static_cast<float>(atlas.side()) + 0.5f);
    const int y0 = static_cast<int>(glyph.v0 * static_cast<float>(atlas.side()) + 0.5f);
    int ink = 0;
    for (int y = y0; y < y0 + static_cast<int>(glyph.height); ++y)
        for (int x = x0; x < x0 + static_cast<int>(glyph.width); ++x)
            ink += atlas.pixels()[static_cast<size_t>(y) * static_cast<size_t>(atlas.side()) + static_cast<size_t>(x)];
    return ink;
}

}  // namespace

TEST_CASE("a shaped Urdu word's glyphs rasterise by glyph index, with ink, above the baseline") {
    GlyphAtlas atlas(256);
    const FontSet fonts = testing::readingFonts();
    const ShapedParagraph shaped = shapeParagraph("پاکستان", fonts, 40, BaseDirection::Auto, "ur");
    REQUIRE(shaped.items.size() == 1);
    int withInk = 0;
    for (const ShapedGlyph& g : shaped.items[0].glyphs) {
        const AtlasGlyph& glyph = atlas.glyph(*shaped.items[0].face, g.glyph, 40);
        if (glyph.width > 0) {
            CHECK(inkIn(atlas, glyph) > 0);
            ++withInk;
        }
    }
    CHECK(withInk >= 5);  // the letters (some joining glyphs may be blank connectors)
    CHECK(atlas.dirty());
}

TEST_CASE("the same glyph at the same size is rasterised once, and another size is another bitmap") {
    GlyphAtlas atlas(256);
    const FontFace& sans = testing::bundledFont("NotoSans-Regular.ttf");
    const ShapedParagraph shaped = shapeParagraph("A", testing::interfaceFonts(), 24, BaseDirection::Auto, "en");
    const uint32_t id = shaped.items[0].glyphs[0].glyph;
    const AtlasGlyph first = atlas.glyph(sans, id, 24);
    atlas.markUploaded(nullptr);
    const AtlasGlyph again = atlas.glyph(sans, id, 24);
    CHECK_FALSE(atlas.dirty());  // nothing new to upload
    CHECK(again.u0 == first.u0);
    CHECK(again.v0 == first.v0);
    const AtlasGlyph larger = atlas.glyph(sans, id, 48);
    CHECK(larger.height > first.height * 1.8f);
    CHECK(atlas.glyphCount() == 2);
}

TEST_CASE("a full atlas starts again rather than failing, and packed glyphs never overlap") {
    GlyphAtlas atlas(128);
    const FontFace& sans = testing::bundledFont("NotoSans-Regular.ttf");
    const uint64_t generation = atlas.generation();
    for (uint32_t id = 30; id < 400; ++id) {
        const AtlasGlyph& glyph = atlas.glyph(sans, id, 32);
        CHECK(glyph.u1 <= 1.0f);
        CHECK(glyph.v1 <= 1.0f);
    }
    CHECK(atlas.generation() > generation);
    // Within one generation, rectangles are disjoint.
    GlyphAtlas fresh(512);
    std::vector<AtlasGlyph> placed;
    for (uint32_t id = 30; id < 120; ++id) placed.push_back(fresh.glyph(sans, id, 20));
    REQUIRE(fresh.generation() == 1);
    for (size_t i = 0; i < placed.size(); ++i)
        for (size_t j = i + 1; j < placed.size(); ++j) {
            const AtlasGlyph& a = placed[i];
            const AtlasGlyph& b = placed[j];
            if (a.width == 0 || b.width == 0) continue;
            const bool apart = a.u1 <= b.u0 || b.u1 <= a.u0 || a.v1 <= b.v0 || b.v1 <= a.v0;
            CHECK(apart);
        }
}
