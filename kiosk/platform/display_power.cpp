// display_power.cpp: DPMSForceLevel and friends (libXext).
#include "platform/display_power.hpp"

#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>

namespace kiosk::platform {
namespace {
Display* dpy(void* x) { return static_cast<Display*>(x); }
}  // namespace

DisplayPower::DisplayPower() {
    Display* d = XOpenDisplay(nullptr);
    if (!d) {
        problem_ = "no X display";
        return;
    }
    int event = 0, error = 0;
    if (!DPMSQueryExtension(d, &event, &error) || !DPMSCapable(d)) {
        problem_ = "the X server has no DPMS (display power management)";
        XCloseDisplay(d);
        return;
    }
    CARD16 level = 0;
    BOOL enabled = False;
    DPMSInfo(d, &level, &enabled);
    wasEnabled_ = enabled;
    DPMSGetTimeouts(d, &standby_, &suspend_, &off_);
    x_ = d;
}

DisplayPower::~DisplayPower() {
    if (!x_) return;
    set(true);  // never leave a machine with a dark screen behind
    XCloseDisplay(dpy(x_));
}

bool DisplayPower::set(bool on) {
    if (!x_) return false;
    Display* d = dpy(x_);
    if (on) {
        DPMSForceLevel(d, DPMSModeOn);
        DPMSSetTimeouts(d, standby_, suspend_, off_);
        if (!wasEnabled_) DPMSDisable(d);
    } else {
        // Forcing a level needs DPMS enabled; no timeouts of X's own, so only the kiosk decides when it wakes.
        DPMSEnable(d);
        DPMSSetTimeouts(d, 0, 0, 0);
        DPMSForceLevel(d, DPMSModeOff);
    }
    XSync(d, False);
    const std::optional<bool> now = isOn();
    return now && *now == on;
}

std::optional<bool> DisplayPower::isOn() const {
    if (!x_) return std::nullopt;
    CARD16 level = 0;
    BOOL enabled = False;
    if (!DPMSInfo(dpy(x_), &level, &enabled)) return std::nullopt;
    return !enabled || level == DPMSModeOn;
}

}  // namespace kiosk::platform
