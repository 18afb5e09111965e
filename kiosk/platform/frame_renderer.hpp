// frame_renderer.hpp: draws ImGui's frames into a persistent off-screen colour buffer, only inside the rectangles
// that changed since the last frame (platform/damage), and copies the result to the window's back buffer. On a
// software rasteriser (Mesa llvmpipe) a frame then costs what changed, not the whole screen. Everything is drawn
// again whenever the buffer cannot be trusted: the first frame, a new size, a new font texture, a new background,
// or always when KIOSK_FULL_REDRAW=1 (the reference the tests compare the partial path with).
#pragma once
#include <vector>

#include "platform/damage.hpp"

struct ImDrawData;

namespace kiosk::platform {

class FrameRenderer {
public:
    // Needs a current OpenGL 3.3 context with ImGui's OpenGL 3 backend initialised.
    explicit FrameRenderer(bool alwaysFull);
    ~FrameRenderer();
    FrameRenderer(const FrameRenderer&) = delete;
    FrameRenderer& operator=(const FrameRenderer&) = delete;

    // Brings the off-screen buffer up to date with `data`, cleared to `clear` (RGB). Returns false when nothing
    // changed (no pixel drawn). `redrawAll` forces everything (the caller knows the buffer was lost).
    // `firstMayGoDirect`: the first frame may be drawn straight into the back buffer (see draw()).
    bool draw(ImDrawData* data, int width, int height, const float clear[3], bool redrawAll, bool firstMayGoDirect = true);
    // Copies the off-screen buffer to the window's back buffer (to be swapped). The whole buffer: a software
    // driver's back buffer holds nothing reliable after a swap.
    void copyToBackBuffer() const;
    // Copies only the rectangles the last draw() changed (GL's bottom-up rows are handled here).
    void copyDamageToBackBuffer() const;
    const std::vector<PixelRect>& lastDamage() const { return lastDamage_; }
    // Reads the off-screen buffer as RGBA rows, bottom-up (glReadPixels). Empty before the first draw.
    std::vector<unsigned char> readPixels(int& width, int& height) const;
    // False: the last frame was drawn straight into the back buffer (no framebuffer object, or the first frame).
    bool offscreen() const { return fbo_ != 0 && !direct_; }
    // The last draw(): how many rectangles and pixels were drawn, and whether it was everything.
    int lastRects() const { return lastRects_; }
    long long lastPixels() const { return lastPixels_; }

private:
    void resize(int width, int height);
    void drawInside(ImDrawData* data, const std::vector<PixelRect>& rects) const;
    bool alwaysFull_;
    unsigned int fbo_ = 0, colour_ = 0;
    int width_ = 0, height_ = 0;
    float clear_[3] = {-1, -1, -1};
    DamageTracker damage_;
    std::vector<PixelRect> lastDamage_;
    int lastRects_ = 0;
    long long lastPixels_ = 0;
    long long framesDrawn_ = 0;
    bool direct_ = false;  // the last draw() went straight to the back buffer
};

}  // namespace kiosk::platform
