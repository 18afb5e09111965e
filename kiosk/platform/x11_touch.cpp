// x11_touch.cpp: XInput 2.2 touch events on the kiosk's window, read from a connection of our own.
#include "platform/x11_touch.hpp"

#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3.h>
#include <GLFW/glfw3native.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

#include <cmath>
#include <algorithm>

namespace kiosk::platform {

struct TouchScreen::Impl {
    Display* display = nullptr;
    int xiOpcode = 0;
    double offset = 0;  // caller's clock minus the server's (seconds)
    bool haveOffset = false;
};

namespace {

int countTouchDevices(Display* display) {
    int count = 0, devices = 0;
    XIDeviceInfo* info = XIQueryDevice(display, XIAllDevices, &count);
    for (int i = 0; i < count; ++i) {
        if (info[i].use != XISlavePointer && info[i].use != XIFloatingSlave) continue;
        for (int c = 0; c < info[i].num_classes; ++c) {
            if (info[i].classes[c]->type != XITouchClass) continue;
            const auto* touch = reinterpret_cast<const XITouchClassInfo*>(info[i].classes[c]);
            if (touch->mode == XIDirectTouch) ++devices;  // a touch screen, not a touchpad
        }
    }
    if (info) XIFreeDeviceInfo(info);
    return devices;
}

}  // namespace

std::unique_ptr<TouchScreen> TouchScreen::open(GLFWwindow* window, std::string* why) {
    Display* glfwDisplay = glfwGetX11Display();
    const Window xwindow = glfwGetX11Window(window);
    if (!glfwDisplay || !xwindow) {
        if (why) *why = "not an X11 display";
        return nullptr;
    }
    Display* display = XOpenDisplay(DisplayString(glfwDisplay));
    if (!display) {
        if (why) *why = "cannot open a second connection to the X display";
        return nullptr;
    }
    int event = 0, error = 0, opcode = 0;
    int major = 2, minor = 2;
    if (!XQueryExtension(display, "XInputExtension", &opcode, &event, &error) || XIQueryVersion(display, &major, &minor) != Success ||
        major < 2 || (major == 2 && minor < 2)) {
        if (why) *why = "the X server has no XInput 2.2 (multi-touch)";
        XCloseDisplay(display);
        return nullptr;
    }
    unsigned char bits[XIMaskLen(XI_LASTEVENT)] = {};
    XISetMask(bits, XI_TouchBegin);
    XISetMask(bits, XI_TouchUpdate);
    XISetMask(bits, XI_TouchEnd);
    XIEventMask mask{};
    mask.deviceid = XIAllMasterDevices;  // touch screens plugged in later are covered too
    mask.mask_len = sizeof bits;
    mask.mask = bits;
    XISelectEvents(display, xwindow, &mask, 1);
    XSync(display, False);
    auto screen = std::unique_ptr<TouchScreen>(new TouchScreen());
    screen->impl_ = std::make_unique<Impl>();
    screen->impl_->display = display;
    screen->impl_->xiOpcode = opcode;
    screen->devices_ = countTouchDevices(display);
    return screen;
}

TouchScreen::~TouchScreen() {
    if (impl_ && impl_->display) XCloseDisplay(impl_->display);
}

int TouchScreen::fd() const { return ConnectionNumber(impl_->display); }

bool TouchScreen::pending() const { return XPending(impl_->display) > 0; }

void TouchScreen::read(input::ContactEvents& out, double now) {
    Display* d = impl_->display;
    while (XPending(d) > 0) {
        XEvent ev;
        XNextEvent(d, &ev);
        if (ev.xcookie.type != GenericEvent || ev.xcookie.extension != impl_->xiOpcode || !XGetEventData(d, &ev.xcookie)) continue;
        const int type = ev.xcookie.evtype;
        if (type == XI_TouchBegin || type == XI_TouchUpdate || type == XI_TouchEnd) {
            const auto* e = static_cast<const XIDeviceEvent*>(ev.xcookie.data);
            const double server = static_cast<double>(e->time) / 1000.0;
            // The server's clock keeps the spacing of events read in one go (a flick's speed); it is re-anchored to
            // ours when it drifts, wraps or starts.
            if (!impl_->haveOffset || std::fabs(server + impl_->offset - now) > 0.25) {
                impl_->offset = now - server;
                impl_->haveOffset = true;
            }
            input::ContactEvent c;
            // Contact 0 is the mouse; touch ids are the server's, past it.
            c.id = 1 + static_cast<int>(e->detail & 0x3FFFFFFF);
            c.phase = type == XI_TouchBegin ? input::ContactPhase::Down : type == XI_TouchEnd ? input::ContactPhase::Up : input::ContactPhase::Move;
            c.x = static_cast<float>(e->event_x);
            c.y = static_cast<float>(e->event_y);
            c.time = std::min(now, server + impl_->offset);
            if (std::isfinite(c.x) && std::isfinite(c.y)) out.push_back(c);
        }
        XFreeEventData(d, &ev.xcookie);
    }
}

}  // namespace kiosk::platform
