// font_face.cpp: HarfBuzz's own OpenType functions read the font; no FreeType
// is needed to shape.
#include "text/font_face.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <fstream>

namespace kiosk::text {

std::unique_ptr<FontFace> FontFace::open(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        if (error) *error = "cannot open font file " + path;
        return nullptr;
    }
    std::unique_ptr<FontFace> face(new FontFace());
    face->path_ = path;
    // In one read: a byte-by-byte copy of half a megabyte costs milliseconds at every start.
    const std::streamoff size = in.tellg();
    if (size > 0) {
        face->bytes_.resize(static_cast<size_t>(size));
        in.seekg(0);
        if (!in.read(reinterpret_cast<char*>(face->bytes_.data()), size)) face->bytes_.clear();
    }
    hb_blob_t* blob =
        hb_blob_create(reinterpret_cast<const char*>(face->bytes_.data()), static_cast<unsigned>(face->bytes_.size()),
                       HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* hbFace = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(hbFace) == 0) {
        hb_face_destroy(hbFace);
        if (error) *error = path + " is not a font HarfBuzz can read";
        return nullptr;
    }
    face->unitsPerEm_ = hb_face_get_upem(hbFace);
    face->font_ = hb_font_create(hbFace);
    hb_face_destroy(hbFace);  // the font holds its own reference
    const auto upem = static_cast<int>(face->unitsPerEm_);
    hb_font_set_scale(face->font_, upem, upem);
    hb_position_t ascender = 0, descender = 0, gap = 0;
    const bool hasAscender = hb_ot_metrics_get_position(face->font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender);
    const bool hasDescender =
        hb_ot_metrics_get_position(face->font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender);
    hb_ot_metrics_get_position(face->font_, HB_OT_METRICS_TAG_HORIZONTAL_LINE_GAP, &gap);
    if (hasAscender && hasDescender) {
        face->ascender_ = static_cast<float>(ascender) / static_cast<float>(upem);
        face->descender_ = static_cast<float>(-descender) / static_cast<float>(upem);
        face->lineHeight_ = static_cast<float>(ascender - descender + gap) / static_cast<float>(upem);
    }
    return face;
}

FontFace::~FontFace() {
    hb_font_destroy(font_);
}

bool FontFace::covers(char32_t codepoint) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font_, static_cast<hb_codepoint_t>(codepoint), &glyph) != 0;
}

}  // namespace kiosk::text
