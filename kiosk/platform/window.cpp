// window.cpp: GLFW window and OpenGL 3 context, with ImGui's prebuilt backends (from Debian's libimgui).
#include "platform/window.hpp"

#define GLFW_EXPOSE_NATIVE_X11
#define GLFW_EXPOSE_NATIVE_GLX

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui/backends/imgui_impl_glfw.h>
#include <imgui/backends/imgui_impl_opengl3.h>
#include <GL/glx.h>
#include <GLFW/glfw3native.h>

#include "platform/coverage_texture.hpp"
#include "platform/frame_renderer.hpp"
#include "platform/x11_touch.hpp"
#include "platform/x_errors.hpp"
#include <stb_image_write.h>
#include <poll.h>

#include <malloc.h>
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

namespace kiosk::platform {
namespace {

std::atomic<int> gCloseRequests{0};
std::string gLastGlfwError;

void onGlfwError(int code, const char* description) { gLastGlfwError = std::to_string(code) + ": " + (description ? description : ""); }

void onCloseRequest(GLFWwindow* window) {
    glfwSetWindowShouldClose(window, GLFW_FALSE);
    gCloseRequests++;
}

// Set when the window's contents may have been lost (exposed, resized, a new font texture): the next frame is
// drawn even if it repeats the last one.
std::atomic<bool> gMustDraw{true};
void onRefresh(GLFWwindow*) { gMustDraw = true; }

// The mouse, as contact 0 of the input seam (input/contacts.hpp). Callbacks run inside glfwPollEvents, on the
// main thread.
input::ContactEvents gMouse;
bool gMouseDown = false;
double gMouseX = -1, gMouseY = -1;
void onCursor(GLFWwindow*, double x, double y) {
    gMouseX = x;
    gMouseY = y;
    gMouse.push_back({0, gMouseDown ? input::ContactPhase::Move : input::ContactPhase::Hover, static_cast<float>(x), static_cast<float>(y), glfwGetTime(), 0});
}
void onMouseButton(GLFWwindow*, int button, int action, int) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    const bool down = action == GLFW_PRESS;
    if (down == gMouseDown) return;
    gMouseDown = down;
    gMouse.push_back({0, down ? input::ContactPhase::Down : input::ContactPhase::Up, static_cast<float>(gMouseX), static_cast<float>(gMouseY), glfwGetTime(), 0});
}

// The backend's shader and buffers, made without letting it convert the font atlas to RGBA (four bytes a pixel,
// and a second build of the atlas when its pixels were already cleared): it is handed a one-pixel atlas whose
// texture is dropped at once. The fonts get their own one-channel texture (Window::reloadFontTexture).
void createDeviceObjects() {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* fonts = io.Fonts;
    ImFontAtlas tiny;
    tiny.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(1));
    tiny.TexPixelsAlpha8[0] = 0xFF;
    tiny.TexWidth = tiny.TexHeight = 1;
    io.Fonts = &tiny;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = fonts;
}

MonitorInfo monitorInfo(GLFWmonitor* m) {
    MonitorInfo info;
    glfwGetMonitorPhysicalSize(m, &info.widthMm, &info.heightMm);
    if (const GLFWvidmode* mode = glfwGetVideoMode(m)) {
        info.pixelsW = mode->width;
        info.pixelsH = mode->height;
    }
    return info;
}

}  // namespace

