// mode_machine.hpp: attract -> active -> "still there?" -> reset, on any clock (real or virtual). Pure and tested.
#pragma once
#include "app/view_state.hpp"

namespace kiosk::app {

struct ModeTimings {
    double idleTimeout = 45;     // seconds without a touch on a browsing screen
    double warningSeconds = 10;  // the "Still there?" countdown
    bool attract = true;         // false: reset to the home view and wait there
};

// What the caller must do after an update.
struct ModeChange {
    bool sessionStarted = false;  // a visitor arrived: the first touch after start-up, a reset or Start over
    bool sessionEnded = false;    // the reset ended a visit (a reset of an untouched screen ends none)
    bool warningShown = false;    // active -> still there
    bool warningDismissed = false;
    bool reset = false;           // the countdown ran out: clear everything, back to attract (or home)
    // The touch that woke the kiosk (the tour, "Still there?") only wakes it: this frame belongs to that gesture,
    // from the finger going down to the frame it lifts (where a button would fire), so nothing acts on it.
    bool swallowInput = false;
};

class ModeMachine {
public:
    explicit ModeMachine(ModeTimings timings, double now = 0);
    Mode mode() const { return mode_; }
    // `touched`: a finger went down (or a key) this frame. `timeout`: the idle timeout for what is on screen now
    // (longer while reading). `handDown`: a finger (or the mouse button) is still down at the end of this frame: a
    // waking gesture lasts until it lifts. Call once per frame with a non-decreasing clock.
    ModeChange update(double now, bool touched, double timeout, bool handDown = false);
    // Seconds left in the "Still there?" countdown (0 outside it).
    double warningRemaining(double now) const;
    double idleSeconds(double now) const { return now - lastInput_; }
    // Seconds until the mode changes by itself if nobody touches the screen (the idle timeout or the end of the
    // countdown); infinity in attract mode. An idle loop sleeps no longer than this, so a timeout fires on time.
    double secondsUntilChange(double now, double timeout) const;
    void forceAttract(double now);
    // "Start over": the visit ends here (true when one was in progress) and the next touch starts a new one.
    bool endSession();
    bool visiting() const { return visiting_; }

private:
    ModeTimings t_;
    Mode mode_;
    double lastInput_;
    double warningStart_ = 0;
    // A visit is counted with the tour on or off: it runs from the first touch to the reset or Start over.
    bool visiting_ = false;
    bool waking_ = false;  // the waking gesture's finger is still down
};

// Reading time for a text at about 250 words a minute, never under 60 s: while an article or a long excerpt is
// open, the idle timeout grows to this so that a reader is not thrown out mid-paragraph.
double readingTimeout(int words, double browsingTimeout);

}  // namespace kiosk::app
