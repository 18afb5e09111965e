// coverage_texture.cpp: GL_R8 with a white swizzle, linear filtering and clamped edges.
#include "platform/coverage_texture.hpp"

#define GLFW_INCLUDE_GLEXT  // GL_R8 and texture swizzles
#include <GLFW/glfw3.h>

namespace kiosk::platform {

namespace {

// Binds `texture` with byte-aligned rows for the length of one upload, and puts things back after.
class UploadScope {
  public:
    explicit UploadScope(GLuint texture) {
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture_);
        glGetIntegerv(GL_UNPACK_ALIGNMENT, &lastAlignment_);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glBindTexture(GL_TEXTURE_2D, texture);
    }
    ~UploadScope() {
        glPixelStorei(GL_UNPACK_ALIGNMENT, lastAlignment_);
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(lastTexture_));
    }
    UploadScope(const UploadScope&) = delete;
    UploadScope& operator=(const UploadScope&) = delete;

  private:
    GLint lastTexture_ = 0, lastAlignment_ = 4;
};

}  // namespace

unsigned int createCoverageTexture(int width, int height, const unsigned char* pixels) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    UploadScope scope(texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    return texture;
}

void updateCoverageTexture(unsigned int texture, int width, int height, const unsigned char* pixels) {
    UploadScope scope(texture);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RED, GL_UNSIGNED_BYTE, pixels);
}

}  // namespace kiosk::platform
