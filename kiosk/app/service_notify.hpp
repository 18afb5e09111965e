// service_notify.hpp: the kiosk's side of systemd's notify protocol (sd_notify(3)), without libsystemd: READY=1
// after the first frame, WATCHDOG=1 from the frame loop, STOPPING=1 on the way out. A hung frame loop stops the
// pings, so systemd (WatchdogSec=) restarts a kiosk that is alive but frozen, not only one that died.
#pragma once
#include <string>
#include <string_view>

namespace kiosk::app {

class ServiceNotifier {
public:
    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID from the environment. Without NOTIFY_SOCKET (not started
    // by systemd with Type=notify) every call does nothing.
    ServiceNotifier();
    // For tests: explicit values instead of the environment. `watchdogUsec` 0: no watchdog.
    ServiceNotifier(std::string socket, long long watchdogUsec);
    ~ServiceNotifier();
    ServiceNotifier(const ServiceNotifier&) = delete;
    ServiceNotifier& operator=(const ServiceNotifier&) = delete;

    bool enabled() const { return fd_ >= 0; }
    // Seconds between pings: half of WATCHDOG_USEC, as sd_watchdog_enabled(3) advises; 0 without a watchdog.
    double pingInterval() const { return interval_; }
    // A frame was presented at `now` (monotonic seconds). The first sends READY=1; after that a WATCHDOG=1 goes
    // out whenever a ping interval has passed since the last one.
    void frameDone(double now);
    // Seconds from `now` until the next ping is due (infinity without a watchdog): an idle loop must wake by then.
    double secondsUntilPing(double now) const;
    // STATUS=... shown by `systemctl status`.
    void status(std::string_view text);
    // STOPPING=1: the kiosk is leaving on purpose.
    void stopping();
    // Sends one datagram; returns whether it went. Public for tests of the wire format.
    bool send(std::string_view message);

private:
    void open(const std::string& socket);
    int fd_ = -1;
    std::string address_;  // sockaddr_un bytes, abstract names included
    double interval_ = 0;
    double lastPing_ = -1e300;
    bool ready_ = false;
};

}  // namespace kiosk::app
