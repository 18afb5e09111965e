// damage_test.cpp: which rectangles the partial redraw repaints, from draw data built by hand (no window, no GPU).
#include <catch2/catch.hpp>

#include <imgui.h>

#include "platform/damage.hpp"

using kiosk::platform::DamageTracker;
using kiosk::platform::mergeOverlapping;
using kiosk::platform::PixelRect;
using kiosk::platform::scissorPixels;

namespace {

// A list of axis-aligned quads, one draw command each, clipped to `clip`.
struct Quad {
    ImVec4 clip;
    ImVec2 a, b;
    ImU32 colour = 0xFFFFFFFF;
};

void fill(ImDrawList& list, const std::vector<Quad>& quads) {
    list.CmdBuffer.resize(0);
    list.IdxBuffer.resize(0);
    list.VtxBuffer.resize(0);
    for (const Quad& q : quads) {
        ImDrawCmd cmd;
        cmd.ClipRect = q.clip;
        cmd.VtxOffset = 0;
        cmd.IdxOffset = static_cast<unsigned>(list.IdxBuffer.Size);
        cmd.ElemCount = 6;
        const auto base = static_cast<ImDrawIdx>(list.VtxBuffer.Size);
        for (ImVec2 p : {q.a, ImVec2(q.b.x, q.a.y), q.b, ImVec2(q.a.x, q.b.y)}) list.VtxBuffer.push_back({p, ImVec2(0, 0), q.colour});
        for (int i : {0, 1, 2, 0, 2, 3}) list.IdxBuffer.push_back(static_cast<ImDrawIdx>(base + i));
        list.CmdBuffer.push_back(cmd);
    }
}

ImDrawData dataOf(ImDrawList** lists) {
    ImDrawData d;
    d.Valid = true;
    d.CmdLists = lists;
    d.CmdListsCount = 1;
    d.DisplayPos = ImVec2(0, 0);
    d.DisplaySize = ImVec2(800, 600);
    d.FramebufferScale = ImVec2(1, 1);
    return d;
}

}  // namespace

TEST_CASE("a command's pixels are the backend's scissor, whole pixels, clipped to the framebuffer", "[damage]") {
    CHECK(scissorPixels(ImVec4(10, 20, 110, 70), 0, 0, 800, 600) == PixelRect{10, 20, 110, 70});
    // (int) truncation as the backend does it: x 10.7 -> 10, width (int)(20.2 - 10.7) = 9, so [10, 19).
    CHECK(scissorPixels(ImVec4(10.7f, 0, 20.2f, 10), 0, 0, 800, 600) == PixelRect{10, 0, 19, 10});
    CHECK(scissorPixels(ImVec4(-50, -50, 5000, 5000), 0, 0, 800, 600) == PixelRect{0, 0, 800, 600});
    CHECK(scissorPixels(ImVec4(50, 50, 50, 80), 0, 0, 800, 600).empty());
}

TEST_CASE("overlapping rectangles merge until every pair is disjoint", "[damage]") {
    std::vector<PixelRect> r = {{0, 0, 10, 10}, {5, 5, 20, 20}, {100, 100, 110, 110}, {18, 0, 30, 4}, {100, 100, 110, 110}};
    mergeOverlapping(r);
    REQUIRE(r.size() == 2);
    for (size_t i = 0; i < r.size(); ++i)
        for (size_t j = i + 1; j < r.size(); ++j) CHECK_FALSE(r[i].intersects(r[j]));
    CHECK(r[0] == PixelRect{0, 0, 30, 20});
    CHECK(r[1] == PixelRect{100, 100, 110, 110});
}

TEST_CASE("a command that changed shape damages its whole clip rectangle", "[damage]") {
    ImDrawList list(nullptr);
    const ImVec4 left(0, 0, 400, 600), right(400, 0, 800, 600);
    fill(list, {{left, {10, 10}, {100, 100}}, {right, {410, 10}, {500, 100}}});
    ImDrawList* lists[1] = {&list};
    const ImDrawData d = dataOf(lists);
    DamageTracker t;
    CHECK(t.update(d, 800, 600) == std::vector<PixelRect>{{0, 0, 800, 600}});  // nothing known yet: everything
    CHECK(t.update(d, 800, 600).empty());                                     // the same frame: nothing
    // A new command in the right pane: all of its clip rectangle may change.
    fill(list, {{left, {10, 10}, {100, 100}}, {right, {410, 10}, {500, 100}}, {right, {600, 300}, {700, 400}}});
    CHECK(t.update(d, 800, 600) == std::vector<PixelRect>{{400, 0, 800, 600}});
    CHECK(t.update(d, 640, 480) == std::vector<PixelRect>{{0, 0, 640, 480}});  // a new size: everything
    t.forget();
    CHECK(t.update(d, 640, 480) == std::vector<PixelRect>{{0, 0, 640, 480}});
}

TEST_CASE("a command whose vertices moved or changed colour damages those triangles, old and new places", "[damage]") {
    ImDrawList list(nullptr);
    const ImVec4 left(0, 0, 400, 600), right(400, 0, 800, 600);
    fill(list, {{left, {10, 10}, {100, 100}}, {right, {410, 10}, {500, 100}}});
    ImDrawList* lists[1] = {&list};
    const ImDrawData d = dataOf(lists);
    DamageTracker t;
    t.update(d, 800, 600);
    fill(list, {{left, {10, 10}, {100, 100}}, {right, {420, 10}, {510, 100}}});  // moved 10 px right
    CHECK(t.update(d, 800, 600) == std::vector<PixelRect>{{409, 9, 511, 101}});
    fill(list, {{left, {10, 10}, {100, 100}, 0xFF0000FF}, {right, {420, 10}, {510, 100}}});  // a new colour
    CHECK(t.update(d, 800, 600) == std::vector<PixelRect>{{9, 9, 101, 101}});
    fill(list, {{left, {10, 10}, {100, 100}, 0xFF0000FF}, {right, {420, 10}, {510, 900}}});  // the damage stays in the clip
    CHECK(t.update(d, 800, 600) == std::vector<PixelRect>{{419, 9, 511, 600}});
}
