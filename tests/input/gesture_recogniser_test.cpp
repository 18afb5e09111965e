// gesture_recogniser_test.cpp: the gesture recogniser on synthetic contact streams: taps, long presses, drags,
// flicks, pinches, many fingers, two visitors, and streams no real device should send.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "input/gesture_recogniser.hpp"

using namespace kiosk::input;
using Kind = RecognisedGesture::Kind;

namespace {

ContactEvent down(int id, float x, float y, double t, int region = 0) { return {id, ContactPhase::Down, x, y, t, region}; }
ContactEvent move(int id, float x, float y, double t) { return {id, ContactPhase::Move, x, y, t, 0}; }
ContactEvent up(int id, float x, float y, double t) { return {id, ContactPhase::Up, x, y, t, 0}; }

int count(const GestureFrame& f, Kind kind) {
    int n = 0;
    for (const auto& g : f.gestures) n += g.kind == kind;
    return n;
}

// Runs frames at 60 Hz from `t` until the queue is empty, collecting every gesture.
struct Run {
    std::vector<GestureFrame> frames;
    int total(Kind kind) const {
        int n = 0;
        for (const auto& f : frames) n += count(f, kind);
        return n;
    }
    double pinchProduct() const {
        double p = 1;
        for (const auto& f : frames)
            if (f.pinching) p *= f.pinchScale;
        return p;
    }
    bool anyCancelled() const {
        for (const auto& f : frames)
            if (f.pressCancelled) return true;
        return false;
    }
};
Run drain(GestureRecogniser& r, double& t) {
    Run run;
    do {
        t += 1.0 / 60;
        run.frames.push_back(r.nextFrame(t));
    } while (r.pending());
    return run;
}

}  // namespace

TEST_CASE("gesture: a tap that begins and ends between two frames is seen pressed for one frame", "[gesture]") {
    GestureRecogniser r;
    r.feed(down(1, 100, 200, 0.001));
    r.feed(up(1, 100, 200, 0.010));
    const GestureFrame first = r.nextFrame(1.0 / 60);
    CHECK(first.pointerDown);
    CHECK(first.touched);
    CHECK(first.pointerX == 100);
    CHECK(first.pointerY == 200);
    CHECK(count(first, Kind::Tap) == 0);
    const GestureFrame second = r.nextFrame(2.0 / 60);
    CHECK_FALSE(second.pointerDown);
    CHECK(count(second, Kind::Tap) == 1);
    CHECK_FALSE(second.pressCancelled);
}

TEST_CASE("gesture: two quick taps in one frame become two presses on successive frames", "[gesture]") {
    GestureRecogniser r;
    for (const auto& e : {down(1, 10, 10, 0), up(1, 10, 10, 0.005), down(2, 12, 10, 0.008), up(2, 12, 10, 0.012)}) r.feed(e);
    double t = 0;
    const Run run = drain(r, t);
    REQUIRE(run.frames.size() == 4);
    CHECK(run.frames[0].pointerDown);
    CHECK_FALSE(run.frames[1].pointerDown);
    CHECK(run.frames[2].pointerDown);
    CHECK_FALSE(run.frames[3].pointerDown);
    CHECK(run.total(Kind::Tap) == 2);
}

TEST_CASE("gesture: a finger held still is a long press, not a tap", "[gesture]") {
    GestureRecogniser r;
    r.feed(down(1, 50, 50, 0));
    CHECK(count(r.nextFrame(0.3), Kind::LongPress) == 0);
    CHECK(count(r.nextFrame(0.7), Kind::LongPress) == 1);
    CHECK(count(r.nextFrame(0.9), Kind::LongPress) == 0);  // once
    r.feed(up(1, 50, 50, 1.0));
    CHECK(count(r.nextFrame(1.0), Kind::Tap) == 0);
}

TEST_CASE("gesture: a drag starts past the slop and the pointer follows the finger", "[gesture]") {
    GestureRecogniser r;
    double t = 0;
    r.feed(down(1, 100, 100, t));
    r.feed(move(1, 105, 100, t + 0.01));
    Run run = drain(r, t);
    CHECK(run.total(Kind::DragStart) == 0);
    r.feed(move(1, 140, 100, t + 0.01));
    run = drain(r, t);
    CHECK(run.total(Kind::DragStart) == 1);
    CHECK(run.frames.back().pointerX == 140);
    CHECK(run.frames.back().pointerDown);
}

