// latency_probe.hpp: what a visitor feels, timed inside the kiosk: from an input reaching the kiosk to the presented
// frame that shows its effect (input-to-pixels), and the interval between presented frames while something moves.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

namespace kiosk::app {

class LatencyProbe {
public:
    // An input (a finger down, moved or up, a key, typed text) reached the kiosk at `seconds` (any one clock, the
    // same as framePresented's). Several inputs before one frame are timed from the earliest.
    void inputArrived(double seconds);
    // The frame that took the inputs so far was built. `reduced`: it asked for something that changes the view
    // state, which the reducer applies after it was drawn, so its effect is first seen in the next frame built.
    void frameBuilt(bool reduced);
    // A frame was presented and finished (after glFinish, so software rasterisation is inside) at `seconds`;
    // `moving`: an animation advanced in it. Frames built but not presented (a virtual clock skipping the
    // rasteriser) carry their waiting inputs on to the next presented frame.
    void framePresented(double seconds, bool moving);

    const std::vector<double>& inputToPixelsMs() const { return latencies_; }
    const std::vector<double>& frameIntervalMs() const { return intervals_; }

private:
    std::optional<double> arriving_;  // inputs not yet taken by a frame
    std::optional<double> showsNow_;  // inputs whose effect the next presented frame shows
    std::optional<double> showsNext_; // inputs whose effect the frame after the next built one shows
    std::optional<double> lastMovingPresent_;
    std::vector<double> latencies_, intervals_;
};

}  // namespace kiosk::app
