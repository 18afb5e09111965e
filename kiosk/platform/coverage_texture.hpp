// coverage_texture.hpp: the one kind of texture the kiosk draws text and shapes from: one channel of coverage, read
// as white with that alpha (what ImGui's shader expects of its RGBA atlas, at a quarter of the memory). ImGui's
// atlas, the text layer's glyph atlas and the renderer's warm-up all use it, with the same sampling state, so a
// software rasteriser compiles one shader variant for all of them.
#pragma once

namespace kiosk::platform {

// Creates the texture from `pixels` (rows of `width` bytes; may be null), leaving the bound texture and the unpack
// alignment as they were. Needs a current GL context.
unsigned int createCoverageTexture(int width, int height, const unsigned char* pixels);
// Replaces the whole of `texture`'s pixels (the same size), leaving the bindings as they were.
void updateCoverageTexture(unsigned int texture, int width, int height, const unsigned char* pixels);

}  // namespace kiosk::platform
