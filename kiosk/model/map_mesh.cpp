// map_mesh.cpp: culled, pixel-merged country meshes for one map view.
#include "model/map_mesh.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace kiosk::model {
namespace {

constexpr uint32_t kNoVertex = std::numeric_limits<uint32_t>::max();
constexpr uint32_t kMaxPartVertices = 60000;  // under 65,536: a part is addressed with 16-bit indices

struct Box {
    float left, top, right, bottom;
    bool outside(const ScreenPoint& a, const ScreenPoint& b) const {
        return (a.x < left && b.x < left) || (a.x > right && b.x > right) || (a.y < top && b.y < top) || (a.y > bottom && b.y > bottom);
    }
    bool outside(const ScreenPoint& a, const ScreenPoint& b, const ScreenPoint& c) const {
        return (a.x < left && b.x < left && c.x < left) || (a.x > right && b.x > right && c.x > right) ||
               (a.y < top && b.y < top && c.y < top) || (a.y > bottom && b.y > bottom && c.y > bottom);
    }
};

float distance2(const ScreenPoint& a, const ScreenPoint& b) {
    const float dx = a.x - b.x, dy = a.y - b.y;
    return dx * dx + dy * dy;
}

// Appends a strip along points[from, to) (closed: back to points[from]) to `mesh`, opening a new border part when
// the current one would outgrow 16-bit indices. `normals` is scratch space.
void appendStrip(const std::vector<ScreenPoint>& points, size_t from, size_t to, bool closed, float halfWidth, Index shape, MapMesh& mesh,
                 std::vector<ScreenPoint>& normals) {
    const size_t count = to - from;
    if (count < 2) return;
    const uint32_t needed = static_cast<uint32_t>(count * 2);
    if (needed > kMaxPartVertices) {
        // Longer than a part can hold: in pieces that share their end points.
        const size_t step = kMaxPartVertices / 2 - 1;
        for (size_t a = from; a + 1 < to; a += step) appendStrip(points, a, std::min(to, a + step + 1), false, halfWidth, shape, mesh, normals);
        if (closed) {
            std::vector<ScreenPoint> join = {points[to - 1], points[from]};
            appendStrip(join, 0, 2, false, halfWidth, shape, mesh, normals);
        }
        return;
    }
    if (mesh.parts.empty() || mesh.parts.back().kind != MapMesh::Kind::Border || mesh.parts.back().shape != shape ||
        mesh.parts.back().vertexCount + needed > kMaxPartVertices)
        mesh.parts.push_back({shape, MapMesh::Kind::Border, static_cast<uint32_t>(mesh.vertices.size()), 0, static_cast<uint32_t>(mesh.indices.size()), 0});
    MapMesh::Part& part = mesh.parts.back();
    const uint32_t base = part.vertexCount;
    const ScreenPoint* p = points.data() + from;
    // The unit normal of each segment; segment i runs from p[i] to p[i + 1] (the last, when closed, back to p[0]).
    const size_t segments = closed ? count : count - 1;
    normals.resize(segments);
    for (size_t i = 0; i < segments; ++i) {
        const ScreenPoint& a = p[i];
        const ScreenPoint& b = p[i + 1 < count ? i + 1 : 0];
        const float dx = b.x - a.x, dy = b.y - a.y;
        const float length2 = dx * dx + dy * dy;
        const float inv = length2 > 1e-12f ? 1.0f / std::sqrt(length2) : 0.0f;
        normals[i] = {-dy * inv, dx * inv};
    }
    const size_t v0 = mesh.vertices.size();
    mesh.vertices.resize(v0 + needed);
    ScreenPoint* v = mesh.vertices.data() + v0;
    for (size_t i = 0; i < count; ++i) {
        const ScreenPoint& n1 = closed || i > 0 ? normals[(i + segments - 1) % segments] : normals[0];
        const ScreenPoint& n2 = closed || i + 1 < count ? normals[i % segments] : n1;
        // The mitre: the mean of the two normals, lengthened so the strip keeps its width (|n1 + n2| is twice the
        // cosine of half the turn), but never beyond twice the half width: a hairpin would otherwise throw a spike.
        ScreenPoint m{n1.x + n2.x, n1.y + n2.y};
        const float length = std::sqrt(m.x * m.x + m.y * m.y);
        if (length < 1e-3f) m = n1;
        else {
            const float mitre = std::min(2.0f / length, 2.0f) / length;
            m = {m.x * mitre, m.y * mitre};
        }
        v[2 * i] = {p[i].x + m.x * halfWidth, p[i].y + m.y * halfWidth};
        v[2 * i + 1] = {p[i].x - m.x * halfWidth, p[i].y - m.y * halfWidth};
    }
    const size_t i0 = mesh.indices.size();
    mesh.indices.resize(i0 + segments * 6);
    uint16_t* out = mesh.indices.data() + i0;
    for (size_t i = 0; i < segments; ++i) {
        const auto a = static_cast<uint16_t>(base + 2 * i), b = static_cast<uint16_t>(base + 2 * ((i + 1) % count));
        out[0] = a;
        out[1] = static_cast<uint16_t>(a + 1);
        out[2] = static_cast<uint16_t>(b + 1);
        out[3] = a;
        out[4] = static_cast<uint16_t>(b + 1);
        out[5] = b;
        out += 6;
    }
    part.vertexCount += needed;
    part.indexCount += static_cast<uint32_t>(segments * 6);
}

}  // namespace