std::unique_ptr<Window> Window::create(const WindowOptions& o, std::string* error) {
    // Mesa's rasteriser threads would each get a malloc arena of their own (tens of megabytes of address space,
    // megabytes resident); two arenas serve this process as well.
    mallopt(M_ARENA_MAX, 2);
    // GLFW opens an X input method, and Xlib then parses the locale's whole Compose table (thousands of lines, some
    // 10 ms of start-up). Visitors type on the kiosk's own keyboard; staff's hardware keyboard needs no dead keys.
    setenv("XCOMPOSEFILE", "/dev/null", 0);
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        if (error) *error = "no display could be opened (" + gLastGlfwError + ")";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, o.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_DECORATED, o.fullscreen ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);  // a kiosk stays up if focus wanders
    // ImGui draws with neither depth nor stencil: without them a software renderer saves a screen-sized buffer.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    GLFWmonitor* monitor = nullptr;
    int width = std::clamp(o.width, 320, 16384), height = std::clamp(o.height, 240, 16384);
    if (o.fullscreen) {
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        monitor = (monitors && o.monitor >= 0 && o.monitor < count) ? monitors[o.monitor] : glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            width = mode->width;
            height = mode->height;
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        }
    }
    if (o.sizeKnown) {
        MonitorInfo info;
        if (GLFWmonitor* m = monitor ? monitor : glfwGetPrimaryMonitor()) info = monitorInfo(m);
        o.sizeKnown(info, width, height);
    }
    auto w = std::unique_ptr<Window>(new Window());
    w->window_ = glfwCreateWindow(width, height, o.title.c_str(), monitor, nullptr);
    if (!w->window_) {
        if (error) *error = "no OpenGL 3.3 window could be created (" + gLastGlfwError + ")";
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(w->window_);
    keepXErrorsNonFatal();
    glfwSwapInterval(1);
    glfwSetWindowCloseCallback(w->window_, onCloseRequest);
    glfwSetWindowRefreshCallback(w->window_, onRefresh);
    gMustDraw = true;
    if (o.beforeImGui) o.beforeImGui();
    if (o.hideCursor) {
        glfwSetInputMode(w->window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
        // ImGui 1.86's GLFW backend sets the arrow cursor back every frame unless told the app owns the cursor.
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    }
    glfwSetCursorPosCallback(w->window_, onCursor);
    glfwSetMouseButtonCallback(w->window_, onMouseButton);
    {
        double x = -1, y = -1;
        glfwGetCursorPos(w->window_, &x, &y);
        gMouseX = x;
        gMouseY = y;
    }
    std::string why;
    w->touch_ = TouchScreen::open(w->window_, &why);
    if (!w->touch_) w->touchUnavailable_ = why;
    // Our callbacks are installed first; the backend chains them.
    ImGui_ImplGlfw_InitForOpenGL(w->window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    // KIOSK_FULL_REDRAW=1: every changed frame drawn whole, the reference for the partial path (and a way out,
    // should a driver mishandle it).
    const char* full = std::getenv("KIOSK_FULL_REDRAW");
    w->renderer_ = std::make_unique<FrameRenderer>(full && *full && std::string(full) != "0");
    // A software rasteriser's swap copies the whole picture to the X server (8 MB a frame at 1080p, 33 MB at 4K);
    // GLX_MESA_copy_sub_buffer copies only what changed. GPUs swap for free, and keep their vsync-paced swap.
    const std::string renderer = w->rendererName();
    const bool software = renderer.find("llvmpipe") != std::string::npos || renderer.find("softpipe") != std::string::npos ||
                          renderer.find("swrast") != std::string::npos;
    // GLFW asks GLX for the extension and the function, so nothing here links libGLX itself.
    if (software && glfwExtensionSupported("GLX_MESA_copy_sub_buffer")) w->copySubBuffer_ = glfwGetProcAddress("glXCopySubBufferMESA");
    return w;
}

Window::~Window() {
    touch_.reset();
    renderer_.reset();  // while the context is current
    if (!window_) return;
    if (fontTexture_) {
        glDeleteTextures(1, &fontTexture_);
        ImGui::GetIO().Fonts->SetTexID(nullptr);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void Window::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

MonitorInfo Window::monitor() const {
    GLFWmonitor* m = glfwGetWindowMonitor(window_);
    if (!m) m = glfwGetPrimaryMonitor();
    return m ? monitorInfo(m) : MonitorInfo{};
}

int Window::takeCloseRequests() { return gCloseRequests.exchange(0); }
void Window::pollEvents() { glfwPollEvents(); }
void Window::waitEvents(double timeout) {
    // GLFW waits on its own X connection only; touches arrive on ours, so both sockets are watched.
    if (!touch_) {
        glfwWaitEventsTimeout(timeout);
        return;
    }
    Display* display = glfwGetX11Display();
    if (touch_->pending() || (display && XPending(display) > 0)) return;
    pollfd fds[2] = {{touch_->fd(), POLLIN, 0}, {display ? ConnectionNumber(display) : -1, POLLIN, 0}};
    ::poll(fds, display ? 2 : 1, static_cast<int>(std::ceil(std::max(0.0, timeout) * 1000)));
}

void Window::takeContacts(input::ContactEvents& out, double clockOrigin) {
    for (input::ContactEvent e : gMouse) {
        e.time -= clockOrigin;
        out.push_back(e);
    }
    gMouse.clear();
    if (touch_) touch_->read(out, glfwGetTime() - clockOrigin);
}

int Window::touchDevices() const { return touch_ ? touch_->touchDevices() : 0; }
void Window::wake() { glfwPostEmptyEvent(); }
double Window::time() const { return glfwGetTime(); }

void Window::newFrame() {
    ensureDeviceObjects();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ++framesSincePresent_;
}

void Window::render(ImDrawData* data, float r, float g, float b, bool photographed) {
    int w = 0, h = 0;
    framebufferSize(w, h);
    clear_[0] = r;
    clear_[1] = g;
    clear_[2] = b;
    const bool mustDraw = gMustDraw.exchange(false);
    // Nothing changed: the buffer already holds this frame and present() shows nothing new.
    skipped_ = !renderer_->draw(data, w, h, clear_, mustDraw || framesDrawn_ == 0, !photographed);
    if (skipped_) ++framesSkipped_;
    else ++framesDrawn_;
}

long long Window::pixelsDrawn() const { return skipped_ ? 0 : renderer_->lastPixels(); }

void Window::present() {
    const std::vector<PixelRect>& damage = renderer_->lastDamage();
    int w = 0, h = 0;
    framebufferSize(w, h);
    const bool whole = damage.size() == 1 && damage[0] == PixelRect{0, 0, w, h};
    keepXErrorsNonFatal();  // GLFW may have put Xlib's exiting handler back since the last frame
    if (!skipped_ && copySubBuffer_ && renderer_->offscreen() && !whole) {
        // Only the changed rectangles, from the off-screen buffer to the back buffer to the window.
        renderer_->copyDamageToBackBuffer();
        using CopySub = void (*)(Display*, GLXDrawable, int, int, int, int);
        const auto copy = reinterpret_cast<CopySub>(copySubBuffer_);
        for (const PixelRect& r : damage) copy(glfwGetX11Display(), glfwGetGLXWindow(window_), r.x0, h - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    } else if (!skipped_) {
        renderer_->copyToBackBuffer();
        glfwSwapBuffers(window_);
    }
    if (finishEachFrame_) glFinish();
    presentedAt_ = glfwGetTime();
    // Back-to-back presents (the real clock, something moving) are paced to the display's 60 Hz; a virtual clock
    // that presents one frame in several is not held back.
    const bool backToBack = framesSincePresent_ <= 1;
    framesSincePresent_ = 0;
    constexpr double kRefresh = 1.0 / 60.0;
    const double now = glfwGetTime();
    if (backToBack && lastPresent_ >= 0 && now - lastPresent_ < kRefresh - 0.0005)
        std::this_thread::sleep_for(std::chrono::duration<double>(kRefresh - (now - lastPresent_)));
    lastPresent_ = glfwGetTime();
}

std::vector<std::string> Window::takeXErrors(long* dropped) {
    std::vector<std::string> errors = platform::takeXErrors(glfwGetX11Display(), dropped);
    // A lost put or copy leaves the window's picture stale: the next frame is drawn whole.
    if (!errors.empty()) gMustDraw = true;
    return errors;
}

void Window::setTitle(const std::string& title) { glfwSetWindowTitle(window_, title.c_str()); }

void Window::ensureDeviceObjects() {
    if (deviceObjects_) return;
    createDeviceObjects();
    deviceObjects_ = true;
}

void Window::reloadFontTexture() {
    ensureDeviceObjects();
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (fontTexture_) glDeleteTextures(1, &fontTexture_);
    fontTexture_ = createCoverageTexture(width, height, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(fontTexture_)));
    gMustDraw = true;
}

bool Window::savePng(const std::string& path, std::string* error) const {
    int w = 0, h = 0;
    const std::vector<unsigned char> pixels = renderer_->readPixels(w, h);
    if (w <= 0 || h <= 0) {
        if (error) *error = "the window has no size";
        return false;
    }
    // OpenGL's rows run bottom-up; PNG's top-down. Alpha is forced opaque.
    std::vector<unsigned char> flipped(pixels.size());
    const size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h; ++y) {
        unsigned char* dst = flipped.data() + static_cast<size_t>(y) * row;
        std::copy_n(pixels.data() + static_cast<size_t>(h - 1 - y) * row, row, dst);
        for (size_t x = 3; x < row; x += 4) dst[x] = 255;
    }
    if (!stbi_write_png(path.c_str(), w, h, 4, flipped.data(), static_cast<int>(row))) {
        if (error) *error = "cannot write " + path;
        return false;
    }
    return true;
}

std::string Window::rendererName() const {
    const GLubyte* renderer = glGetString(GL_RENDERER);
    const GLubyte* version = glGetString(GL_VERSION);
    return std::string(renderer ? reinterpret_cast<const char*>(renderer) : "?") + ", OpenGL " +
           (version ? reinterpret_cast<const char*>(version) : "?");
}

}  // namespace kiosk::platform
