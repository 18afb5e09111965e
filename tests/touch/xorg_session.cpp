// xorg_session.cpp: Xorg (dummy video, inputtest touch and keyboard) with openbox, and the kiosk run on it.
#include "xorg_session.hpp"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/dpms.h>
#include <X11/extensions/Xfixes.h>
#include <fcntl.h>
#include <signal.h>
#include <stb_image_write.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace kiosk::touchtest {
namespace fs = std::filesystem;

namespace {

Display* dpy(void* x) { return static_cast<Display*>(x); }

std::string scratch(const std::string& name) {
    static std::atomic<int> counter{0};
    const fs::path dir = fs::path(KIOSK_E2E_ARTIFACTS) / ("kiosk-touch-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "-" + name);
    fs::create_directories(dir);
    return dir.string();
}

// The server's flags are the shipped lockdown (packaging/xorg/50-kiosk-lockdown.conf, read at start-up) plus, for the
// test only, no hot-plugged devices: Xorg reads one ServerFlags section, so they are joined into it.
constexpr const char* kTestOnlyFlags = R"(  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
)";
constexpr const char* kXorgConf = R"(# A kiosk's X server for tests: no real hardware, a ten-finger touch screen and a keyboard from the inputtest driver.
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 64000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0 - 1000.0
  VertRefresh 5.0 - 200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125 +hsync +vsync
  # 527 x 296 mm: a 24-inch panel, so that millimetre sizes mean something
  DisplaySize 527 296
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Modes "1920x1080"
    Virtual 1920 1080
  EndSubSection
EndSection
Section "InputDevice"
  Identifier "touchscreen"
  Driver "inputtest"
  Option "DeviceType" "Touch"
  Option "TouchCount" "10"
  Option "SocketPath" "@DIR@/touch.sock"
EndSection
Section "InputDevice"
  Identifier "keyboard"
  Driver "inputtest"
  Option "DeviceType" "Keyboard"
  Option "SocketPath" "@DIR@/keyboard.sock"
EndSection
Section "ServerLayout"
  Identifier "layout"
  Screen "screen"
  InputDevice "touchscreen"
  InputDevice "keyboard" "CoreKeyboard"
EndSection
)";

bool executable(const char* path) { return ::access(path, X_OK) == 0; }

XorgSession* gSession = nullptr;
void stopSession() {
    delete gSession;
    gSession = nullptr;
}

}  // namespace

std::string unavailableReason() {
    if (geteuid() != 0) return "Xorg with the dummy driver needs root here";
    if (!executable("/usr/lib/xorg/Xorg")) return "no Xorg (xserver-xorg-core)";
    if (!fs::exists("/usr/lib/xorg/modules/input/inputtest_drv.so")) return "no inputtest input driver (xserver-xorg-core)";
    if (!fs::exists("/usr/lib/xorg/modules/drivers/dummy_drv.so")) return "no dummy video driver (xserver-xorg-video-dummy)";
    if (!executable("/usr/bin/openbox")) return "no window manager (openbox)";
    return "";
}

XorgSession& XorgSession::shared() {
    if (!gSession) {
        gSession = new XorgSession();
        std::atexit(stopSession);
    }
    return *gSession;
}

