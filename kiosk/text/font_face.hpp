// font_face.hpp: one font file opened for shaping (a HarfBuzz face and font at
// its design units), and the set of faces a piece of text may draw from: a
// primary face for Latin and Cyrillic, and one for Arabic script.
#pragma once
#include <memory>
#include <string>
#include <vector>

struct hb_font_t;

namespace kiosk::text {

class FontFace {
  public:
    // Opens a font file; returns nullptr (and says why in *error) when it is
    // missing or not a font.
    static std::unique_ptr<FontFace> open(const std::string& path, std::string* error);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    hb_font_t* hbFont() const { return font_; }
    const std::string& path() const { return path_; }
    const std::vector<unsigned char>& bytes() const { return bytes_; }
    unsigned unitsPerEm() const { return unitsPerEm_; }
    // Line metrics in em (multiply by the pixel size): ascender above the
    // baseline, descender below (positive), and the distance between baselines
    // the font asks for.
    float ascender() const { return ascender_; }
    float descender() const { return descender_; }
    float lineHeight() const { return lineHeight_; }
    bool covers(char32_t codepoint) const;

  private:
    FontFace() = default;
    std::string path_;
    std::vector<unsigned char> bytes_;  // the face reads from here for its whole life
    hb_font_t* font_ = nullptr;
    unsigned unitsPerEm_ = 1000;
    float ascender_ = 0.8f, descender_ = 0.2f, lineHeight_ = 1.2f;
};

// Which face shapes which script. A face may be shared; `arabic` may be null
// when no Arabic font is loaded (Arabic then falls back to the primary face,
// which draws it as missing glyphs rather than nothing).
struct FontSet {
    const FontFace* primary = nullptr;
    const FontFace* arabic = nullptr;
};

}  // namespace kiosk::text
