// glyph_atlas.hpp: glyph bitmaps keyed by face, glyph index and size (not by code point, as ImGui's atlas is:
// shaped Arabic script draws glyphs that have no code point of their own), rasterised by FreeType on first use and
// packed in shelves into one coverage texture. Nothing here touches GL: the platform uploads `pixels()` when
// `dirty()` says so and hands back its texture id.
#pragma once
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "text/font_face.hpp"

namespace kiosk::text {

struct AtlasGlyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  // texture coordinates
    float left = 0, top = 0;               // bitmap offset from the pen: right, and up from the baseline
    float width = 0, height = 0;           // pixels; 0 for blank glyphs such as spaces
};

class GlyphAtlas {
  public:
    // An atlas of `side` x `side` one-byte pixels (coverage): 1024 holds some thousands of interface glyphs.
    explicit GlyphAtlas(int side = 1024);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // The glyph's bitmap, rasterised and packed on first use. When the atlas is full it is cleared and refilled
    // (`generation()` changes): callers must not keep AtlasGlyph values across frames.
    const AtlasGlyph& glyph(const FontFace& face, uint32_t glyphIndex, float pixelSize);

    int side() const { return side_; }
    const std::vector<unsigned char>& pixels() const { return pixels_; }
    bool dirty() const { return dirty_; }
    void markUploaded(void* textureId) {
        dirty_ = false;
        textureId_ = textureId;
    }
    void* textureId() const { return textureId_; }
    uint64_t generation() const { return generation_; }
    size_t glyphCount() const { return glyphs_.size(); }

  private:
    struct Rasteriser;
    void clear();
    bool pack(int width, int height, int* x, int* y);

    int side_;
    std::vector<unsigned char> pixels_;
    std::unordered_map<uint64_t, AtlasGlyph> glyphs_;
    std::unique_ptr<Rasteriser> rasteriser_;
    int shelfX_ = 1, shelfY_ = 1, shelfHeight_ = 0;
    bool dirty_ = true;
    void* textureId_ = nullptr;
    uint64_t generation_ = 0;
};

}  // namespace kiosk::text
