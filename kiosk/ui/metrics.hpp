// metrics.hpp: every size the UI draws, in units scaled from one factor, so that panes contain no pixel literals.
#pragma once
#include <algorithm>

namespace kiosk::ui {

struct Metrics {
    float scale = 1;  // 1.0 at 1080 px on the short side
    // A design pixel at 1080p becomes px(n) on this screen.
    float px(float designPixels) const { return designPixels * scale; }
    // The smallest touch target: 48 design pixels, and never under 48 real pixels.
    float touch() const { return std::max(48.0f, px(56)); }
    float primaryTouch() const { return std::max(56.0f, px(72)); }
    float gap() const { return px(12); }
    float rounding() const { return px(10); }
};

}  // namespace kiosk::ui
