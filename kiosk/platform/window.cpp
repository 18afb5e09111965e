// window.cpp: GLFW window and OpenGL 3 context, with ImGui's prebuilt backends (from Debian's libimgui).
#include "platform/window.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui/backends/imgui_impl_glfw.h>
#include <imgui/backends/imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <algorithm>
#include <atomic>
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

}  // namespace

std::unique_ptr<Window> Window::create(const WindowOptions& o, std::string* error) {
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
    auto w = std::unique_ptr<Window>(new Window());
    w->window_ = glfwCreateWindow(width, height, o.title.c_str(), monitor, nullptr);
    if (!w->window_) {
        if (error) *error = "no OpenGL 3.3 window could be created (" + gLastGlfwError + ")";
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(w->window_);
    glfwSwapInterval(1);
    glfwSetWindowCloseCallback(w->window_, onCloseRequest);
    if (o.hideCursor) glfwSetInputMode(w->window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    // Our callbacks are installed first; the backend chains them.
    ImGui_ImplGlfw_InitForOpenGL(w->window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    return w;
}

Window::~Window() {
    if (!window_) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void Window::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

MonitorInfo Window::monitor() const {
    MonitorInfo info;
    GLFWmonitor* m = glfwGetWindowMonitor(window_);
    if (!m) m = glfwGetPrimaryMonitor();
    if (!m) return info;
    glfwGetMonitorPhysicalSize(m, &info.widthMm, &info.heightMm);
    if (const GLFWvidmode* mode = glfwGetVideoMode(m)) {
        info.pixelsW = mode->width;
        info.pixelsH = mode->height;
    }
    return info;
}

int Window::takeCloseRequests() { return gCloseRequests.exchange(0); }
void Window::pollEvents() { glfwPollEvents(); }
void Window::waitEvents(double timeout) { glfwWaitEventsTimeout(timeout); }
void Window::wake() { glfwPostEmptyEvent(); }
double Window::time() const { return glfwGetTime(); }

void Window::newFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
}

void Window::render(ImDrawData* data, float r, float g, float b) {
    int w = 0, h = 0;
    framebufferSize(w, h);
    glViewport(0, 0, w, h);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(data);
}

void Window::present() { glfwSwapBuffers(window_); }

void Window::reloadFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

bool Window::savePng(const std::string& path, std::string* error) const {
    int w = 0, h = 0;
    framebufferSize(w, h);
    if (w <= 0 || h <= 0) {
        if (error) *error = "the window has no size";
        return false;
    }
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
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