void buildMapMesh(const std::vector<CountryShape>& shapes, const MapView& view, const MapViewport& vp, const MapMeshOptions& o, MapMesh& out,
                  MapMeshScratch& scratch) {
    std::vector<const CountryShape*> all;
    all.reserve(shapes.size());
    for (const CountryShape& shape : shapes) all.push_back(&shape);
    buildMapMesh(all, view, vp, o, out, scratch);
}

void buildMapMesh(const std::vector<const CountryShape*>& shapes, const MapView& view, const MapViewport& vp, const MapMeshOptions& o,
                  MapMesh& out, MapMeshScratch& scratch) {
    out.clear();
    // project(), unrolled: one scale and one offset for every vertex of the frame.
    const double s = pixelsPerDegree(view, vp);
    const double sx = std::cos(kStandardParallelDeg * std::numbers::pi / 180.0) * s;
    const double ox = vp.left + vp.width / 2.0 - view.centreLon * sx;
    const double oy = vp.top + vp.height / 2.0 + view.centreLat * s;
    const Box fillBox{vp.left - o.marginPx, vp.top - o.marginPx, vp.left + vp.width + o.marginPx, vp.top + vp.height + o.marginPx};
    const float lineMargin = o.marginPx + o.borderWidthPx;
    const Box lineBox{vp.left - lineMargin, vp.top - lineMargin, vp.left + vp.width + lineMargin, vp.top + vp.height + lineMargin};
    const float tol2 = o.tolerancePx * o.tolerancePx;

    for (size_t k = 0; k < shapes.size(); ++k) {
        const CountryShape& shape = *shapes[k];
        const ScreenPoint a{static_cast<float>(ox + shape.minLon * sx), static_cast<float>(oy - shape.maxLat * s)};
        const ScreenPoint b{static_cast<float>(ox + shape.maxLon * sx), static_cast<float>(oy - shape.minLat * s)};
        if (lineBox.outside(a, b)) continue;
        const size_t n = shape.lonLat.size() / 2;
        if (n == 0) continue;
        auto& pos = scratch.projected;
        pos.resize(n);
        for (size_t i = 0; i < n; ++i)
            pos[i] = {static_cast<float>(ox + shape.lonLat[2 * i] * sx), static_cast<float>(oy - shape.lonLat[2 * i + 1] * s)};

        // Merge runs of points within the tolerance of the run's first point, ring by ring.
        auto& rep = scratch.representative;
        rep.resize(n);
        const size_t rings = shape.ringStarts.empty() ? 1 : shape.ringStarts.size();
        for (size_t r = 0; r < rings; ++r) {
            const size_t from = shape.ringStarts.empty() ? 0 : shape.ringStarts[r];
            const size_t to = r + 1 < shape.ringStarts.size() ? shape.ringStarts[r + 1] : n;
            size_t kept = from;
            for (size_t i = from; i < to; ++i) {
                if (i != from && distance2(pos[i], pos[kept]) >= tol2) kept = i;
                rep[i] = static_cast<uint32_t>(kept);
            }
        }
        // Points before the first ring start (none in valid data) stand for themselves.
        if (!shape.ringStarts.empty())
            for (size_t i = 0; i < std::min<size_t>(shape.ringStarts.front(), n); ++i) rep[i] = static_cast<uint32_t>(i);

        // Fill: the triangles that still have an area and touch the viewport, and the vertices they use (a merged
        // country's triangles use only its members' rings, before its outline).
        const size_t fillVertices = shape.firstOutlineRing > 0 && shape.firstOutlineRing < shape.ringStarts.size()
                                        ? shape.ringStarts[shape.firstOutlineRing] : n;
        if (!shape.triangles.empty() && fillVertices < kMaxPartVertices) {
            auto& emitted = scratch.emitted;
            emitted.assign(fillVertices, kNoVertex);
            MapMesh::Part part{static_cast<Index>(k), MapMesh::Kind::Fill, static_cast<uint32_t>(out.vertices.size()), 0,
                               static_cast<uint32_t>(out.indices.size()), 0};
            // Room for everything; what is not used is given back below.
            out.vertices.resize(part.firstVertex + fillVertices);
            out.indices.resize(part.firstIndex + shape.triangles.size());
            ScreenPoint* vertexOut = out.vertices.data() + part.firstVertex;
            uint16_t* indexOut = out.indices.data() + part.firstIndex;
            const uint32_t* tri = shape.triangles.data();
            for (size_t t = 0; t + 2 < shape.triangles.size(); t += 3) {
                const uint32_t ia = rep[tri[t]], ib = rep[tri[t + 1]], ic = rep[tri[t + 2]];
                if (ia == ib || ib == ic || ia == ic) continue;
                if (fillBox.outside(pos[ia], pos[ib], pos[ic])) continue;
                for (uint32_t v : {ia, ib, ic}) {
                    if (emitted[v] == kNoVertex) {
                        emitted[v] = part.vertexCount;
                        vertexOut[part.vertexCount++] = pos[v];
                    }
                    indexOut[part.indexCount++] = static_cast<uint16_t>(emitted[v]);
                }
            }
            out.vertices.resize(part.firstVertex + part.vertexCount);
            out.indices.resize(part.firstIndex + part.indexCount);
            if (part.indexCount > 0) out.parts.push_back(part);
        }

        // Borders: each ring's kept points, as strips; runs of segments outside the viewport are left out.
        const float halfWidth = o.borderWidthPx / 2;
        auto& ring = scratch.ring;
        for (size_t r = shape.firstOutlineRing; r < rings; ++r) {
            const size_t from = shape.ringStarts.empty() ? 0 : shape.ringStarts[r];
            const size_t to = r + 1 < shape.ringStarts.size() ? shape.ringStarts[r + 1] : n;
            ring.clear();
            for (size_t i = from; i < to; ++i)
                if (rep[i] == i) ring.push_back(pos[i]);
            // The closing point, when it merged with the first, is not repeated.
            while (ring.size() > 1 && distance2(ring.back(), ring.front()) < tol2) ring.pop_back();
            const size_t m = ring.size();
            if (m < 3) continue;
            // Segment i runs from ring[i] to ring[(i + 1) % m].
            size_t firstHidden = m;
            for (size_t i = 0; i < m; ++i)
                if (lineBox.outside(ring[i], ring[(i + 1) % m])) {
                    firstHidden = i;
                    break;
                }
            if (firstHidden == m) {
                appendStrip(ring, 0, m, true, halfWidth, static_cast<Index>(k), out, scratch.normals);
                continue;
            }
            // Walk the segments once around, starting after a hidden one, and draw each visible run.
            auto& run = scratch.run;
            run.clear();
            for (size_t step = 1; step <= m; ++step) {
                const size_t i = (firstHidden + step) % m;
                const bool hidden = lineBox.outside(ring[i], ring[(i + 1) % m]);
                if (!hidden) {
                    if (run.empty()) run.push_back(ring[i]);
                    run.push_back(ring[(i + 1) % m]);
                }
                if ((hidden || step == m) && run.size() >= 2) {
                    appendStrip(run, 0, run.size(), false, halfWidth, static_cast<Index>(k), out, scratch.normals);
                    run.clear();
                } else if (hidden) {
                    run.clear();
                }
            }
        }
    }
}

}  // namespace kiosk::model
