// service_notify_test.cpp: the notify protocol's wire format and timing, over a real socket (a file path here; the
// e2e test uses the abstract namespace).
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <filesystem>

#include "app/service_notify.hpp"

using kiosk::app::ServiceNotifier;

namespace {
struct PathListener {
    std::string path;
    int fd = -1;
    PathListener() {
        path = (std::filesystem::temp_directory_path() / ("kiosk-notify-" + std::to_string(getpid()))).string();
        std::filesystem::remove(path);
        fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, path.c_str(), sizeof addr.sun_path - 1);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    }
    ~PathListener() {
        ::close(fd);
        std::filesystem::remove(path);
    }
    // What is waiting, without blocking.
    std::vector<std::string> take() {
        std::vector<std::string> got;
        char buffer[512];
        for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0;) got.emplace_back(buffer, static_cast<size_t>(n));
        return got;
    }
};
}  // namespace

TEST_CASE("the first frame says READY=1 and later frames ping at half the watchdog interval", "[app]") {
    PathListener l;
    ServiceNotifier n(l.path, 2'000'000);  // WatchdogSec=2
    REQUIRE(n.enabled());
    CHECK(n.pingInterval() == Approx(1.0));
    n.frameDone(100.0);
    CHECK(l.take() == std::vector<std::string>{"READY=1"});
    n.frameDone(100.5);
    CHECK(l.take().empty());
    CHECK(n.secondsUntilPing(100.5) == Approx(0.5));
    n.frameDone(101.0);
    CHECK(l.take() == std::vector<std::string>{"WATCHDOG=1"});
    n.status("asleep outside opening hours");
    n.stopping();
    CHECK(l.take() == std::vector<std::string>{"STATUS=asleep outside opening hours", "STOPPING=1"});
}

TEST_CASE("without NOTIFY_SOCKET or with a malformed one the notifier stays silent", "[app]") {
    ServiceNotifier none("", 1'000'000);
    CHECK_FALSE(none.enabled());
    CHECK_FALSE(none.send("READY=1"));
    CHECK(std::isinf(none.secondsUntilPing(0)));
    ServiceNotifier relative("relative/path", 0);  // sd_notify accepts only absolute paths and '@' names
    CHECK_FALSE(relative.enabled());
}
