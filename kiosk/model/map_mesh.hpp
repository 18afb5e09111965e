// map_mesh.hpp: the countries of the map as screen-space triangles for one view: land fills and border strips,
// holding only what the viewport shows and no detail finer than a pixel. Pure maths; map_pane.cpp colours the
// result and hands it to ImGui (and keeps it while the view is still).
#pragma once
#include <cstdint>
#include <vector>

#include "model/catalog.hpp"
#include "model/map_projection.hpp"

namespace kiosk::model {

struct MapMeshOptions {
    float tolerancePx = 1.0f;  // consecutive outline points closer than this (in pixels) are merged
    float borderWidthPx = 1.2f;
    float marginPx = 2.0f;     // what lies this far outside the viewport is still kept
};

struct MapMesh {
    enum class Kind : uint8_t { Fill, Border };
    // A run of vertices and triangles for one country, small enough for 16-bit indices.
    struct Part {
        Index shape = kNone;  // into the shapes the mesh was built from (the list of them)
        Kind kind = Kind::Fill;
        uint32_t firstVertex = 0, vertexCount = 0;
        uint32_t firstIndex = 0, indexCount = 0;  // indices are relative to the part's first vertex
    };
    std::vector<ScreenPoint> vertices;
    std::vector<uint16_t> indices;
    std::vector<Part> parts;  // in drawing order: each country's fill, then its borders

    void clear() {
        vertices.clear();
        indices.clear();
        parts.clear();
    }
};

// Reusable buffers for buildMapMesh, so that a frame that rebuilds the mesh allocates nothing.
struct MapMeshScratch {
    std::vector<ScreenPoint> projected;
    std::vector<uint32_t> representative, emitted;
    std::vector<ScreenPoint> ring, run, normals;
};

// Projects `shapes` for `view` in `viewport` and writes what is visible into `out` (cleared first):
//  - outline points closer than the tolerance to the previous kept point of their ring are merged into it, for
//    fills and borders alike (so the two stay in register), and triangles that collapse are dropped;
//  - triangles and border segments wholly outside the viewport are dropped, and so are the vertices only they use;
//  - borders become strips of two vertices per point, mitred at the joints.
// Shapes whose fill needs more than 60,000 vertices (none in Natural Earth) are drawn as borders only. Rings before a
// shape's firstOutlineRing are filled but never outlined (the inner borders of a merged historical country).
void buildMapMesh(const std::vector<const CountryShape*>& shapes, const MapView& view, const MapViewport& viewport,
                  const MapMeshOptions& options, MapMesh& out, MapMeshScratch& scratch);
// The same for every shape of a list (today's countries).
void buildMapMesh(const std::vector<CountryShape>& shapes, const MapView& view, const MapViewport& viewport, const MapMeshOptions& options,
                  MapMesh& out, MapMeshScratch& scratch);

}  // namespace kiosk::model
