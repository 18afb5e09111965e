// glyph_texture.hpp: the text layer's glyph atlas on the GPU: one one-channel texture, created once (so the id the
// draw lists hold stays valid) and refreshed whenever new glyphs were rasterised.
#pragma once

#include "text/glyph_atlas.hpp"

namespace kiosk::platform {

class GlyphTexture {
  public:
    GlyphTexture() = default;
    ~GlyphTexture();
    GlyphTexture(const GlyphTexture&) = delete;
    GlyphTexture& operator=(const GlyphTexture&) = delete;

    // Creates the texture on first use and uploads the atlas if it changed; gives the atlas the texture's id. Needs
    // the window's GL context current; call after the frame is built and before it is rendered.
    void sync(text::GlyphAtlas& atlas);

  private:
    unsigned int texture_ = 0;
    int side_ = 0;
};

}  // namespace kiosk::platform
