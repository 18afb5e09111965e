// renderer_warm_up.hpp: one small triangle drawn before the first frame with the state every ImGui frame uses (its
// program, a coverage texture, blending, a scissor), into the back buffer the first frame goes to. A software
// rasteriser (Mesa llvmpipe) compiles its shader variants at their first use, some 30 ms at start-up; drawn here,
// that happens while the fonts bake on the other core instead of inside the first frame.
#pragma once
#include <memory>

struct ImDrawList;

namespace kiosk::platform {

class RendererWarmUp {
  public:
    // Prepares the draw: every ImGui allocation happens here, on the calling thread. Needs the ImGui context, the
    // GL context current and ImGui's device objects (Window::ensureDeviceObjects).
    RendererWarmUp(int width, int height);
    ~RendererWarmUp();  // the GL context must still be current
    RendererWarmUp(const RendererWarmUp&) = delete;
    RendererWarmUp& operator=(const RendererWarmUp&) = delete;

    // Draws and waits for the rasteriser. Allocates nothing through ImGui, so another thread may build ImGui's font
    // atlas meanwhile. The first frame clears the buffer and draws it whole, so nothing of this is ever seen.
    void draw();

  private:
    int width_, height_;
    unsigned int texture_ = 0;
    std::unique_ptr<ImDrawList> list_;
};

}  // namespace kiosk::platform
