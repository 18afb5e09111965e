// instance_lock.cpp: flock-based single instance; the lock dies with the process, so a crash never leaves it stale.
#include "app/instance_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdlib>

namespace kiosk::app {

bool InstanceLock::acquire(std::string* holder) {
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    const std::string path = runtime && *runtime ? std::string(runtime) + "/kiosk.lock" : "/tmp/kiosk-" + std::to_string(getuid()) + ".lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) return true;  // cannot lock (read-only /tmp?): running is better than refusing
    if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        char buffer[32] = {};
        const ssize_t n = pread(fd_, buffer, sizeof buffer - 1, 0);
        if (holder) *holder = n > 0 ? std::string(buffer, static_cast<size_t>(n)) : "unknown";
        ::close(fd_);
        fd_ = -1;
        return false;
    }
    const std::string pid = std::to_string(getpid());
    if (ftruncate(fd_, 0) == 0 && pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
    }
    return true;
}

void InstanceLock::release() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

InstanceLock::~InstanceLock() { release(); }

}  // namespace kiosk::app
