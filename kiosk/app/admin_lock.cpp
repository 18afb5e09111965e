// admin_lock.cpp: PIN checking with exponential lock-out, and the corner-hold gesture.
#include "app/admin_lock.hpp"

#include <algorithm>

namespace kiosk::app {

AdminLock::Result AdminLock::key(char k, double now) {
    if (lockedOut(now)) {
        entered_.clear();
        return Result::LockedOut;
    }
    if (k >= '0' && k <= '9') {
        if (entered_.size() < 12) entered_ += k;
        return Result::Pending;
    }
    if (k == 'C') entered_.clear();
    if (k == '<' && !entered_.empty()) entered_.pop_back();
    if (k != '=') return Result::Pending;
    const bool ok = !pin_.empty() && entered_ == pin_;
    entered_.clear();
    if (ok) {
        failures_ = 0;
        return Result::Accepted;
    }
    ++failures_;
    // Three tries, then 30 s, then 60 s, 120 s ... capped at an hour.
    if (failures_ % 3 == 0) {
        const int runs = failures_ / 3;
        lockedUntil_ = now + std::min(3600.0, 30.0 * (1 << std::min(runs - 1, 7)));
        return Result::LockedOut;
    }
    return Result::Rejected;
}

bool CornerHold::update(float x, float y, bool down, double now) {
    const bool inCorner = down && x >= 0 && y >= 0 && x <= corner_ && y <= corner_;
    if (!inCorner) {
        since_ = -1;
        fired_ = false;
        return false;
    }
    if (since_ < 0) since_ = now;
    if (!fired_ && now - since_ >= hold_) {
        fired_ = true;
        return true;
    }
    return false;
}

}  // namespace kiosk::app

namespace kiosk::app {

float CornerHold::progress(double now) const {
    if (since_ < 0 || fired_ || now - since_ < 0.5) return 0;
    return static_cast<float>(std::min(1.0, (now - since_) / hold_));
}

}  // namespace kiosk::app
