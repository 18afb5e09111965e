// screen_layout.hpp: where the header and the three panes go, chosen from the window's size and shape.
#pragma once

namespace kiosk::model {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
};

enum class Orientation { Landscape, Portrait };

struct ScreenLayout {
    Orientation orientation = Orientation::Landscape;
    float scale = 1;  // 1.0 at 1080 pixels on the short side; every size in the UI is multiplied by it
    Rect header, map, timeline, reader;
    Rect controls;          // where the visitor's controls go: in the header, or a bar at the bottom
    // The reader's own buttons (Earlier and Later, Back, Close...) when they are not at the reader's foot (h = 0):
    // in low-reach portrait the reader is at the top, out of reach, and its buttons a strip above the control bar.
    Rect readerControls;
    bool controlsInBar = false;  // the controls sit in a bar at the bottom (portrait, or low reach), not the header
    bool lowReach = false;
};

// Landscape: map above timeline on the left, the reader in a column on the right. Portrait: map, timeline and
// reader stacked, and the visitor's controls (Search, Start over...) in a bar at the bottom: the top of a tall
// portrait panel is out of many visitors' reach. Absurd sizes (0, negative, enormous) are clamped to something
// drawable.
// `lowReach` moves every control into the lower part of the screen, for wheelchair users and children: the header
// keeps only the title, the controls sit in a bar at the bottom, and in portrait the reader (read, not reached)
// goes to the top, the map and the timeline (with its theme chips and the on-screen keyboard) below it, and the
// reader's own buttons leave its foot for a strip just above the control bar.
// `controlHeight` is the height of the primary controls in pixels (they are sized in millimetres, which the layout
// does not know): the header and the control bar grow to hold them.
// `textFactor` is how much larger than Normal the visitor's interface text is (1.25 at Large): a landscape timeline
// grows by about one lane's height at Large, since its eras, arc, status line and axis grow with the words and
// would otherwise take the room of a lane.
ScreenLayout layoutScreen(float width, float height, bool lowReach = false, float controlHeight = 0, float textFactor = 1);

// Where the tour's "Touch anywhere to explore" band goes: over the header (the title, and the controls, which the
// touch that wakes the exhibit does not act on), so that it never covers what the tour shows, the event on the
// map, its stop on the timeline or the foot of the reader.
Rect attractBand(const ScreenLayout& layout);

}  // namespace kiosk::model
