// service_notify_test.cpp: the real kiosk, started as systemd would start a Type=notify service with WatchdogSec=,
// tells a listener on NOTIFY_SOCKET that it is ready, pings the watchdog while its frame loop runs, falls silent
// when the loop is frozen (SIGSTOP: a hung kiosk, which systemd must restart), and says STOPPING=1 on SIGTERM.
#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

double seconds() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

// A datagram socket in the abstract namespace, as systemd's own is ("@/org/freedesktop/systemd1/notify/...").
class NotifyListener {
public:
    explicit NotifyListener(const std::string& name) : name_("@" + name) {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path + 1, name.data(), name.size());
        const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), length) != 0) throw std::runtime_error("cannot bind the notify socket");
    }
    ~NotifyListener() { ::close(fd_); }
    const std::string& address() const { return name_; }
    struct Message { double at; std::string text; };
    // Every datagram that arrives within `forSeconds`, or until one equals `until`.
    std::vector<Message> receive(double forSeconds, const std::string& until = "") {
        std::vector<Message> got;
        const double end = seconds() + forSeconds;
        for (double now = seconds(); now < end; now = seconds()) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>((end - now) * 1000) + 1) <= 0) continue;
            char buffer[4096];
            const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0) continue;
            got.push_back({seconds(), std::string(buffer, static_cast<size_t>(n))});
            if (!until.empty() && got.back().text == until) break;
        }
        return got;
    }

private:
    int fd_ = -1;
    std::string name_;
};

int count(const std::vector<NotifyListener::Message>& messages, const std::string& text) {
    int n = 0;
    for (const auto& m : messages) n += m.text == text;
    return n;
}

}  // namespace

TEST_CASE("under a systemd watchdog the kiosk says READY=1, pings WATCHDOG=1 in time and falls silent when frozen", "[e2e]") {
    NotifyListener listener("kiosk-notify-test-" + std::to_string(getpid()));
    RunOptions o;
    o.realClock = true;
    o.size = "1280x800";
    // WatchdogSec=1: a ping is due every half second, also while the kiosk sleeps between touches.
    o.env = {{"NOTIFY_SOCKET", listener.address()}, {"WATCHDOG_USEC", "1000000"}};
    const KioskProcess kiosk = startKiosk(o);

    const auto startup = listener.receive(30 * slowdown(), "READY=1");
    REQUIRE(count(startup, "READY=1") == 1);

    // Left alone the kiosk idles (no tour in this config), and still pings: gaps stay under WATCHDOG_USEC.
    const auto running = listener.receive(4);
    CHECK(count(running, "WATCHDOG=1") >= 6);
    double worstGap = 0, previous = startup.back().at;
    for (const auto& m : running) {
        if (m.text != "WATCHDOG=1") continue;
        worstGap = std::max(worstGap, m.at - previous);
        previous = m.at;
    }
    INFO("worst gap between pings " << worstGap << " s");
    CHECK(worstGap < 1.0);

    // A frozen frame loop: no more pings, so systemd's watchdog would fire.
    REQUIRE(kill(kiosk.pid, SIGSTOP) == 0);
    listener.receive(0.05);  // anything sent just before the stop
    CHECK(listener.receive(2.5).empty());

    // Thawed, it pings again; asked to stop, it says so.
    REQUIRE(kill(kiosk.pid, SIGCONT) == 0);
    CHECK(count(listener.receive(1.5), "WATCHDOG=1") >= 1);
    REQUIRE(kill(kiosk.pid, SIGTERM) == 0);
    CHECK(count(listener.receive(10 * slowdown(), "STOPPING=1"), "STOPPING=1") == 1);
    const KioskRun run = waitKiosk(kiosk, 20 * slowdown());
    INFO(run.output);
    CHECK(run.exitCode == 0);
}