XorgSession::XorgSession() {
    const std::string why = unavailableReason();
    if (!why.empty()) throw std::runtime_error(why);
    dir_ = scratch("xorg");
    std::ifstream lockdownFile(KIOSK_XORG_LOCKDOWN);
    std::string flags((std::istreambuf_iterator<char>(lockdownFile)), std::istreambuf_iterator<char>());
    const size_t endFlags = flags.find("EndSection");
    if (flags.find("DontZap") == std::string::npos || endFlags == std::string::npos)
        throw std::runtime_error(std::string("the kiosk's X lockdown is missing or has no ServerFlags: ") + KIOSK_XORG_LOCKDOWN);
    flags.insert(endFlags, kTestOnlyFlags);
    std::string conf = flags + kXorgConf;
    for (size_t at; (at = conf.find("@DIR@")) != std::string::npos;) conf.replace(at, 5, dir_);
    std::ofstream(dir_ + "/xorg.conf") << conf;
    fs::create_directories(dir_ + "/xorg.conf.d");
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    xorgPid_ = fork();
    if (xorgPid_ == 0) {
        close(fds[0]);
        const int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        const std::string fd = std::to_string(fds[1]), confPath = dir_ + "/xorg.conf", confDir = dir_ + "/xorg.conf.d", log = dir_ + "/Xorg.log";
        // -displayfd: the server picks a free display and says which, so parallel test binaries never collide.
        execl("/usr/lib/xorg/Xorg", "Xorg", "-displayfd", fd.c_str(), "-config", confPath.c_str(), "-configdir", confDir.c_str(), "-logfile",
              log.c_str(), "-nolisten", "tcp", "-noreset", "-novtswitch", "-sharevts", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string number;
    char c;
    while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
    close(fds[0]);
    if (number.empty()) throw std::runtime_error("Xorg did not start; see " + dir_ + "/Xorg.log");
    display_ = ":" + number;
    x_ = XOpenDisplay(display_.c_str());
    if (!x_) throw std::runtime_error("cannot connect to " + display_);
    touch_ = std::make_unique<InputTestClient>(dir_ + "/touch.sock");
    touch_->setScreen(width(), height());
    wmPid_ = fork();
    if (wmPid_ == 0) {
        setenv("DISPLAY", display_.c_str(), 1);
        const int out = open((dir_ + "/openbox.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        dup2(out, 2);
        execl("/usr/bin/openbox", "openbox", "--sm-disable", static_cast<char*>(nullptr));
        _exit(127);
    }
    // Ready when openbox has claimed the screen (_NET_SUPPORTING_WM_CHECK on the root window).
    const Atom check = XInternAtom(dpy(x_), "_NET_SUPPORTING_WM_CHECK", False);
    for (int i = 0; i < 100; ++i) {
        Atom type;
        int format;
        unsigned long items = 0, after;
        unsigned char* data = nullptr;
        XGetWindowProperty(dpy(x_), DefaultRootWindow(dpy(x_)), check, 0, 1, False, XA_WINDOW, &type, &format, &items, &after, &data);
        if (data) XFree(data);
        if (items > 0) return;
        sleepMs(50);
    }
    throw std::runtime_error("openbox did not start on " + display_);
}

XorgSession::~XorgSession() {
    if (x_) XCloseDisplay(dpy(x_));
    for (int pid : {wmPid_, xorgPid_}) {
        if (pid <= 0) continue;
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
    }
    touch_.reset();  // after the server: closing first would leave it spinning on the dead socket
}

void XorgSession::click(int x, int y) {
    XTestFakeMotionEvent(dpy(x_), -1, x, y, CurrentTime);
    XTestFakeButtonEvent(dpy(x_), 1, True, CurrentTime);
    XSync(dpy(x_), False);
    sleepMs(50);
    XTestFakeButtonEvent(dpy(x_), 1, False, CurrentTime);
    XSync(dpy(x_), False);
}

void XorgSession::keyChord(const std::string& chord) {
    std::vector<KeyCode> codes;
    std::stringstream parts(chord);
    for (std::string part; std::getline(parts, part, '+');) {
        const std::string name = part == "alt" ? "Alt_L" : part == "ctrl" ? "Control_L" : part == "super" ? "Super_L" : part == "shift" ? "Shift_L" : part;
        const KeySym sym = XStringToKeysym(name.c_str());
        if (sym == NoSymbol) throw std::runtime_error("no keysym " + name);
        codes.push_back(XKeysymToKeycode(dpy(x_), sym));
    }
    for (KeyCode k : codes) XTestFakeKeyEvent(dpy(x_), k, True, CurrentTime);
    XSync(dpy(x_), False);
    sleepMs(30);
    for (auto it = codes.rbegin(); it != codes.rend(); ++it) XTestFakeKeyEvent(dpy(x_), *it, False, CurrentTime);
    XSync(dpy(x_), False);
}

bool XorgSession::cursorVisible() {
    XFixesCursorImage* image = XFixesGetCursorImage(dpy(x_));
    if (!image) return true;  // cannot tell: assume the worst
    bool visible = false;
    for (int i = 0; i < image->width * image->height && !visible; ++i) visible = ((image->pixels[i] >> 24) & 0xFF) != 0;
    XFree(image);
    return visible;
}

std::optional<bool> XorgSession::monitorOn() {
    int event = 0, error = 0;
    if (!DPMSQueryExtension(dpy(x_), &event, &error)) return std::nullopt;
    CARD16 level = 0;
    BOOL enabled = False;
    if (!DPMSInfo(dpy(x_), &level, &enabled)) return std::nullopt;
    return !enabled || level == DPMSModeOn;
}

std::vector<unsigned char> XorgSession::pixels(int x, int y, int w, int h) {
    std::vector<unsigned char> rgb;
    XImage* image = XGetImage(dpy(x_), DefaultRootWindow(dpy(x_)), x, y, static_cast<unsigned>(w), static_cast<unsigned>(h), AllPlanes, ZPixmap);
    if (!image) return rgb;
    rgb.reserve(static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
    for (int yy = 0; yy < h; ++yy)
        for (int xx = 0; xx < w; ++xx) {
            const unsigned long p = XGetPixel(image, xx, yy);
            rgb.push_back(static_cast<unsigned char>((p >> 16) & 0xFF));
            rgb.push_back(static_cast<unsigned char>((p >> 8) & 0xFF));
            rgb.push_back(static_cast<unsigned char>(p & 0xFF));
        }
    XDestroyImage(image);
    return rgb;
}

bool XorgSession::screenshot(const std::string& path) {
    const auto rgb = pixels(0, 0, width(), height());
    return !rgb.empty() && stbi_write_png(path.c_str(), width(), height(), 3, rgb.data(), width() * 3);
}

XorgSession::WindowInfo XorgSession::kioskWindow() {
    WindowInfo info;
    const Atom list = XInternAtom(dpy(x_), "_NET_CLIENT_LIST", False);
    Atom type;
    int format;
    unsigned long items = 0, after;
    unsigned char* data = nullptr;
    XGetWindowProperty(dpy(x_), DefaultRootWindow(dpy(x_)), list, 0, 1024, False, XA_WINDOW, &type, &format, &items, &after, &data);
    const auto* windows = reinterpret_cast<const Window*>(data);
    for (unsigned long i = 0; i < items; ++i) {
        // The title is the exhibit's own (exhibit.toml), in UTF-8: read _NET_WM_NAME, which XFetchName's Latin-1
        // WM_NAME cannot hold ("1947–2022" has an en dash).
        const Atom netName = XInternAtom(dpy(x_), "_NET_WM_NAME", False);
        const Atom utf8 = XInternAtom(dpy(x_), "UTF8_STRING", False);
        Atom nameType;
        int nameFormat;
        unsigned long nameItems = 0, nameAfter;
        unsigned char* name = nullptr;
        std::string title;
        if (XGetWindowProperty(dpy(x_), windows[i], netName, 0, 1024, False, utf8, &nameType, &nameFormat, &nameItems, &nameAfter, &name) ==
                Success &&
            name) {
            title.assign(reinterpret_cast<const char*>(name), nameItems);
            XFree(name);
        }
        {
            const bool kiosk = title.find("1947") != std::string::npos;
            if (!kiosk) continue;
            XWindowAttributes a{};
            XGetWindowAttributes(dpy(x_), windows[i], &a);
            info = {true, a.map_state == IsViewable, a.width, a.height};
        }
    }
    if (data) XFree(data);
    return info;
}

RunningKiosk::RunningKiosk(XorgSession& session, const std::string& name, const std::string& config, std::vector<std::string> extra) {
    dir_ = scratch(name);
    statePath_ = dir_ + "/state.json";
    logPath_ = dir_ + "/kiosk.log";
    std::ofstream(dir_ + "/kiosk.toml") << config;
    pid_ = fork();
    if (pid_ == 0) {
        setenv("DISPLAY", session.display().c_str(), 1);
        setenv("XDG_RUNTIME_DIR", dir_.c_str(), 1);  // its own single-instance lock
        if (const char* preload = std::getenv("KIOSK_TEST_GL_PRELOAD"); preload && *preload) setenv("LD_PRELOAD", preload, 1);
        const int out = open(logPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        dup2(out, 2);
        std::vector<std::string> args = {KIOSK_BINARY, "--db", KIOSK_DB, "--config", dir_ + "/kiosk.toml", "--state-out", statePath_};
        args.insert(args.end(), extra.begin(), extra.end());
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(KIOSK_BINARY, argv.data());
        _exit(127);
    }
    // Up when its window is mapped and it answers a state request.
    for (int i = 0; i < 200; ++i) {
        if (session.kioskWindow().mapped) break;
        sleepMs(50);
    }
    state();
}

RunningKiosk::~RunningKiosk() {
    if (status_ < 0) stop();
}

nlohmann::json RunningKiosk::state() {
    std::error_code ec;
    fs::remove(statePath_, ec);
    kill(pid_, SIGUSR1);
    for (int i = 0; i < 500; ++i) {
        if (fs::exists(statePath_)) {
            std::ifstream in(statePath_);
            try {
                return nlohmann::json::parse(in);
            } catch (const std::exception&) {
            }
        }
        if (!alive()) break;
        sleepMs(10);
    }
    throw std::runtime_error("the kiosk did not write its state; its log:\n" + log());
}

bool RunningKiosk::alive() {
    if (status_ >= 0) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return false;
    }
    return true;
}

int RunningKiosk::stop() {
    if (status_ >= 0) return status_;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 500 && alive(); ++i) sleepMs(10);
    if (alive()) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        status_ = 137;
    }
    return status_;
}

std::string RunningKiosk::log() const {
    std::ifstream in(logPath_);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void sleepMs(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

void tapTouch(XorgSession& s, int id, float x, float y, int holdMs) {
    s.touch().touchBegin(id, x, y);
    s.touch().sync();
    sleepMs(holdMs);
    s.touch().touchEnd(id, x, y);
    s.touch().sync();
}

void pinchTouch(XorgSession& s, float cx, float cy, float d0, float d1, int ms) {
    const int steps = std::max(2, ms / 16);
    s.touch().touchBegin(1, cx - d0 / 2, cy);
    s.touch().touchBegin(2, cx + d0 / 2, cy);
    s.touch().sync();
    sleepMs(16);
    for (int i = 1; i <= steps; ++i) {
        const float d = d0 + (d1 - d0) * static_cast<float>(i) / static_cast<float>(steps);
        s.touch().touchMove(1, cx - d / 2, cy);
        s.touch().touchMove(2, cx + d / 2, cy);
        s.touch().sync();
        sleepMs(16);
    }
    sleepMs(100);
    s.touch().touchEnd(1, cx - d1 / 2, cy);
    s.touch().touchEnd(2, cx + d1 / 2, cy);
    s.touch().sync();
}

void dragTouch(XorgSession& s, const std::vector<std::pair<float, float>>& fingers, float dx, float dy, int ms) {
    const int steps = std::max(2, ms / 16);
    for (size_t f = 0; f < fingers.size(); ++f) s.touch().touchBegin(static_cast<int>(f) + 1, fingers[f].first, fingers[f].second);
    s.touch().sync();
    sleepMs(16);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        for (size_t f = 0; f < fingers.size(); ++f) s.touch().touchMove(static_cast<int>(f) + 1, fingers[f].first + dx * t, fingers[f].second + dy * t);
        s.touch().sync();
        sleepMs(16);
    }
    sleepMs(150);  // rest before lifting: a drag, not a flick
    for (size_t f = 0; f < fingers.size(); ++f) s.touch().touchEnd(static_cast<int>(f) + 1, fingers[f].first + dx, fingers[f].second + dy);
    s.touch().sync();
}

}  // namespace kiosk::touchtest
