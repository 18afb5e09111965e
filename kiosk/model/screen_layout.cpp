// screen_layout.cpp: pane rectangles per window size.
#include "model/screen_layout.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::model {

ScreenLayout layoutScreen(float width, float height, bool lowReach, float controlHeight, float textFactor) {
    if (!std::isfinite(width) || width < 320) width = 320;
    if (!std::isfinite(height) || height < 320) height = 320;
    width = std::min(width, 16384.0f);
    height = std::min(height, 16384.0f);
    ScreenLayout l;
    l.orientation = height > width ? Orientation::Portrait : Orientation::Landscape;
    // Scale follows the short side, but a wide-and-short window may not scale text past what its width holds.
    l.scale = std::clamp(std::min(std::min(width, height) / 1080.0f, std::max(width, height) / 1920.0f * 1.15f), 0.5f, 4.0f);
    const float gap = std::round(12 * l.scale);
    // Portrait screens are too narrow for the title and the controls on one line: they get two.
    l.lowReach = lowReach;
    const float margin = 18 * l.scale;
    l.controlsInBar = lowReach || l.orientation == Orientation::Portrait;
    const float headerH = std::round(std::max(92 * l.scale, l.controlsInBar ? 0 : controlHeight + 2 * margin));
    const float barH = l.controlsInBar ? std::round(std::max(96 * l.scale, controlHeight + 2 * margin)) : 0;
    l.header = {0, 0, width, headerH};
    l.controls = l.controlsInBar ? Rect{0, height - barH, width, barH} : l.header;
    const float top = headerH + gap;
    const float bodyH = height - top - gap - barH;
    if (l.orientation == Orientation::Landscape) {
        const float readerW = std::round(std::clamp(width * 0.36f, 380.0f * l.scale, 760.0f * l.scale));
        const float leftW = width - readerW - 3 * gap;
        // Low reach: the map gives up a little height so that its foot, where its controls lie, is in the lower half.
        const float largerText = std::clamp((textFactor - 1) / 0.25f, 0.0f, 1.0f);
        const float timelineH = std::round(std::min(bodyH * 0.6f, bodyH * (lowReach ? 0.42f : 0.46f) + largerText * 64 * l.scale));
        l.map = {gap, top, leftW, bodyH - timelineH - gap};
        l.timeline = {gap, l.map.bottom() + gap, leftW, timelineH};
        l.reader = {l.map.right() + gap, top, readerW, bodyH};
    } else {
        // The timeline gets a third: its chips wrap onto two rows here, and under them it needs room for at least
        // three lanes, or most events end up counted in badges. The reader scrolls; the map keeps a quarter.
        const float w = width - 2 * gap;
        // Low reach: the reader's buttons, a primary control high with the reader's padding (16 design pixels)
        // above and below, take a strip of the body above the bar; the panes share the rest in the same proportions.
        const float readerControlsH = lowReach ? std::round(std::max(72 * l.scale, controlHeight) + 2 * 16 * l.scale) : 0;
        const float panesH = lowReach ? bodyH - readerControlsH - gap : bodyH;
        const float mapH = std::round(panesH * 0.25f);
        const float timelineH = std::round(panesH * 0.33f);
        const float readerH = panesH - mapH - timelineH - 2 * gap;
        if (lowReach) {
            l.reader = {gap, top, w, readerH};
            l.map = {gap, l.reader.bottom() + gap, w, mapH};
            l.timeline = {gap, l.map.bottom() + gap, w, timelineH};
            l.readerControls = {gap, l.timeline.bottom() + gap, w, readerControlsH};
        } else {
            l.map = {gap, top, w, mapH};
            l.timeline = {gap, l.map.bottom() + gap, w, timelineH};
            l.reader = {gap, l.timeline.bottom() + gap, w, readerH};
        }
    }
    return l;
}

Rect attractBand(const ScreenLayout& layout) {
    // The gap under the header belongs to no pane: the band may fill it too, but not reach into the panes.
    const float paneTop = std::min({layout.map.y, layout.timeline.y, layout.reader.y});
    return {0, 0, layout.header.w, std::max(layout.header.h, paneTop - 1)};
}

}  // namespace kiosk::model
