#include "app/log_throttle.hpp"

namespace kiosk::app {

LogThrottle::Decision LogThrottle::record(double now) {
    Decision d;
    // A clock that jumps backwards (a new virtual clock, a reset) starts a new window rather than never closing one.
    if (windowStart_ < 0 || now - windowStart_ >= window_ || now < windowStart_) {
        if (suppressed_ > 0) d.suppressed = suppressed_;
        windowStart_ = now;
        logged_ = 0;
        suppressed_ = 0;
    }
    if (logged_ < limit_) {
        ++logged_;
        d.log = true;
    } else {
        ++suppressed_;
    }
    return d;
}

}  // namespace kiosk::app
