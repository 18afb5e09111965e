// glyph_texture.cpp: the text layer's atlas as a coverage texture (platform/coverage_texture), like ImGui's.
#include "platform/glyph_texture.hpp"

#include "platform/coverage_texture.hpp"

#include <GLFW/glfw3.h>

#include <cstdint>

namespace kiosk::platform {

// The texture goes with the GL context when the window closes; deleting it here could outlive the context.
GlyphTexture::~GlyphTexture() = default;

void GlyphTexture::sync(text::GlyphAtlas& atlas) {
    if (texture_ && !atlas.dirty() && side_ == atlas.side()) return;
    if (!texture_ || side_ != atlas.side()) {
        if (texture_) glDeleteTextures(1, &texture_);
        side_ = atlas.side();
        texture_ = createCoverageTexture(side_, side_, atlas.pixels().data());
    } else {
        updateCoverageTexture(texture_, side_, side_, atlas.pixels().data());
    }
    atlas.markUploaded(reinterpret_cast<void*>(static_cast<intptr_t>(texture_)));
}

}  // namespace kiosk::platform
