// window.hpp: the kiosk's one window: GLFW, an OpenGL 3 context, Dear ImGui's backends, and reading pixels back.
// The only code (with screenshot.cpp) that touches GLFW, OpenGL or stb.
#pragma once
#include <memory>
#include <string>

struct ImDrawData;
struct GLFWwindow;

namespace kiosk::platform {

struct WindowOptions {
    bool fullscreen = true;
    int monitor = 0;            // index into the connected monitors; the primary when out of range
    int width = 1920, height = 1080;  // windowed size (and the fullscreen size when the monitor reports none)
    bool hideCursor = false;
    bool visible = true;        // false for --check: a context without showing anything
    std::string title = "Exhibit";
};

struct MonitorInfo {
    int widthMm = 0, heightMm = 0;  // physical size, when the monitor reports it
    int pixelsW = 0, pixelsH = 0;
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
    void waitEvents(double timeoutSeconds);
    void wake();  // from another thread: end a waitEvents early
    double time() const;

    void newFrame();                       // backends' NewFrame; call before ImGui::NewFrame
    void render(ImDrawData* data, float r, float g, float b);  // clears and draws; does not present
    void present();
    void reloadFontTexture();              // after the atlas was rebuilt
    // Reads the last rendered frame (before present) and writes it as PNG. Returns false and says why.
    bool savePng(const std::string& path, std::string* error) const;
    std::string rendererName() const;

private:
    Window() = default;
    GLFWwindow* window_ = nullptr;
};

}  // namespace kiosk::platform
