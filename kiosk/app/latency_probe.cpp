// latency_probe.cpp: bookkeeping of inputs waiting for their pixels, and of frame intervals.
#include "app/latency_probe.hpp"

#include <algorithm>

namespace kiosk::app {
namespace {
void keepEarliest(std::optional<double>& into, std::optional<double> t) {
    if (t && (!into || *t < *into)) into = t;
}
}  // namespace

void LatencyProbe::inputArrived(double seconds) { keepEarliest(arriving_, seconds); }

void LatencyProbe::frameBuilt(bool reduced) {
    // Inputs that waited for the reducer are shown by this frame, built from the state it left.
    keepEarliest(showsNow_, showsNext_);
    showsNext_.reset();
    if (reduced) keepEarliest(showsNext_, arriving_);
    else keepEarliest(showsNow_, arriving_);
    arriving_.reset();
}

void LatencyProbe::framePresented(double seconds, bool moving) {
    if (showsNow_) latencies_.push_back(std::max(0.0, (seconds - *showsNow_) * 1000.0));
    showsNow_.reset();
    if (moving) {
        if (lastMovingPresent_) intervals_.push_back((seconds - *lastMovingPresent_) * 1000.0);
        lastMovingPresent_ = seconds;
    } else {
        lastMovingPresent_.reset();
    }
}

}  // namespace kiosk::app
