// frame_renderer.cpp: the off-screen colour buffer, scissored redraws of the damage, and the copy to the window.
#define GLFW_INCLUDE_GLEXT
#define GL_GLEXT_PROTOTYPES  // framebuffer objects are core in OpenGL 3, and libGL exports them
#include "platform/frame_renderer.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui/backends/imgui_impl_opengl3.h>

#include <utility>

namespace kiosk::platform {

FrameRenderer::FrameRenderer(bool alwaysFull) : alwaysFull_(alwaysFull) {}

FrameRenderer::~FrameRenderer() {
    if (fbo_) glDeleteFramebuffers(1, &fbo_);
    if (colour_) glDeleteRenderbuffers(1, &colour_);
}

void FrameRenderer::resize(int width, int height) {
    if (fbo_ && width == width_ && height == height_) return;
    if (!fbo_) glGenFramebuffers(1, &fbo_);
    if (!colour_) glGenRenderbuffers(1, &colour_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindRenderbuffer(GL_RENDERBUFFER, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {  // drawn straight into the back buffer, in full, as before
        glDeleteFramebuffers(1, &fbo_);
        glDeleteRenderbuffers(1, &colour_);
        fbo_ = colour_ = 0;
    }
    width_ = width;
    height_ = height;
    damage_.forget();
}

// Each command is drawn once per damaged rectangle it overlaps, its scissor cut to that rectangle, by handing the
// backend a command list with the cut commands for the one call. The rectangles are disjoint, so no pixel is drawn
// twice, and inside each one every command draws exactly the pixels it would draw in a full redraw.
void FrameRenderer::drawInside(ImDrawData* data, const std::vector<PixelRect>& rects) const {
    glEnable(GL_SCISSOR_TEST);
    for (const PixelRect& r : rects) {
        glScissor(r.x0, height_ - r.y1, r.x1 - r.x0, r.y1 - r.y0);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);
    std::vector<ImVector<ImDrawCmd>> cut(static_cast<size_t>(data->CmdListsCount));
    for (int l = 0; l < data->CmdListsCount; ++l) {
        ImDrawList* list = data->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            const PixelRect pixels = scissorPixels(cmd.ClipRect, data->DisplayPos.x, data->DisplayPos.y, width_, height_);
            for (const PixelRect& r : rects) {
                const PixelRect in = pixels.intersection(r);
                if (in.empty()) continue;
                ImDrawCmd c = cmd;
                // Whole pixels, which the backend's float-to-int conversions keep exactly.
                c.ClipRect = ImVec4(static_cast<float>(in.x0) + data->DisplayPos.x, static_cast<float>(in.y0) + data->DisplayPos.y,
                                    static_cast<float>(in.x1) + data->DisplayPos.x, static_cast<float>(in.y1) + data->DisplayPos.y);
                cut[static_cast<size_t>(l)].push_back(c);
            }
        }
        list->CmdBuffer.swap(cut[static_cast<size_t>(l)]);
    }
    ImGui_ImplOpenGL3_RenderDrawData(data);
    for (int l = 0; l < data->CmdListsCount; ++l) data->CmdLists[l]->CmdBuffer.swap(cut[static_cast<size_t>(l)]);
}

bool FrameRenderer::draw(ImDrawData* data, int width, int height, const float clear[3], bool redrawAll, bool firstMayGoDirect) {
    resize(width, height);
    if (clear[0] != clear_[0] || clear[1] != clear_[1] || clear[2] != clear_[2]) {
        damage_.forget();
        for (int i = 0; i < 3; ++i) clear_[i] = clear[i];
    }
    if (redrawAll) damage_.forget();
    std::vector<PixelRect> rects = damage_.update(*data, width, height);
    if (rects.empty()) {
        lastRects_ = 0;
        lastPixels_ = 0;
        lastDamage_.clear();
        return false;
    }
    if (alwaysFull_ || !fbo_) rects = {PixelRect{0, 0, width, height}};
    lastDamage_ = rects;
    lastRects_ = static_cast<int>(rects.size());
    lastPixels_ = 0;
    for (const PixelRect& r : rects) lastPixels_ += r.area();
    // The very first frame goes straight to the back buffer: the copy from the off-screen buffer is a shader of
    // its own, which llvmpipe compiles at its first use (some 40 ms), and the exhibit should not wait for it to
    // appear. The next frame is drawn whole into the off-screen buffer, which this one did not fill.
    direct_ = framesDrawn_++ == 0 && fbo_ && firstMayGoDirect;
    if (direct_) damage_.forget();
    glBindFramebuffer(GL_FRAMEBUFFER, direct_ ? 0 : fbo_);
    glViewport(0, 0, width, height);
    glClearColor(clear_[0], clear_[1], clear_[2], 1.0f);
    const bool whole = rects.size() == 1 && rects[0] == PixelRect{0, 0, width, height};
    if (whole) {
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(data);
    } else {
        drawInside(data, rects);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return true;
}

void FrameRenderer::copyToBackBuffer() const {
    if (!fbo_ || direct_) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void FrameRenderer::copyDamageToBackBuffer() const {
    if (!fbo_ || direct_) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    for (const PixelRect& r : lastDamage_)
        glBlitFramebuffer(r.x0, height_ - r.y1, r.x1, height_ - r.y0, r.x0, height_ - r.y1, r.x1, height_ - r.y0, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<unsigned char> FrameRenderer::readPixels(int& width, int& height) const {
    width = width_;
    height = height_;
    std::vector<unsigned char> pixels(static_cast<size_t>(width_) * static_cast<size_t>(height_) * 4);
    if (pixels.empty()) return pixels;
    const bool offscreen = fbo_ && !direct_;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, offscreen ? fbo_ : 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(offscreen ? GL_COLOR_ATTACHMENT0 : GL_BACK);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    return pixels;
}

}  // namespace kiosk::platform
