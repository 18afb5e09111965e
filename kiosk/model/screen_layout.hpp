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
};

// Landscape: map above timeline on the left, the reader in a column on the right. Portrait: map, timeline and
// reader stacked. Absurd sizes (0, negative, enormous) are clamped to something drawable.
ScreenLayout layoutScreen(float width, float height);

}  // namespace kiosk::model
