// triangulate_test.cpp: ear clipping of map rings: triangle count, coverage and orientation.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "model/triangulate.hpp"

using namespace kiosk::model;

namespace {

double triangleArea(const std::vector<float>& xy, uint32_t a, uint32_t b, uint32_t c) {
    const double ax = xy[2 * a], ay = xy[2 * a + 1], bx = xy[2 * b], by = xy[2 * b + 1], cx = xy[2 * c], cy = xy[2 * c + 1];
    return ((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / 2;
}

bool insidePolygon(const std::vector<float>& xy, double px, double py) {
    bool inside = false;
    const size_t n = xy.size() / 2;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
        if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

// Checks the triangulation of a simple ring of n distinct points: n-2 triangles that tile the polygon.
void checkTiles(const std::vector<float>& ring, size_t distinctPoints) {
    const auto tris = triangulateRing(ring);
    REQUIRE(tris.size() == (distinctPoints - 2) * 3);
    const double polygonArea = std::fabs(signedArea(ring));
    double total = 0;
    for (size_t t = 0; t < tris.size(); t += 3) {
        for (size_t k = 0; k < 3; ++k) CHECK(tris[t + k] < distinctPoints);
        CHECK(std::set<uint32_t>{tris[t], tris[t + 1], tris[t + 2]}.size() == 3);
        const double area = triangleArea(ring, tris[t], tris[t + 1], tris[t + 2]);
        CHECK(std::fabs(area) > 1e-9);   // no slivers in a simple ring
        CHECK(area > 0);                 // every triangle counter-clockwise, whatever the ring's winding
        total += std::fabs(area);
        // The centroid of every triangle lies inside the polygon (no ear reaches outside a concave corner).
        const double cx = (ring[2 * tris[t]] + ring[2 * tris[t + 1]] + ring[2 * tris[t + 2]]) / 3.0;
        const double cy = (ring[2 * tris[t] + 1] + ring[2 * tris[t + 1] + 1] + ring[2 * tris[t + 2] + 1]) / 3.0;
        CHECK(insidePolygon(ring, cx, cy));
    }
    CHECK(total == Approx(polygonArea));
}

std::vector<float> reversed(const std::vector<float>& xy) {
    std::vector<float> out;
    for (size_t i = xy.size() / 2; i-- > 0;) out.insert(out.end(), {xy[2 * i], xy[2 * i + 1]});
    return out;
}

}  // namespace

TEST_CASE("signedArea is positive counter-clockwise and negative clockwise", "[triangulate]") {
    const std::vector<float> square = {0, 0, 1, 0, 1, 1, 0, 1};
    CHECK(signedArea(square) == Approx(1));
    CHECK(signedArea(reversed(square)) == Approx(-1));
}

TEST_CASE("a square becomes two triangles", "[triangulate]") {
    const std::vector<float> square = {0, 0, 2, 0, 2, 2, 0, 2};
    checkTiles(square, 4);
}

TEST_CASE("a repeated closing point is ignored", "[triangulate]") {
    const std::vector<float> closed = {0, 0, 2, 0, 2, 2, 0, 2, 0, 0};
    const auto tris = triangulateRing(closed);
    CHECK(tris.size() == 6);
    for (uint32_t i : tris) CHECK(i < 4);
}

TEST_CASE("a concave L shape is tiled without covering its notch", "[triangulate]") {
    const std::vector<float> l = {0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2};
    CHECK(signedArea(l) == Approx(3));
    checkTiles(l, 6);
}

TEST_CASE("a clockwise ring is tiled the same way", "[triangulate]") {
    const std::vector<float> l = reversed({0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2});
    CHECK(signedArea(l) == Approx(-3));
    checkTiles(l, 6);
    checkTiles(reversed({0, 0, 4, 0, 4, 3, 0, 3}), 4);
}

TEST_CASE("a comb with several notches and a star are tiled", "[triangulate]") {
    // A comb: teeth pointing up, each notch a reflex pair.
    std::vector<float> comb = {0, 0, 9, 0};
    for (int tooth = 4; tooth >= 0; --tooth) {
        const float x = static_cast<float>(tooth * 2);
        comb.insert(comb.end(), {x + 1, 3, x, 3});
        if (tooth > 0) comb.insert(comb.end(), {x, 1, x - 1, 1});
    }
    checkTiles(comb, comb.size() / 2);

    std::vector<float> star;
    for (int k = 0; k < 10; ++k) {
        const double angle = k * 3.14159265358979 / 5, r = k % 2 ? 1.0 : 3.0;
        star.push_back(static_cast<float>(r * std::cos(angle)));
        star.push_back(static_cast<float>(r * std::sin(angle)));
    }
    checkTiles(star, 10);
    checkTiles(reversed(star), 10);
}

TEST_CASE("degenerate rings terminate", "[triangulate]") {
    CHECK(triangulateRing({}).empty());
    CHECK(triangulateRing({0, 0, 1, 1}).empty());
    CHECK(triangulateRing({0, 0, 1, 1, 0, 0}).empty());  // two points and the closing one
    const auto line = triangulateRing({0, 0, 1, 0, 2, 0, 3, 0});  // collinear
    CHECK(line.size() == 6);
    const auto bowtie = triangulateRing({0, 0, 2, 2, 2, 0, 0, 2});  // self-crossing
    CHECK(bowtie.size() == 6);
    for (uint32_t i : bowtie) CHECK(i < 4);
}
