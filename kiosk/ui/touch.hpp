// touch.hpp: turning the pointer's samples into taps, double-taps, drags and flicks per pane, and the tapButton()
// every control uses. Fingers become that pointer in input/gesture_recogniser, which also recognises pinches.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

namespace kiosk::ui {

struct PointerSample {
    float x = 0, y = 0;
    bool down = false;
    double time = 0;  // seconds, from the frame clock (virtual in scripts)
    bool cancelled = false;  // the press became a multi-finger gesture (input/gesture_recogniser): no tap when it ends
};

struct Gesture {
    bool pressed = false;      // the finger went down this frame
    bool dragging = false;     // moved past the slop; dx, dy hold this frame's movement
    bool tapped = false;       // lifted without dragging
    bool doubleTapped = false; // a tap close in time and place to the previous one
    bool released = false;     // lifted (after a drag: vx, vy hold the flick velocity)
    float x = 0, y = 0, dx = 0, dy = 0, vx = 0, vy = 0;
};

// One per pane, fed with the single pointer the input layer makes of one hand's fingers. Pure: tested without a window.
class GestureTracker {
public:
    explicit GestureTracker(float slopPx = 12) : slop_(slopPx) {}
    void setSlop(float px) { slop_ = px; }
    // `captured` is true while this pane owns the pointer (it was pressed inside it), and on the frame of release.
    Gesture update(bool captured, const PointerSample& sample);
    bool active() const { return active_; }
    void cancel() { active_ = false; }

private:
    float slop_;
    bool active_ = false, dragged_ = false, cancelled_ = false;
    float startX_ = 0, startY_ = 0, lastX_ = 0, lastY_ = 0, vx_ = 0, vy_ = 0;
    double startTime_ = 0, lastTime_ = 0, lastTapTime_ = -10;
    float lastTapX_ = -1e6f, lastTapY_ = -1e6f;
};

// A button that fires on release, and not when the finger slid off or dragged: the kiosk's only button.
// Minimum size is enforced by the caller's Metrics; `selected` draws it in the accent colour.
bool tapButton(const char* label, const ImVec2& size, bool selected = false);

// tapButton() records every button it draws (label, centre, size) into this list when it is installed as
// ImGui::GetIO().UserData, so tests and the state JSON can find and measure every control on screen.
struct ButtonRegistry {
    // The visible part of the button (centre and size); partlyHidden when the reader's scrolling clips it. `id` is
    // the ImGui id after "##" where the label has one: it stays the same in every language, `label` does not.
    struct Entry { std::string label; float x, y, w, h; bool partlyHidden = false; std::string id; };
    std::vector<Entry> entries;
    // Set by the app each frame from the input layer: the press under way (or ending now) became a pinch or a
    // many-finger drag, so no button fires and no pane taps when it ends.
    bool pressCancelled = false;
};
// Whether the app said so this frame (false without a registry installed).
bool pressCancelled();

// Feeds the tracker from the last ImGui item (an InvisibleButton covering the pane).
Gesture trackLastItem(GestureTracker& tracker, double time);

}  // namespace kiosk::ui
