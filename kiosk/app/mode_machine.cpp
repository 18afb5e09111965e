// mode_machine.cpp: the unattended kiosk's life cycle.
#include "app/mode_machine.hpp"

#include <algorithm>
#include <limits>

namespace kiosk::app {

ModeMachine::ModeMachine(ModeTimings timings, double now)
    : t_(timings), mode_(timings.attract ? Mode::Attract : Mode::Active), lastInput_(now) {}

ModeChange ModeMachine::update(double now, bool touched, double timeout, bool handDown) {
    ModeChange change;
    if (waking_) {
        // Still the gesture that woke the kiosk: its drag, its release (where a tap fires) do nothing either.
        change.swallowInput = true;
        if (touched) lastInput_ = now;
        if (!handDown) waking_ = false;
        return change;
    }
    if (touched && !visiting_ && mode_ != Mode::Attract) {
        // Without the tour the home view is already active: its first touch starts a visit and also acts.
        visiting_ = true;
        change.sessionStarted = true;
    }
    switch (mode_) {
        case Mode::Attract:
            if (touched) {
                mode_ = Mode::Active;
                lastInput_ = now;
                visiting_ = true;
                change.sessionStarted = true;
                change.swallowInput = true;
                waking_ = handDown;
            }
            break;
        case Mode::Active:
            if (touched) {
                lastInput_ = now;
            } else if (now - lastInput_ >= timeout) {
                mode_ = Mode::StillThere;
                warningStart_ = now;
                change.warningShown = true;
            }
            break;
        case Mode::StillThere:
            if (touched) {
                mode_ = Mode::Active;
                lastInput_ = now;
                change.warningDismissed = true;
                change.swallowInput = true;
                waking_ = handDown;
            } else if (now - warningStart_ >= t_.warningSeconds) {
                change.reset = true;
                change.sessionEnded = visiting_;
                visiting_ = false;
                mode_ = t_.attract ? Mode::Attract : Mode::Active;
                lastInput_ = now;
            }
            break;
    }
    return change;
}

double ModeMachine::warningRemaining(double now) const {
    return mode_ == Mode::StillThere ? std::max(0.0, t_.warningSeconds - (now - warningStart_)) : 0.0;
}

double ModeMachine::secondsUntilChange(double now, double timeout) const {
    switch (mode_) {
        case Mode::Active: return std::max(0.0, lastInput_ + timeout - now);
        case Mode::StillThere: return std::max(0.0, warningStart_ + t_.warningSeconds - now);
        case Mode::Attract: break;
    }
    return std::numeric_limits<double>::infinity();
}

void ModeMachine::forceAttract(double now) {
    mode_ = t_.attract ? Mode::Attract : Mode::Active;
    lastInput_ = now;
    visiting_ = false;
    waking_ = false;
}

bool ModeMachine::endSession() {
    const bool was = visiting_;
    visiting_ = false;
    return was;
}

double readingTimeout(int words, double browsingTimeout) {
    const double reading = words / 250.0 * 60.0;
    return std::max(browsingTimeout, std::max(60.0, reading));
}

}  // namespace kiosk::app
