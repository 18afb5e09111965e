// instance_lock.hpp: one kiosk per user session: a second instance refuses to start and says why.
#pragma once
#include <string>

namespace kiosk::app {

class InstanceLock {
public:
    // Takes an exclusive lock on $XDG_RUNTIME_DIR/kiosk.lock (or /tmp/kiosk-UID.lock). `holder` names the pid that
    // has it when taking fails.
    bool acquire(std::string* holder);
    void release();  // gives the lock up now (idempotent)
    ~InstanceLock();

private:
    int fd_ = -1;
};

}  // namespace kiosk::app
