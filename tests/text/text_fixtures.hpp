// text_fixtures.hpp: the bundled fonts, opened once for all text tests.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>

#include "text/font_face.hpp"

namespace kiosk::text::testing {

inline const FontFace& bundledFont(const std::string& file) {
    static std::unique_ptr<FontFace> sans, naskh, nastaliq;
    std::unique_ptr<FontFace>& slot = file == "NotoSans-Regular.ttf"          ? sans
                                      : file == "NotoNaskhArabic-Regular.ttf" ? naskh
                                                                              : nastaliq;
    if (!slot) {
        std::string error;
        slot = FontFace::open(std::string(KIOSK_FONTS_DIR) + "/" + file, &error);
        if (!slot) throw std::runtime_error(error);
    }
    return *slot;
}

inline FontSet interfaceFonts() {
    return {&bundledFont("NotoSans-Regular.ttf"), &bundledFont("NotoNaskhArabic-Regular.ttf")};
}
inline FontSet readingFonts() {
    return {&bundledFont("NotoSans-Regular.ttf"), &bundledFont("NotoNastaliqUrdu-Regular.ttf")};
}

}  // namespace kiosk::text::testing
