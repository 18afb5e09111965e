// shaped_paragraph.cpp: itemisation (bidi level x script x face) and HarfBuzz
// shaping with the whole paragraph as context, so Arabic letters join across
// item boundaries as they would in one run.
#include "text/shaped_paragraph.hpp"

#include <hb.h>

#include <algorithm>

namespace kiosk::text {

namespace {

bool isArabicScript(hb_script_t script) {
    return script == HB_SCRIPT_ARABIC || script == HB_SCRIPT_SYRIAC || script == HB_SCRIPT_THAANA;
}

// Scripts per code point, with Common and Inherited (spaces, digits,
// punctuation, combining marks) taking the script of the text before them, or
// after them at the paragraph's start.
std::vector<hb_script_t> resolveScripts(const UnicodeText& text) {
    hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
    std::vector<hb_script_t> scripts(text.size(), HB_SCRIPT_COMMON);
    for (size_t i = 0; i < text.size(); ++i) scripts[i] = hb_unicode_script(unicode, text.codepoints[i]);
    hb_script_t last = HB_SCRIPT_COMMON;
    for (auto& script : scripts) {
        if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED) {
            script = last;
        } else {
            last = script;
        }
    }
    hb_script_t next = HB_SCRIPT_LATIN;
    for (size_t i = scripts.size(); i-- > 0;) {
        if (scripts[i] == HB_SCRIPT_COMMON) {
            scripts[i] = next;
        } else {
            next = scripts[i];
        }
    }
    return scripts;
}

const FontFace* faceFor(const FontSet& fonts, hb_script_t script) {
    if (isArabicScript(script) && fonts.arabic) return fonts.arabic;
    return fonts.primary;
}

hb_direction_t directionOf(uint8_t level) {
    return (level & 1) ? HB_DIRECTION_RTL : HB_DIRECTION_LTR;
}

}  // namespace

float ShapedParagraph::width(uint32_t start, uint32_t end) const {
    float sum = 0;
    for (uint32_t i = start; i < end && i < advances.size(); ++i) sum += advances[i];
    return sum;
}

ShapedParagraph shapeParagraph(const std::string& utf8, const FontSet& fonts, float pixelSize, BaseDirection base,
                               const std::string& language) {
    ShapedParagraph out;
    out.text = decodeUtf8(utf8);
    out.bidi = resolveBidi(out.text, base);
    out.pixelSize = pixelSize;
    out.advances.assign(out.text.size(), 0.0f);
    if (out.text.size() == 0 || !fonts.primary) return out;

    const std::vector<hb_script_t> scripts = resolveScripts(out.text);
    const std::vector<uint32_t> context(out.text.codepoints.begin(), out.text.codepoints.end());
    hb_buffer_t* buffer = hb_buffer_create();
    const hb_language_t hbLanguage = hb_language_from_string(language.c_str(), -1);

    // The face per character: its script's, except punctuation the Arabic-script faces lack (the ellipsis, ‹ ›,
    // the middle dot) that sits among Arabic letters: it comes from the primary face rather than drawing a box.
    std::vector<const FontFace*> faces(out.text.size());
    for (size_t i = 0; i < faces.size(); ++i) {
        faces[i] = faceFor(fonts, scripts[i]);
        const char32_t cp = out.text.codepoints[i];
        if (faces[i] != fonts.primary && !faces[i]->covers(cp) && fonts.primary->covers(cp)) faces[i] = fonts.primary;
    }
    for (uint32_t start = 0; start < out.text.size();) {
        const uint8_t level = out.bidi.levels[start];
        const hb_script_t script = scripts[start];
        const FontFace* face = faces[start];
        uint32_t end = start + 1;
        while (end < out.text.size() && out.bidi.levels[end] == level && scripts[end] == script && faces[end] == face) ++end;

        ShapedItem item{start, end, level, face, {}};
        hb_buffer_clear_contents(buffer);
        hb_buffer_add_codepoints(buffer, context.data(), static_cast<int>(context.size()), start,
                                 static_cast<int>(end - start));
        hb_buffer_set_direction(buffer, directionOf(level));
        hb_buffer_set_script(buffer, script);
        hb_buffer_set_language(buffer, hbLanguage);
        hb_shape(face->hbFont(), buffer, nullptr, 0);
        unsigned count = 0;
        const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
        const float scale = pixelSize / static_cast<float>(face->unitsPerEm());
        item.glyphs.reserve(count);
        for (unsigned g = 0; g < count; ++g) {
            ShapedGlyph glyph;
            glyph.glyph = infos[g].codepoint;
            glyph.cluster = infos[g].cluster;
            glyph.advance = static_cast<float>(positions[g].x_advance) * scale;
            glyph.offsetX = static_cast<float>(positions[g].x_offset) * scale;
            glyph.offsetY = static_cast<float>(positions[g].y_offset) * scale;
            if (glyph.cluster < out.advances.size()) out.advances[glyph.cluster] += glyph.advance;
            item.glyphs.push_back(glyph);
        }
        out.items.push_back(std::move(item));
        start = end;
    }
    hb_buffer_destroy(buffer);
    return out;
}

}  // namespace kiosk::text
