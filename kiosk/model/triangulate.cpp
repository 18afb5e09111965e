// triangulate.cpp: O(n^2) ear clipping. Rings at 1:50m have at most a few thousand points, and this runs at
// build time, so simplicity wins over a sweep-line algorithm.
#include "model/triangulate.hpp"

#include <cmath>
#include <cstddef>

namespace kiosk::model {
namespace {

struct P {
    double x, y;
};

double cross(const P& a, const P& b, const P& c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); }

bool insideTriangle(const P& p, const P& a, const P& b, const P& c) {
    // Strictly inside or on an edge of the counter-clockwise triangle abc.
    return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

}  // namespace

double signedArea(const std::vector<float>& xy) {
    const size_t n = xy.size() / 2;
    double area = 0;
    for (size_t i = 0; i < n; ++i) {
        const size_t j = (i + 1) % n;
        area += static_cast<double>(xy[2 * i]) * xy[2 * j + 1] - static_cast<double>(xy[2 * j]) * xy[2 * i + 1];
    }
    return area / 2;
}

std::vector<uint32_t> triangulateRing(const std::vector<float>& xy) {
    std::vector<uint32_t> out;
    size_t n = xy.size() / 2;
    if (n >= 2 && xy[0] == xy[2 * (n - 1)] && xy[1] == xy[2 * (n - 1) + 1]) --n;  // drop the closing point
    if (n < 3) return out;
    std::vector<P> pts(n);
    for (size_t i = 0; i < n; ++i) pts[i] = {xy[2 * i], xy[2 * i + 1]};
    std::vector<uint32_t> ring(n);
    const bool ccw = signedArea(xy) >= 0;
    for (size_t i = 0; i < n; ++i) ring[i] = static_cast<uint32_t>(ccw ? i : n - 1 - i);
    out.reserve((n - 2) * 3);

    size_t guard = 0;  // counts consecutive vertices that were not ears
    size_t i = 0;
    while (ring.size() > 3) {
        const size_t m = ring.size();
        const uint32_t ia = ring[(i + m - 1) % m], ib = ring[i % m], ic = ring[(i + 1) % m];
        const P &a = pts[ia], &b = pts[ib], &c = pts[ic];
        bool ear = cross(a, b, c) > 0;
        if (ear) {
            for (size_t k = 0; k < m && ear; ++k) {
                const uint32_t ik = ring[k];
                if (ik == ia || ik == ib || ik == ic) continue;
                const P& p = pts[ik];
                if ((p.x == a.x && p.y == a.y) || (p.x == b.x && p.y == b.y) || (p.x == c.x && p.y == c.y)) continue;
                if (insideTriangle(p, a, b, c)) ear = false;
            }
        }
        // A ring with no ear left is degenerate; clipping the current vertex anyway guarantees termination.
        if (ear || guard > m) {
            out.insert(out.end(), {ia, ib, ic});
            ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(i % m));
            guard = 0;
            if (i >= ring.size()) i = 0;
        } else {
            ++guard;
            i = (i + 1) % m;
        }
    }
    out.insert(out.end(), {ring[0], ring[1], ring[2]});
    return out;
}

}  // namespace kiosk::model
