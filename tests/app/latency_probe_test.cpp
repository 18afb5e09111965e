// latency_probe_test.cpp: which presented frame an input's latency ends at, and the frame intervals while moving.
#include <catch2/catch.hpp>

#include "app/latency_probe.hpp"

using kiosk::app::LatencyProbe;

TEST_CASE("an input that changes the state is timed to the next frame, built from the reduced state", "[latency]") {
    LatencyProbe p;
    p.inputArrived(1.000);
    p.frameBuilt(true);  // asked for something: drawn before the reducer ran, so it does not show the effect
    p.framePresented(1.040, false);
    CHECK(p.inputToPixelsMs().empty());
    p.frameBuilt(false);
    p.framePresented(1.090, false);
    REQUIRE(p.inputToPixelsMs().size() == 1);
    CHECK(p.inputToPixelsMs()[0] == Approx(90.0));
}

TEST_CASE("an input that asks for nothing is shown by the frame that took it, timed from the earliest", "[latency]") {
    LatencyProbe p;
    p.inputArrived(2.010);
    p.inputArrived(2.000);
    p.frameBuilt(false);
    p.framePresented(2.025, false);
    REQUIRE(p.inputToPixelsMs().size() == 1);
    CHECK(p.inputToPixelsMs()[0] == Approx(25.0));
}

TEST_CASE("frames built but not presented carry their inputs to the next presented frame", "[latency]") {
    LatencyProbe p;
    p.inputArrived(3.0);
    p.frameBuilt(true);
    p.frameBuilt(false);  // shows the effect, but the rasteriser skipped it
    p.frameBuilt(false);
    p.framePresented(3.1, false);
    REQUIRE(p.inputToPixelsMs().size() == 1);
    CHECK(p.inputToPixelsMs()[0] == Approx(100.0));
}

TEST_CASE("frame intervals are counted only between frames that both moved", "[latency]") {
    LatencyProbe p;
    p.framePresented(0.000, true);
    p.framePresented(0.017, true);
    p.framePresented(0.050, true);
    p.framePresented(0.500, false);  // still: the gap before it is no judder
    p.framePresented(0.600, true);
    p.framePresented(0.616, true);
    REQUIRE(p.frameIntervalMs().size() == 3);
    CHECK(p.frameIntervalMs()[0] == Approx(17.0));
    CHECK(p.frameIntervalMs()[1] == Approx(33.0));
    CHECK(p.frameIntervalMs()[2] == Approx(16.0));
    CHECK(p.inputToPixelsMs().empty());
}
