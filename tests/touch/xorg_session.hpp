// xorg_session.hpp: a real X server with a real touch screen, for tests of the kiosk that ships. Xorg runs with the
// dummy video driver as its screen and the inputtest input driver as a ten-finger touch screen and a keyboard, with
// a small window manager (openbox), as a museum's machine would; the kiosk runs on it fullscreen on the real clock.
#pragma once
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "inputtest_client.hpp"

namespace kiosk::touchtest {

// Why a session cannot be had here (no Xorg, no inputtest driver, not root), or "" when it can.
std::string unavailableReason();

class XorgSession {
public:
    // The one session of this test binary, started on first use at 1920x1080 and stopped at exit. The inputtest
    // driver takes one injector connection per server lifetime (and spins after it closes), so the session keeps
    // its connection open until the server stops.
    static XorgSession& shared();
    ~XorgSession();

    const std::string& display() const { return display_; }
    InputTestClient& touch() { return *touch_; }
    int width() const { return 1920; }
    int height() const { return 1080; }

    // XTest: the core pointer and keyboard, as a mouse and a hardware keyboard would.
    void click(int x, int y);
    void keyChord(const std::string& chord);  // e.g. "alt+F4", "super", "alt+Tab" (X keysym names)
    // XFixes: whether the cursor shown on screen has any visible pixel.
    bool cursorVisible();
    // DPMS: whether the X server has the monitor powered on (false: standby, suspend or off); nullopt without DPMS.
    std::optional<bool> monitorOn();
    // The screen as the X server has it, as PNG; and one region's pixels, for timing a change.
    bool screenshot(const std::string& path);
    std::vector<unsigned char> pixels(int x, int y, int w, int h);
    // The kiosk's window as the window manager sees it: mapped, and its size.
    struct WindowInfo { bool found = false, mapped = false; int width = 0, height = 0; };
    WindowInfo kioskWindow();

private:
    XorgSession();
    std::string display_, dir_;
    int xorgPid_ = -1, wmPid_ = -1;
    std::unique_ptr<InputTestClient> touch_;
    void* x_ = nullptr;  // Display*
};

// The real kiosk, fullscreen, on the session's display, on the real clock.
class RunningKiosk {
public:
    // `config` is TOML text; `extra` more arguments.
    RunningKiosk(XorgSession& session, const std::string& name, const std::string& config, std::vector<std::string> extra = {});
    ~RunningKiosk();
    // Asks for the state JSON (SIGUSR1) and returns it once written; throws when it does not come within 5 s.
    nlohmann::json state();
    bool alive();
    // Stops it (SIGTERM) and returns its exit status; its log is then in log().
    int stop();
    std::string log() const;
    const std::string& dir() const { return dir_; }

private:
    std::string dir_, statePath_, logPath_;
    int pid_ = -1;
    int status_ = -1;
};

// Fingers on the session's touch screen, with a sync after each step so the server has them in order.
void tapTouch(XorgSession& s, int id, float x, float y, int holdMs = 60);
void pinchTouch(XorgSession& s, float cx, float cy, float d0, float d1, int ms);
void dragTouch(XorgSession& s, const std::vector<std::pair<float, float>>& fingers, float dx, float dy, int ms);
void sleepMs(int ms);

}  // namespace kiosk::touchtest
