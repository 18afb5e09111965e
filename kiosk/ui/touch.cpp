// touch.cpp: gesture recognition and touch-safe buttons.
#include "ui/touch.hpp"

#include <cmath>

#include "ui/text_draw.hpp"
#include "ui/theme.hpp"

namespace kiosk::ui {

Gesture GestureTracker::update(bool captured, const PointerSample& s) {
    Gesture g;
    g.x = s.x;
    g.y = s.y;
    if (!captured) {
        active_ = false;
        return g;
    }
    if (!active_) {
        if (!s.down) return g;
        active_ = true;
        dragged_ = false;
        cancelled_ = s.cancelled;
        startX_ = lastX_ = s.x;
        startY_ = lastY_ = s.y;
        startTime_ = lastTime_ = s.time;
        vx_ = vy_ = 0;
        g.pressed = true;
        return g;
    }
    cancelled_ = cancelled_ || s.cancelled;
    const float dx = s.x - lastX_, dy = s.y - lastY_;
    const double dt = s.time - lastTime_;
    if (!dragged_ && std::hypot(s.x - startX_, s.y - startY_) > slop_) {
        dragged_ = true;
        // The first drag frame moves by everything since the press, so the content stays under the finger.
        g.dragging = true;
        g.dx = s.x - startX_;
        g.dy = s.y - startY_;
    } else if (dragged_) {
        g.dragging = true;
        g.dx = dx;
        g.dy = dy;
    }
    if (dt > 1e-4) {
        // Smoothed velocity of the last movements: a flick is judged by its end, not its start.
        const float a = 0.5f;
        vx_ = a * static_cast<float>(dx / dt) + (1 - a) * vx_;
        vy_ = a * static_cast<float>(dy / dt) + (1 - a) * vy_;
    }
    lastX_ = s.x;
    lastY_ = s.y;
    if (dt > 0) lastTime_ = s.time;
    if (!s.down) {
        active_ = false;
        g.released = true;
        if (dragged_) {
            g.vx = vx_;
            g.vy = vy_;
        } else if (!cancelled_) {
            g.tapped = true;
            if (s.time - lastTapTime_ < 0.4 && std::hypot(s.x - lastTapX_, s.y - lastTapY_) < slop_ * 3) {
                g.doubleTapped = true;
                lastTapTime_ = -10;
            } else {
                lastTapTime_ = s.time;
                lastTapX_ = s.x;
                lastTapY_ = s.y;
            }
        }
    }
    return g;
}

bool tapButton(const char* label, const ImVec2& size, bool selected) {
    if (selected) {
        const Palette& p = defaultPalette();
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.accent));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accentText));
    }
    // ImGui fires on release over the button; reject releases that ended a drag (a scroll that began on a button).
    // A caption ImGui cannot draw right (Urdu) is drawn by the text layer over a captionless button of the same id.
    bool released;
    if (takesTextLayer(label)) {
        const ImVec2 caption = textSize(label, true), pad = ImGui::GetStyle().FramePadding;
        const ImVec2 box{size.x > 0 ? size.x : caption.x + 2 * pad.x, size.y > 0 ? size.y : caption.y + 2 * pad.y};
        released = ImGui::Button(("##" + std::string(label)).c_str(), box);
        drawButtonCaption(ImGui::GetWindowDrawList(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetColorU32(ImGuiCol_Text), label);
    } else {
        released = ImGui::Button(label, size);
    }
    if (auto* registry = static_cast<ButtonRegistry*>(ImGui::GetIO().UserData)) {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        // Only what is actually visible: buttons scrolled out of the reader are clipped away.
        const ImVec4 clip = ImGui::GetWindowDrawList()->_ClipRectStack.back();
        if (b.y > clip.y && a.y < clip.w && b.x > clip.x && a.x < clip.z) {
            // The visible part of the label: ImGui ids follow "##".
            const std::string_view full(label);
            const size_t hashes = full.find("##");
            const std::string shown(full.substr(0, hashes == std::string_view::npos ? full.size() : hashes));
            // Half scrolled out of the reader, only the visible part can be touched: record that part.
            const ImVec2 va{std::max(a.x, clip.x), std::max(a.y, clip.y)}, vb{std::min(b.x, clip.z), std::min(b.y, clip.w)};
            const bool hidden = va.x > a.x || va.y > a.y || vb.x < b.x || vb.y < b.y;
            const std::string id(hashes == std::string_view::npos ? std::string_view() : full.substr(hashes + 2));
            registry->entries.push_back(
                {shown.empty() ? std::string(full) : shown, (va.x + vb.x) / 2, (va.y + vb.y) / 2, vb.x - va.x, vb.y - va.y, hidden, id});
        }
    }
    const float slop = ImGui::GetIO().MouseDragThreshold * 2;
    const bool fired = released && ImGui::GetIO().MouseDragMaxDistanceSqr[0] <= slop * slop && !pressCancelled();
    if (selected) ImGui::PopStyleColor(3);
    return fired;
}

bool pressCancelled() {
    const auto* registry = static_cast<const ButtonRegistry*>(ImGui::GetIO().UserData);
    return registry && registry->pressCancelled;
}

Gesture trackLastItem(GestureTracker& tracker, double time) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool captured = ImGui::IsItemActive() || ImGui::IsItemDeactivated();
    return tracker.update(captured, {io.MousePos.x, io.MousePos.y, io.MouseDown[0], time, pressCancelled()});
}

}  // namespace kiosk::ui
