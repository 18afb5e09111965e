// metrics.hpp: every size the UI draws, from one scale factor and the screen's physical size, so that panes contain
// no pixel literals and touch targets keep their size in millimetres on any monitor.
#pragma once
#include <algorithm>

namespace kiosk::ui {

struct Metrics {
    float scale = 1;     // 1.0 at 1080 px on the short side
    float pxPerMm = 0;   // physical density; 0 when unknown (then only the pixel minimums apply)
    // A design pixel at 1080p becomes px(n) on this screen.
    float px(float designPixels) const { return designPixels * scale; }
    float mm(float millimetres) const { return millimetres * pxPerMm; }
    // Every touch target: at least 10 mm, and never under 48 real pixels.
    float touch() const { return std::max({48.0f, px(56), mm(10)}); }
    // Primary controls (the header, previous/next, dialog buttons): at least 15 mm.
    float primaryTouch() const { return std::max({56.0f, px(72), mm(15)}); }
    // Between targets: at least 2 mm.
    float gap() const { return std::max(px(12), mm(2)); }
    float rounding() const { return px(10); }
};

// Pixels per millimetre from a screen's pixel width and its physical width (either unknown: 0).
inline float densityOf(float pixelsWide, float millimetresWide) {
    return pixelsWide > 0 && millimetresWide >= 50 ? pixelsWide / millimetresWide : 0;
}

}  // namespace kiosk::ui
