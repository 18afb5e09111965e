// window.hpp: the kiosk's one window: GLFW, an OpenGL 3 context, Dear ImGui's backends, and reading pixels back.
// The only code (with screenshot.cpp) that touches GLFW, OpenGL or stb.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "input/contacts.hpp"

struct ImDrawData;
struct GLFWwindow;

namespace kiosk::platform {

class TouchScreen;
class FrameRenderer;

struct MonitorInfo {
    int widthMm = 0, heightMm = 0;  // physical size, when the monitor reports it
    int pixelsW = 0, pixelsH = 0;
};

struct WindowOptions {
    bool fullscreen = true;
    int monitor = 0;            // index into the connected monitors; the primary when out of range
    int width = 1920, height = 1080;  // windowed size (and the fullscreen size when the monitor reports none)
    bool hideCursor = false;
    bool visible = true;        // false for --check: a context without showing anything
    std::string title = "Exhibit";
    // Start-up work that needs only the window's size may run beside the GL context's creation (tens of
    // milliseconds on a software rasteriser). `sizeKnown` is called, on this thread, with the monitor and the size
    // the window is about to be created at, before the context exists; `beforeImGui` just before create() first
    // touches ImGui (its allocations are not thread-safe), so that work running beside can be joined there. Either
    // may be empty; neither is called when create() fails before that point.
    std::function<void(const MonitorInfo& monitor, int width, int height)> sizeKnown;
    std::function<void()> beforeImGui;
};

class Window {
public:
    // Creates the window and context and initialises ImGui's GLFW and OpenGL 3 backends (an ImGui context must
    // exist). Returns null and explains in *error when there is no display or no OpenGL 3.
    static std::unique_ptr<Window> create(const WindowOptions& options, std::string* error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    void framebufferSize(int& width, int& height) const;
    MonitorInfo monitor() const;
    // Close requests (Alt+F4, the window manager) are counted and refused: a kiosk does not close.
    int takeCloseRequests();
    void pollEvents();
    // Sleeps until an event (window, mouse, keyboard or touch) or the timeout, whichever comes first.
    void waitEvents(double timeoutSeconds);
    // The pointer and touch contacts received since the last call, in order: the mouse as contact 0 (Hover while no
    // button is down), every finger of a touch screen as its own contact. Times are glfw time minus `clockOrigin`.
    void takeContacts(input::ContactEvents& out, double clockOrigin);
    int touchDevices() const;  // touch screens seen through XInput 2.2 (0: mouse only)
    // Why multi-touch is off ("" when it is on): for the log and --check.
    const std::string& touchUnavailable() const { return touchUnavailable_; }
    void wake();  // from another thread: end a waitEvents early
    double time() const;

    void newFrame();                       // backends' NewFrame; call before ImGui::NewFrame
    // Draws the frame off screen, only where it differs from the last one (platform/frame_renderer); does not
    // present. A frame identical to the one on screen (no expose since) is not drawn at all, and its present()
    // shows nothing new: a still kiosk costs the rasteriser nothing.
    // `photographed`: the frame will be read back (savePng), so it is drawn off screen even as the first frame,
    // whose pixels straight in the back buffer may round differently (by one level, in a few pixels).
    void render(ImDrawData* data, float r, float g, float b, bool photographed = false);
    // Swaps; at most once per display refresh (60 Hz) when frames are presented back to back, even where the
    // driver ignores the swap interval (Xvfb, some software renderers), so an animation never spins a core.
    void present();
    // When the last present() had its pixels out (after the swap, and glFinish when finishing each frame), in
    // time()'s clock, before any pacing sleep.
    double lastPresented() const { return presentedAt_; }
    // Waits for the rasteriser after every swap (glFinish), so lastPresented() includes software rasterisation.
    void setFinishEachFrame(bool finish) { finishEachFrame_ = finish; }
    // Uploads the atlas as a one-channel texture (a quarter of RGBA's memory), after it was rebuilt; the atlas's
    // own pixels may be cleared afterwards.
    void reloadFontTexture();
    // ImGui's OpenGL 3 program and buffers (once): before a frame, an atlas or a platform::RendererWarmUp.
    void ensureDeviceObjects();
    // The window opens before the content is read (the two overlap at start-up); the title follows it.
    void setTitle(const std::string& title);
    long framesDrawn() const { return framesDrawn_; }      // render() calls that reached the GPU
    long framesSkipped() const { return framesSkipped_; }  // render() calls that repeated the last frame
    // Pixels the last render() rasterised (all of them for a full redraw, 0 for a repeated frame).
    long long pixelsDrawn() const;
    // X protocol errors since the last call, one line each (they are recorded, never fatal: platform/x_errors);
    // `dropped` gets how many more a burst had. After one, the next frame is drawn whole.
    std::vector<std::string> takeXErrors(long* dropped);
    // Reads the last rendered frame and writes it as PNG. Returns false and says why.
    bool savePng(const std::string& path, std::string* error) const;
    std::string rendererName() const;

private:
    Window() = default;
    std::unique_ptr<TouchScreen> touch_;
    std::string touchUnavailable_;
    std::unique_ptr<FrameRenderer> renderer_;
    void (*copySubBuffer_)() = nullptr;  // glXCopySubBufferMESA, on software rasterisers that have it
    GLFWwindow* window_ = nullptr;
    unsigned int fontTexture_ = 0;
    bool deviceObjects_ = false;
    bool skipped_ = false;  // this frame repeats the last one and was not drawn
    float clear_[3] = {0, 0, 0};
    long framesDrawn_ = 0, framesSkipped_ = 0;
    int framesSincePresent_ = 0;
    double lastPresent_ = -1;
    double presentedAt_ = 0;
    bool finishEachFrame_ = false;
};

}  // namespace kiosk::platform
