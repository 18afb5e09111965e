// damage.hpp: which pixels of a frame may differ from the last frame drawn, from ImGui's draw data alone (no GL):
// each draw command is fingerprinted (its place in the frame, clip rectangle, texture, triangles and vertices), and
// the clip rectangles of commands that appeared, disappeared or changed are the damage. Pixels outside the damage
// are covered by exactly the same commands in the same order as before, so redrawing only inside it gives the
// same image as redrawing everything.
#pragma once
#include <cstdint>
#include <vector>

#include <imgui.h>

namespace kiosk::platform {

// Framebuffer pixels, rows top-down, half-open: [x0, x1) x [y0, y1).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long long area() const { return empty() ? 0 : static_cast<long long>(x1 - x0) * (y1 - y0); }
    bool intersects(const PixelRect& o) const { return !intersection(o).empty(); }
    PixelRect intersection(const PixelRect& o) const;
    PixelRect united(const PixelRect& o) const;
    bool operator==(const PixelRect&) const = default;
};

// The pixels ImGui 1.86's OpenGL 3 backend lets a command with clip rectangle `clip` touch (its own float-to-int
// conversions of the scissor, then clipped to the framebuffer). Empty when the backend skips the command.
PixelRect scissorPixels(const ImVec4& clip, float offsetX, float offsetY, int fbWidth, int fbHeight);

// Makes `rects` pairwise disjoint by merging those that touch or overlap into their bounding box. Disjoint
// rectangles let each command be drawn once per rectangle without any pixel being drawn twice.
void mergeOverlapping(std::vector<PixelRect>& rects);

class DamageTracker {
public:
    // Compares `data` (drawn into a fbWidth x fbHeight framebuffer) with the frame given to the last update() and
    // returns the disjoint rectangles whose pixels may differ; empty when none may. The whole framebuffer after
    // forget(), a new size, or anything the tracker cannot reason about (draw callbacks, a framebuffer scale).
    std::vector<PixelRect> update(const ImDrawData& data, int fbWidth, int fbHeight);
    // The next update() reports everything (the colour buffer was lost or replaced).
    void forget() { known_ = false; }

private:
    struct Command {
        uint64_t shape;    // its place in the drawing order, clip rectangle, texture and index pattern
        uint64_t content;  // the shape and the vertices
        PixelRect pixels;  // what it may touch
        int vertices = 0;  // where its vertices and relative indices start in this frame's copies
        int indices = 0;
        unsigned elements = 0;
        bool operator<(const Command& o) const { return shape < o.shape; }
    };
    // A command whose shape stayed and whose vertices moved or changed colour: the triangles that changed, old
    // and new places, instead of its whole clip rectangle (a glowing strip, a moving marker).
    void addChangedTriangles(const Command& before, const Command& after, std::vector<PixelRect>& damage) const;
    std::vector<Command> last_, now_;
    std::vector<ImDrawVert> lastVertices_, nowVertices_;
    std::vector<unsigned> lastIndices_, nowIndices_;
    float offsetX_ = 0, offsetY_ = 0;
    int width_ = 0, height_ = 0;
    bool known_ = false;
};

}  // namespace kiosk::platform
