// service_notify.cpp: datagrams to $NOTIFY_SOCKET (a path, or '@name' for the abstract namespace).
#include "app/service_notify.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace kiosk::app {

ServiceNotifier::ServiceNotifier() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    if (!socket || !*socket) return;
    open(socket);
    const char* usec = std::getenv("WATCHDOG_USEC");
    const char* pid = std::getenv("WATCHDOG_PID");
    // WATCHDOG_PID names the process the watchdog is meant for; a child that inherited the variables must not ping.
    const bool forUs = !pid || !*pid || std::strtoll(pid, nullptr, 10) == static_cast<long long>(getpid());
    if (usec && forUs) {
        const long long us = std::strtoll(usec, nullptr, 10);
        if (us > 0) interval_ = static_cast<double>(us) / 2e6;
    }
}

ServiceNotifier::ServiceNotifier(std::string socket, long long watchdogUsec) {
    if (!socket.empty()) open(socket);
    if (watchdogUsec > 0) interval_ = static_cast<double>(watchdogUsec) / 2e6;
}

ServiceNotifier::~ServiceNotifier() {
    if (fd_ >= 0) ::close(fd_);
}

void ServiceNotifier::open(const std::string& socket) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    // sd_notify(3): a leading '@' means the abstract namespace, whose names begin with a NUL byte and are not
    // NUL-terminated (the address length says where they end).
    const bool abstract = socket[0] == '@';
    if ((socket[0] != '/' && !abstract) || socket.size() >= sizeof addr.sun_path) return;
    std::memcpy(addr.sun_path, socket.data(), socket.size());
    if (abstract) addr.sun_path[0] = '\0';
    const size_t length = offsetof(sockaddr_un, sun_path) + socket.size() + (abstract ? 0 : 1);
    address_.assign(reinterpret_cast<const char*>(&addr), length);
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
}

bool ServiceNotifier::send(std::string_view message) {
    if (fd_ < 0) return false;
    const ssize_t sent = ::sendto(fd_, message.data(), message.size(), MSG_NOSIGNAL | MSG_DONTWAIT,
                                  reinterpret_cast<const sockaddr*>(address_.data()), static_cast<socklen_t>(address_.size()));
    return sent == static_cast<ssize_t>(message.size());
}

void ServiceNotifier::frameDone(double now) {
    if (fd_ < 0) return;
    if (!ready_) {
        // After the first presented frame: systemd then counts the kiosk as started, and a unit ordered after it
        // (or a test) knows the exhibit is on screen.
        ready_ = send("READY=1");
        lastPing_ = now;
        return;
    }
    if (interval_ > 0 && now - lastPing_ >= interval_) {
        send("WATCHDOG=1");
        lastPing_ = now;
    }
}

double ServiceNotifier::secondsUntilPing(double now) const {
    if (fd_ < 0 || interval_ <= 0) return std::numeric_limits<double>::infinity();
    return std::max(0.0, lastPing_ + interval_ - now);
}

void ServiceNotifier::status(std::string_view text) { send("STATUS=" + std::string(text)); }

void ServiceNotifier::stopping() { send("STOPPING=1"); }

}  // namespace kiosk::app
