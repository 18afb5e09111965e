// gesture_recogniser.hpp: turns a stream of contacts into what one visitor's hand means. Pure (no window, no ImGui,
// no clock of its own) and unit-tested on synthetic streams.
//
// One hand at a time: the gesture belongs to the region (pane) its first finger went down in; fingers that land in
// another region, such as a second visitor's on another pane, are ignored until the gesture ends, so neither pane is
// corrupted. Within the gesture:
//   - one finger: tap, long press, drag, flick;
//   - two fingers: a pinch, which zooms about the fingers' centre and pans with it in the same motion;
//   - three or more fingers, or a palm's many contacts: one drag of their centre, never several taps;
//   - a second finger cancels a pending tap, and a press that became a multi-finger gesture presses no button.
// The rest of the kiosk sees one pointer (what ImGui gets): it follows the centre of the fingers without jumping when
// one lands or lifts, so every pane's drag code pans with one, two or five fingers alike.
#pragma once
#include <deque>
#include <map>
#include <vector>

#include "input/contacts.hpp"

namespace kiosk::input {

struct GestureSettings {
    float slopPx = 12;           // movement under this is still a tap
    double longPressSeconds = 0.6;
    double tapMaxSeconds = 0.5;  // held longer, a still finger is a long press, not a tap
    float flickMinSpeed = 80;    // px/s at release for a flick
};

struct RecognisedGesture {
    enum class Kind { Tap, LongPress, DragStart, Flick, PinchStart, PinchEnd, MultiDragStart } kind = Kind::Tap;
    float x = 0, y = 0;      // where (the centre of the fingers)
    float vx = 0, vy = 0;    // Flick: velocity in px/s
    int region = 0;
};

// What one frame of input means.
struct GestureFrame {
    // The single pointer the rest of the kiosk (ImGui) sees this frame.
    float pointerX = -1, pointerY = -1;
    bool pointerDown = false;
    bool pointerValid = false;   // false until the first contact ever
    // The press under way (or released this frame) became a multi-finger gesture: it must press no button and
    // select nothing when it ends.
    bool pressCancelled = false;
    // Two fingers: this frame's change of their spread (1 = none) about their centre; zoom by it.
    bool pinching = false;
    float pinchX = 0, pinchY = 0, pinchScale = 1;
    int region = 0;              // the region the gesture belongs to
    int fingers = 0;             // fingers in the gesture now
    bool touched = false;        // a finger went down this frame (wakes the kiosk, resets idle)
    std::vector<RecognisedGesture> gestures;  // recognised this frame, in order
};

class GestureRecogniser {
public:
    explicit GestureRecogniser(GestureSettings settings = {}) : s_(settings) {}
    void setSlop(float px) { s_.slopPx = px; }

    // Queues events in the order the device sent them.
    void feed(const ContactEvent& event) { queue_.push_back(event); }
    void feed(const ContactEvents& events) { queue_.insert(queue_.end(), events.begin(), events.end()); }
    // Consumes the queued events for one frame at time `now`. A press and its release in the same frame (a quick tap
    // between two frames) are split over two frames, so the pointer is seen down for one frame: ImGui 1.86 has no
    // input queue and would otherwise never see the tap.
    GestureFrame nextFrame(double now);
    bool pending() const { return !queue_.empty(); }
    int fingers() const { return static_cast<int>(fingers_.size()); }

private:
    struct Finger { float x, y; };
    void apply(const ContactEvent& e, GestureFrame& out);
    void rebase();
    void centre(float& x, float& y) const;
    float spread() const;
    GestureSettings s_;
    std::deque<ContactEvent> queue_;
    std::map<int, Finger> fingers_;  // the gesture's fingers by contact id
    int region_ = 0;
    bool active_ = false;
    // The pointer is anchored where it was when the set of fingers last changed, and moves by how far their centre
    // has moved since: no jump when a finger lands or lifts.
    float pointerX_ = -1, pointerY_ = -1, anchorX_ = 0, anchorY_ = 0, baseCX_ = 0, baseCY_ = 0;
    bool pointerValid_ = false;
    float lastSpread_ = 0;
    int maxFingers_ = 0;
    bool dragged_ = false, longPressed_ = false, cancelled_ = false, pinching_ = false;
    float startX_ = 0, startY_ = 0;
    double startTime_ = 0, lastTime_ = 0;
    float vx_ = 0, vy_ = 0, lastX_ = 0, lastY_ = 0;
};

}  // namespace kiosk::input
