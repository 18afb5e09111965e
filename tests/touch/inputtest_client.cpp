// inputtest_client.cpp: the inputtest driver's socket protocol, client side.
#include "inputtest_client.hpp"

#include <X11/extensions/XI2.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <xorg/xf86-input-inputtest-protocol.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace kiosk::touchtest {
namespace {

// The driver's touch axes run over the whole screen as 0..0xFFFF (it declares them so); pixels are scaled to it.
constexpr double kAxisMax = 0xFFFF;

void readFully(int fd, void* data, size_t bytes) {
    auto* p = static_cast<char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::read(fd, p, bytes);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error("inputtest: the server closed the socket");
        p += n;
        bytes -= static_cast<size_t>(n);
    }
}

}  // namespace

InputTestClient::InputTestClient(const std::string& path, double timeoutSeconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path) throw std::runtime_error("inputtest: socket path too long: " + path);
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    for (;;) {
        fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd_ >= 0 && ::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0) break;
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
        if (std::chrono::steady_clock::now() > deadline) throw std::runtime_error("inputtest: cannot connect to " + path + ": " + std::strerror(errno));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    xf86ITEventClientVersion hello{};
    hello.header.length = sizeof hello;
    hello.header.type = XF86IT_EVENT_CLIENT_VERSION;
    hello.major = XF86IT_PROTOCOL_VERSION_MAJOR;
    hello.minor = XF86IT_PROTOCOL_VERSION_MINOR;
    send(&hello, sizeof hello);
    xf86ITResponseServerVersion version{};
    readFully(fd_, &version, sizeof version);
    if (version.header.type != XF86IT_RESPONSE_SERVER_VERSION) throw std::runtime_error("inputtest: unexpected answer to the version");
}

InputTestClient::~InputTestClient() {
    if (fd_ >= 0) ::close(fd_);
}

void InputTestClient::setScreen(int width, int height) {
    width_ = width;
    height_ = height;
}

void InputTestClient::send(const void* data, size_t bytes) {
    const auto* p = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::write(fd_, p, bytes);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error("inputtest: write failed");
        p += n;
        bytes -= static_cast<size_t>(n);
    }
}

void InputTestClient::touch(int id, int type, double x, double y) {
    xf86ITEventTouch e{};
    e.header.length = sizeof e;
    e.header.type = XF86IT_EVENT_TOUCH;
    e.touchid = static_cast<uint32_t>(id);
    e.touch_type = static_cast<uint32_t>(type);
    e.valuators.mask[0] = 0x3;  // axes 0 and 1: position x and y
    e.valuators.valuators[0] = x / (width_ - 1) * kAxisMax;
    e.valuators.valuators[1] = y / (height_ - 1) * kAxisMax;
    send(&e, sizeof e);
}

void InputTestClient::touchBegin(int id, double x, double y) { touch(id, XI_TouchBegin, x, y); }
void InputTestClient::touchMove(int id, double x, double y) { touch(id, XI_TouchUpdate, x, y); }
void InputTestClient::touchEnd(int id, double x, double y) { touch(id, XI_TouchEnd, x, y); }

void InputTestClient::key(int keycode, bool press) {
    xf86ITEventKey e{};
    e.header.length = sizeof e;
    e.header.type = XF86IT_EVENT_KEY;
    e.key_code = keycode;
    e.is_press = press ? 1 : 0;
    send(&e, sizeof e);
}

void InputTestClient::sync() {
    xf86ITEventWaitForSync e{};
    e.header.length = sizeof e;
    e.header.type = XF86IT_EVENT_WAIT_FOR_SYNC;
    send(&e, sizeof e);
    xf86ITResponseSyncFinished done{};
    readFully(fd_, &done, sizeof done);
    if (done.header.type != XF86IT_RESPONSE_SYNC_FINISHED) throw std::runtime_error("inputtest: unexpected answer to sync");
}

}  // namespace kiosk::touchtest
