// glyph_texture.cpp: the same swizzle as the ImGui font texture: coverage read as white with that alpha.
#include "platform/glyph_texture.hpp"

#define GLFW_INCLUDE_GLEXT  // GL_R8 and texture swizzles
#include <GLFW/glfw3.h>

#include <cstdint>

namespace kiosk::platform {

// The texture goes with the GL context when the window closes; deleting it here could outlive the context.
GlyphTexture::~GlyphTexture() = default;

void GlyphTexture::sync(text::GlyphAtlas& atlas) {
    if (texture_ && !atlas.dirty() && side_ == atlas.side()) return;
    GLint lastTexture = 0, lastAlignment = 4;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &lastAlignment);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    if (!texture_ || side_ != atlas.side()) {
        if (texture_) glDeleteTextures(1, &texture_);
        glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
        side_ = atlas.side();
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, side_, side_, 0, GL_RED, GL_UNSIGNED_BYTE, atlas.pixels().data());
    } else {
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, side_, side_, GL_RED, GL_UNSIGNED_BYTE, atlas.pixels().data());
    }
    glPixelStorei(GL_UNPACK_ALIGNMENT, lastAlignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(lastTexture));
    atlas.markUploaded(reinterpret_cast<void*>(static_cast<intptr_t>(texture_)));
}

}  // namespace kiosk::platform
