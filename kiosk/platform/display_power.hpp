// display_power.hpp: the monitor's power through X's DPMS extension, on a connection of its own. Off outside opening
// hours (the backlight and the panel rest; nothing burns in overnight), on again at opening or at a touch.
#pragma once
#include <memory>
#include <optional>
#include <string>

namespace kiosk::platform {

class DisplayPower {
public:
    // Connects to $DISPLAY. Without X or without DPMS (Xvfb has none) available() is false and problem() says why;
    // the kiosk then only stops drawing.
    DisplayPower();
    ~DisplayPower();
    DisplayPower(const DisplayPower&) = delete;
    DisplayPower& operator=(const DisplayPower&) = delete;

    bool available() const { return x_ != nullptr; }
    const std::string& problem() const { return problem_; }
    // Forces the monitor off or on. Switching on puts X's own DPMS settings back as they were (for a kiosk,
    // usually off: the screen must not blank during opening hours). Returns whether the server accepted it.
    bool set(bool on);
    // The power level the X server reports now: true on, false standby/suspend/off; nullopt without DPMS.
    std::optional<bool> isOn() const;

private:
    void* x_ = nullptr;  // Display*
    std::string problem_;
    bool wasEnabled_ = false;
    unsigned short standby_ = 0, suspend_ = 0, off_ = 0;
};

}  // namespace kiosk::platform
