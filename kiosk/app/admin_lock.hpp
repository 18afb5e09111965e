// admin_lock.hpp: the staff PIN, entered on an on-screen keypad, with a lock-out that doubles after each run of
// wrong attempts so it cannot be brute-forced at the screen; and the hidden gesture that opens it.
#pragma once
#include <string>

namespace kiosk::app {

class AdminLock {
public:
    // An empty PIN (none set, or refused by the config) is never accepted: there is no fallback value.
    explicit AdminLock(std::string pin) : pin_(std::move(pin)) {}
    enum class Result { Pending, Accepted, Rejected, LockedOut };
    // Handles one keypad key ('0'..'9', 'C' clear, '<' delete, '=' enter) at time `now`.
    Result key(char k, double now);
    int digits() const { return static_cast<int>(entered_.size()); }
    bool lockedOut(double now) const { return now < lockedUntil_; }
    double lockRemaining(double now) const { return lockedOut(now) ? lockedUntil_ - now : 0; }
    void clear() { entered_.clear(); }

private:
    std::string pin_, entered_;
    int failures_ = 0;
    double lockedUntil_ = 0;
};

// Holding one finger in the top-left corner for `holdSeconds` opens the keypad. Pure: fed each frame.
class CornerHold {
public:
    CornerHold(float cornerPx, double holdSeconds) : corner_(cornerPx), hold_(holdSeconds) {}
    void setCorner(float px) { corner_ = px; }
    // True on the frame the hold completes (once per hold).
    bool update(float x, float y, bool down, double now);
    // How far the hold has come, 0..1, for the ring drawn under the finger: 0 for the first half second (an
    // ordinary tap near the corner shows nothing), and 0 again once it has fired or the finger lifted.
    float progress(double now) const;

private:
    float corner_;
    double hold_;
    double since_ = -1;
    bool fired_ = false;
};

}  // namespace kiosk::app