TEST_CASE("gesture: a fast release after a drag is a flick with its velocity, and a slow one is not", "[gesture]") {
    for (const bool fast : {true, false}) {
        GestureRecogniser r;
        double t = 0;
        r.feed(down(1, 100, 300, t));
        const float step = fast ? 30.0f : 0.5f;  // px per 1/60 s: 1800 px/s or 30 px/s
        float x = 100;
        for (int i = 0; i < 40; ++i) {
            x += step;
            r.feed(move(1, x, 300, t + 1.0 / 60));
            drain(r, t);
        }
        r.feed(up(1, x, 300, t + 1.0 / 60));
        const Run run = drain(r, t);
        INFO("fast: " << fast);
        CHECK(run.total(Kind::Flick) == (fast ? 1 : 0));
        CHECK(run.total(Kind::Tap) == 0);
        if (fast) {
            for (const auto& f : run.frames)
                for (const auto& g : f.gestures)
                    if (g.kind == Kind::Flick) CHECK(g.vx == Approx(1800).epsilon(0.1));
        }
    }
}

TEST_CASE("gesture: two fingers spreading pinch about their centre, press no button and tap nothing", "[gesture]") {
    GestureRecogniser r;
    double t = 0;
    r.feed(down(1, 450, 500, t));
    r.feed(down(2, 550, 500, t + 0.02));
    Run run = drain(r, t);
    CHECK(run.total(Kind::PinchStart) == 1);
    double product = 1;
    for (int i = 1; i <= 20; ++i) {
        const float half = 50.0f + 50.0f * static_cast<float>(i) / 20;  // spread 100 -> 200
        r.feed(move(1, 500 - half, 500, t + 0.001));
        r.feed(move(2, 500 + half, 500, t + 0.002));
        run = drain(r, t);
        product *= run.pinchProduct();
        for (const auto& f : run.frames) {
            CHECK(f.pressCancelled);
            if (f.pinching) {
                CHECK(f.pinchX == Approx(500));
                CHECK(f.pinchY == Approx(500));
            }
        }
    }
    CHECK(product == Approx(2.0).epsilon(0.01));
    r.feed(up(1, 400, 500, t + 0.01));
    r.feed(up(2, 600, 500, t + 0.02));
    run = drain(r, t);
    CHECK(run.total(Kind::Tap) == 0);
    CHECK(run.total(Kind::PinchEnd) == 1);
    CHECK(run.anyCancelled());  // the release frame says so too: no button fires on it
    CHECK_FALSE(run.frames.back().pointerDown);
}

TEST_CASE("gesture: a pinch pans with the fingers' centre in the same motion", "[gesture]") {
    GestureRecogniser r;
    double t = 0;
    r.feed(down(1, 300, 400, t));
    r.feed(down(2, 400, 400, t));
    drain(r, t);
    const float startX = r.nextFrame(t).pointerX;
    // Both move right by 200 while spreading from 100 to 150 apart.
    r.feed(move(1, 475, 400, t + 0.01));
    r.feed(move(2, 625, 400, t + 0.02));
    const Run run = drain(r, t);
    CHECK(run.frames.back().pointerX - startX == Approx(200));
    CHECK(run.pinchProduct() == Approx(1.5));
}

TEST_CASE("gesture: a second finger landing or lifting does not make the pointer jump", "[gesture]") {
    GestureRecogniser r;
    double t = 0;
    r.feed(down(1, 100, 100, t));
    drain(r, t);
    r.feed(down(2, 700, 500, t));  // far away: the centre jumps by (300, 200), the pointer must not
    Run run = drain(r, t);
    CHECK(run.frames.back().pointerX == 100);
    CHECK(run.frames.back().pointerY == 100);
    r.feed(up(1, 100, 100, t));
    run = drain(r, t);
    CHECK(run.frames.back().pointerX == 100);
    CHECK(run.frames.back().pointerDown);  // one finger is still down: the gesture goes on
}

TEST_CASE("gesture: a second finger cancels a pending tap", "[gesture]") {
    GestureRecogniser r;
    double t = 0;
    r.feed(down(1, 200, 200, t + 0.001));
    r.feed(down(2, 260, 200, t + 0.030));
    r.feed(up(2, 260, 200, t + 0.060));
    r.feed(up(1, 200, 200, t + 0.080));
    const Run run = drain(r, t);
    CHECK(run.total(Kind::Tap) == 0);
    CHECK(run.frames.back().pressCancelled);
}

