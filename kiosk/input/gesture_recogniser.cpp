// gesture_recogniser.cpp: contacts in, one pointer and recognised gestures out (see the header for the rules).
#include "input/gesture_recogniser.hpp"

#include <cmath>

namespace kiosk::input {

void GestureRecogniser::centre(float& x, float& y) const {
    x = y = 0;
    if (fingers_.empty()) return;
    for (const auto& [id, f] : fingers_) {
        x += f.x;
        y += f.y;
    }
    x /= static_cast<float>(fingers_.size());
    y /= static_cast<float>(fingers_.size());
}

float GestureRecogniser::spread() const {
    if (fingers_.size() != 2) return 0;
    const Finger& a = fingers_.begin()->second;
    const Finger& b = std::next(fingers_.begin())->second;
    return std::hypot(a.x - b.x, a.y - b.y);
}

void GestureRecogniser::rebase() {
    anchorX_ = pointerX_;
    anchorY_ = pointerY_;
    centre(baseCX_, baseCY_);
    lastSpread_ = spread();
}

void GestureRecogniser::apply(const ContactEvent& e, GestureFrame& out) {
    auto emit = [&](RecognisedGesture::Kind kind, float vx = 0, float vy = 0) {
        out.gestures.push_back({kind, pointerX_, pointerY_, vx, vy, region_});
    };
    switch (e.phase) {
        case ContactPhase::Hover:
            if (!active_) {
                pointerX_ = e.x;
                pointerY_ = e.y;
                pointerValid_ = true;
            }
            break;
        case ContactPhase::Down: {
            out.touched = true;
            if (fingers_.count(e.id)) break;  // a repeated begin: nothing new
            if (!active_) {
                active_ = true;
                region_ = e.region;
                fingers_[e.id] = {e.x, e.y};
                maxFingers_ = 1;
                dragged_ = longPressed_ = cancelled_ = pinching_ = false;
                pointerX_ = startX_ = lastX_ = e.x;
                pointerY_ = startY_ = lastY_ = e.y;
                pointerValid_ = true;
                startTime_ = lastTime_ = e.time;
                vx_ = vy_ = 0;
                rebase();
                break;
            }
            if (e.region != region_) break;  // another visitor's hand on another pane: not part of this gesture
            fingers_[e.id] = {e.x, e.y};
            maxFingers_ = std::max(maxFingers_, static_cast<int>(fingers_.size()));
            cancelled_ = true;
            if (fingers_.size() == 2) {
                pinching_ = true;
                emit(RecognisedGesture::Kind::PinchStart);
            } else if (fingers_.size() == 3) {
                if (pinching_) emit(RecognisedGesture::Kind::PinchEnd);
                pinching_ = false;
                emit(RecognisedGesture::Kind::MultiDragStart);
            }
            rebase();
            break;
        }
        case ContactPhase::Move:
        case ContactPhase::Up: {
            auto it = fingers_.find(e.id);
            if (it == fingers_.end()) break;  // not part of the gesture
            it->second = {e.x, e.y};
            float cx = 0, cy = 0;
            centre(cx, cy);
            pointerX_ = anchorX_ + (cx - baseCX_);
            pointerY_ = anchorY_ + (cy - baseCY_);
            if (!dragged_ && std::hypot(pointerX_ - startX_, pointerY_ - startY_) > s_.slopPx) {
                dragged_ = true;
                if (maxFingers_ == 1) emit(RecognisedGesture::Kind::DragStart);
            }
            const double dt = e.time - lastTime_;
            const bool still = pointerX_ == lastX_ && pointerY_ == lastY_;
            if (e.phase == ContactPhase::Up && still) {
                // A release reports where the finger already was: it ends a flick at its speed, unless the finger
                // rested before lifting.
                if (dt > 0.05) vx_ = vy_ = 0;
            } else if (dt > 1e-4) {
                // Smoothed velocity of the last movements: a flick is judged by its end, not its start.
                const float a = 0.5f;
                vx_ = a * static_cast<float>((pointerX_ - lastX_) / dt) + (1 - a) * vx_;
                vy_ = a * static_cast<float>((pointerY_ - lastY_) / dt) + (1 - a) * vy_;
                lastTime_ = e.time;
                lastX_ = pointerX_;
                lastY_ = pointerY_;
            }
            if (pinching_ && fingers_.size() == 2) {
                const float s = spread();
                if (lastSpread_ > 0 && s > 0) {
                    out.pinchScale *= s / lastSpread_;
                    out.pinching = true;
                    out.pinchX = cx;
                    out.pinchY = cy;
                }
                lastSpread_ = s;
            }
            if (e.phase == ContactPhase::Move) break;
            fingers_.erase(it);
            if (fingers_.empty()) {
                active_ = false;
                out.pressCancelled = cancelled_;
                if (pinching_) emit(RecognisedGesture::Kind::PinchEnd);
                pinching_ = false;
                if (!cancelled_ && !dragged_ && !longPressed_ && maxFingers_ == 1 && e.time - startTime_ <= s_.tapMaxSeconds)
                    emit(RecognisedGesture::Kind::Tap);
                if (dragged_ && std::hypot(vx_, vy_) > s_.flickMinSpeed) emit(RecognisedGesture::Kind::Flick, vx_, vy_);
                break;
            }
            if (pinching_ && fingers_.size() == 1) {
                emit(RecognisedGesture::Kind::PinchEnd);
                pinching_ = false;
            } else if (fingers_.size() == 2 && !pinching_) {
                pinching_ = true;  // from three fingers back to two: a pinch again
                emit(RecognisedGesture::Kind::PinchStart);
            }
            rebase();
            break;
        }
    }
}

GestureFrame GestureRecogniser::nextFrame(double now) {
    GestureFrame out;
    bool pressChanged = false;
    while (!queue_.empty()) {
        const ContactEvent& e = queue_.front();
        const bool presses = e.phase == ContactPhase::Down && !active_;
        const bool releases = e.phase == ContactPhase::Up && active_ && fingers_.size() == 1 && fingers_.count(e.id);
        // The pointer goes down or up at most once a frame; the rest waits for the next frame.
        if ((presses || releases) && pressChanged) break;
        const ContactEvent event = e;
        queue_.pop_front();
        apply(event, out);
        pressChanged = pressChanged || presses || releases;
    }
    if (active_ && maxFingers_ == 1 && !dragged_ && !longPressed_ && now - startTime_ >= s_.longPressSeconds) {
        longPressed_ = true;
        out.gestures.push_back({RecognisedGesture::Kind::LongPress, pointerX_, pointerY_, 0, 0, region_});
    }
    out.pointerX = pointerX_;
    out.pointerY = pointerY_;
    out.pointerValid = pointerValid_;
    out.pointerDown = active_;
    out.pressCancelled = out.pressCancelled || (active_ && cancelled_);
    out.pinching = out.pinching && pinching_;
    out.region = region_;
    out.fingers = static_cast<int>(fingers_.size());
    return out;
}

}  // namespace kiosk::input
