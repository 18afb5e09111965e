// glyph_atlas.cpp: FreeType renders each glyph from the same bytes HarfBuzz shaped with, so glyph indices agree.
#include "text/glyph_atlas.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <map>

namespace kiosk::text {

struct GlyphAtlas::Rasteriser {
    FT_Library library = nullptr;
    std::map<const FontFace*, FT_Face> faces;

    Rasteriser() { FT_Init_FreeType(&library); }
    ~Rasteriser() {
        for (auto& entry : faces) FT_Done_Face(entry.second);
        if (library) FT_Done_FreeType(library);
    }
    FT_Face faceFor(const FontFace& face) {
        auto found = faces.find(&face);
        if (found != faces.end()) return found->second;
        FT_Face ftFace = nullptr;
        if (!library || FT_New_Memory_Face(library, face.bytes().data(), static_cast<FT_Long>(face.bytes().size()), 0,
                                           &ftFace) != 0)
            ftFace = nullptr;
        faces[&face] = ftFace;
        return ftFace;
    }
};

namespace {

uint64_t keyOf(const FontFace& face, uint32_t glyphIndex, float pixelSize) {
    // Sizes in quarter pixels; faces by their address (they live as long as the fonts are loaded).
    const auto size = static_cast<uint64_t>(std::lround(pixelSize * 4.0f)) & 0xFFFF;
    const auto faceBits = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(&face) >> 4) & 0xFFFFF;
    return (faceBits << 44) | (size << 28) | (glyphIndex & 0xFFFFFFF);
}

}  // namespace

GlyphAtlas::GlyphAtlas(int side) : side_(std::max(64, side)), rasteriser_(std::make_unique<Rasteriser>()) {
    clear();
}

GlyphAtlas::~GlyphAtlas() = default;

void GlyphAtlas::clear() {
    pixels_.assign(static_cast<size_t>(side_) * static_cast<size_t>(side_), 0);
    glyphs_.clear();
    shelfX_ = shelfY_ = 1;  // a one-pixel gutter so that bilinear sampling never bleeds a neighbour in
    shelfHeight_ = 0;
    dirty_ = true;
    ++generation_;
}

bool GlyphAtlas::pack(int width, int height, int* x, int* y) {
    if (width + 2 > side_ || height + 2 > side_) return false;
    if (shelfX_ + width + 1 > side_) {
        shelfY_ += shelfHeight_ + 1;
        shelfX_ = 1;
        shelfHeight_ = 0;
    }
    if (shelfY_ + height + 1 > side_) return false;
    *x = shelfX_;
    *y = shelfY_;
    shelfX_ += width + 1;
    shelfHeight_ = std::max(shelfHeight_, height);
    return true;
}

const AtlasGlyph& GlyphAtlas::glyph(const FontFace& face, uint32_t glyphIndex, float pixelSize) {
    const uint64_t key = keyOf(face, glyphIndex, pixelSize);
    auto found = glyphs_.find(key);
    if (found != glyphs_.end()) return found->second;

    AtlasGlyph out;
    FT_Face ftFace = rasteriser_->faceFor(face);
    if (ftFace && FT_Set_Char_Size(ftFace, 0, static_cast<FT_F26Dot6>(std::lround(pixelSize * 64.0f)), 72, 72) == 0 &&
        FT_Load_Glyph(ftFace, glyphIndex, FT_LOAD_DEFAULT) == 0 &&
        FT_Render_Glyph(ftFace->glyph, FT_RENDER_MODE_NORMAL) == 0) {
        const FT_Bitmap& bitmap = ftFace->glyph->bitmap;
        const int width = static_cast<int>(bitmap.width), height = static_cast<int>(bitmap.rows);
        int x = 0, y = 0;
        if (width > 0 && height > 0) {
            if (!pack(width, height, &x, &y)) {
                // Full: start again. The glyphs of this frame are re-rasterised as they are asked for.
                clear();
                if (!pack(width, height, &x, &y)) return glyphs_[key];  // larger than the atlas: drawn blank
            }
            for (int row = 0; row < height; ++row) {
                const unsigned char* source = bitmap.buffer + row * bitmap.pitch;
                std::copy(source, source + width, pixels_.begin() + (static_cast<ptrdiff_t>(y + row) * side_ + x));
            }
            const float side = static_cast<float>(side_);
            out.u0 = static_cast<float>(x) / side;
            out.v0 = static_cast<float>(y) / side;
            out.u1 = static_cast<float>(x + width) / side;
            out.v1 = static_cast<float>(y + height) / side;
            out.width = static_cast<float>(width);
            out.height = static_cast<float>(height);
            dirty_ = true;
        }
        out.left = static_cast<float>(ftFace->glyph->bitmap_left);
        out.top = static_cast<float>(ftFace->glyph->bitmap_top);
    }
    return glyphs_.emplace(key, out).first->second;
}

}  // namespace kiosk::text