TEST_CASE("gesture: three fingers or a palm act as one drag, never as several taps", "[gesture]") {
    for (const int fingers : {3, 5, 10}) {
        INFO(fingers << " fingers");
        GestureRecogniser r;
        double t = 0;
        for (int i = 0; i < fingers; ++i) r.feed(down(i, 300 + 20.0f * static_cast<float>(i), 400, t + 0.001 * i));
        Run run = drain(r, t);
        CHECK(run.total(Kind::MultiDragStart) == 1);
        const float x0 = run.frames.back().pointerX;
        for (int step = 1; step <= 10; ++step) {
            for (int i = 0; i < fingers; ++i) r.feed(move(i, 300 + 20.0f * static_cast<float>(i) + 10.0f * static_cast<float>(step), 400, t + 0.001 * i));
            run = drain(r, t);
            for (const auto& f : run.frames) CHECK_FALSE(f.pinching);
        }
        CHECK(run.frames.back().pointerX - x0 == Approx(100));
        for (int i = 0; i < fingers; ++i) r.feed(up(i, 400 + 20.0f * static_cast<float>(i), 400, t + 0.001 * i));
        run = drain(r, t);
        CHECK(run.total(Kind::Tap) == 0);
        CHECK_FALSE(run.frames.back().pointerDown);
    }
    // Ten fingers down and up inside one frame: one press at most, no tap.
    GestureRecogniser r;
    double t = 0;
    for (int i = 0; i < 10; ++i) r.feed(down(i, 100.0f * static_cast<float>(i), 300, 0.0001 * i));
    for (int i = 0; i < 10; ++i) r.feed(up(i, 100.0f * static_cast<float>(i), 300, 0.002 + 0.0001 * i));
    const Run run = drain(r, t);
    int presses = 0;
    bool wasDown = false;
    for (const auto& f : run.frames) {
        presses += f.pointerDown && !wasDown;
        wasDown = f.pointerDown;
    }
    CHECK(presses == 1);
    CHECK(run.total(Kind::Tap) == 0);
}

TEST_CASE("gesture: one or two fingers scroll alike", "[gesture]") {
    for (const int fingers : {1, 2}) {
        GestureRecogniser r;
        double t = 0;
        for (int i = 0; i < fingers; ++i) r.feed(down(i, 500 + 80.0f * static_cast<float>(i), 600, t));
        drain(r, t);
        for (int step = 1; step <= 10; ++step) {
            for (int i = 0; i < fingers; ++i) r.feed(move(i, 500 + 80.0f * static_cast<float>(i), 600 - 30.0f * static_cast<float>(step), t));
            drain(r, t);
        }
        const GestureFrame f = r.nextFrame(t + 0.02);
        INFO(fingers << " fingers");
        CHECK(f.pointerY == Approx(300));
        CHECK(f.pointerX == 500);
    }
}

TEST_CASE("gesture: a second visitor's finger on another region is not part of the gesture", "[gesture]") {
    GestureRecogniser r;
    double t = 0;
    r.feed(down(1, 300, 300, t, /*region*/ 1));
    drain(r, t);
    r.feed(down(2, 1500, 300, t, /*region*/ 2));
    Run run = drain(r, t);
    CHECK(run.frames.back().touched);  // it still counts as someone being there
    for (int step = 1; step <= 10; ++step) {
        r.feed(move(2, 1500 + 40.0f * static_cast<float>(step), 300, t));
        run = drain(r, t);
        CHECK_FALSE(run.frames.back().pinching);
        CHECK_FALSE(run.frames.back().pressCancelled);
        CHECK(run.frames.back().pointerX == 300);
        CHECK(run.frames.back().region == 1);
    }
    r.feed(up(1, 300, 300, t + 0.01));
    run = drain(r, t);
    CHECK(run.total(Kind::Tap) == 1);  // the first visitor's tap still counts
}

TEST_CASE("gesture: streams no device should send leave it consistent", "[gesture]") {
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> id(0, 12), phase(0, 2);
    std::uniform_real_distribution<float> pos(-5000, 5000);
    GestureRecogniser r;
    double t = 0;
    for (int i = 0; i < 20000; ++i) {
        r.feed({id(rng), static_cast<ContactPhase>(phase(rng)), pos(rng), pos(rng), t, id(rng) % 3});
        if (i % 7 == 0) {
            const GestureFrame f = r.nextFrame(t);
            CHECK(f.fingers <= 13);
            CHECK(std::isfinite(f.pointerX));
            CHECK(std::isfinite(f.pinchScale));
            t += 1.0 / 60;
        }
    }
    for (int i = 0; i <= 12; ++i) r.feed(up(i, 0, 0, t));
    drain(r, t);
    CHECK(r.fingers() == 0);
    CHECK_FALSE(r.nextFrame(t + 1).pointerDown);
}
