// inputtest_client.hpp: a test's hand on the X server's touch screen. Speaks the socket protocol of Xorg's
// inputtest input driver (inputtestdrv(4)): touches begin, move and end as if a real touch panel sent them.
#pragma once
#include <string>

namespace kiosk::touchtest {

class InputTestClient {
public:
    // Connects to the driver's socket (retrying while the server starts) and exchanges protocol versions.
    // Throws std::runtime_error when that fails within `timeoutSeconds`.
    explicit InputTestClient(const std::string& socketPath, double timeoutSeconds = 10);
    ~InputTestClient();
    InputTestClient(const InputTestClient&) = delete;
    InputTestClient& operator=(const InputTestClient&) = delete;

    // Screen pixels; the driver's axes are scaled to the screen the client is told about.
    void setScreen(int width, int height);
    void touchBegin(int id, double x, double y);
    void touchMove(int id, double x, double y);
    void touchEnd(int id, double x, double y);
    // A key of the inputtest keyboard (an X keycode: evdev code + 8).
    void key(int keycode, bool press);
    // Returns once the server has processed every event sent so far (XF86IT_EVENT_WAIT_FOR_SYNC).
    void sync();

private:
    void touch(int id, int type, double x, double y);
    void send(const void* data, size_t bytes);
    int fd_ = -1;
    int width_ = 1920, height_ = 1080;
};

}  // namespace kiosk::touchtest
