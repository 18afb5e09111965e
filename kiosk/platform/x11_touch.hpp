// x11_touch.hpp: every finger on an X touch screen, through XInput 2.2 on a second X connection.
// GLFW 3.3 pins its own connection to XInput 2.0 and drops touch events, so the kiosk opens its own connection,
// asks for XInput 2.2 and selects touch events on GLFW's window: every finger then arrives in window coordinates.
// Once a client selects touch on a window, the X server stops emulating the pointer for it, so touches reach the
// kiosk only through here.
#pragma once
#include <memory>
#include <string>

#include "input/contacts.hpp"

struct GLFWwindow;

namespace kiosk::platform {

class TouchScreen {
public:
    // Null (and *why says so) where the display has no XInput 2.2 or is not X11; the mouse then works as before.
    static std::unique_ptr<TouchScreen> open(GLFWwindow* window, std::string* why);
    ~TouchScreen();
    TouchScreen(const TouchScreen&) = delete;
    TouchScreen& operator=(const TouchScreen&) = delete;

    int fd() const;       // the connection's socket, for an idle wait to wake on
    bool pending() const; // events already read from the socket but not yet taken
    // Appends the touches received since the last call, in order, timed on the caller's clock (`now` is its
    // current reading; the server's timestamps keep the spacing between events).
    void read(input::ContactEvents& out, double now);
    int touchDevices() const { return devices_; }

private:
    TouchScreen() = default;
    struct Impl;
    std::unique_ptr<Impl> impl_;
    int devices_ = 0;
};

}  // namespace kiosk::platform
