// damage.cpp: per-command fingerprints of ImGui draw data, their differences as rectangles, and rectangle merging.
#include "platform/damage.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>

namespace kiosk::platform {
namespace {

// A 64-bit fingerprint, eight bytes at a time.
class Hash {
public:
    void add(const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (; bytes >= 8; bytes -= 8, p += 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            mix(w);
        }
        uint64_t tail = 0;
        std::memcpy(&tail, p, bytes);
        mix(tail ^ (static_cast<uint64_t>(bytes) << 56));
    }
    template <typename T>
    void value(const T& v) { add(&v, sizeof v); }
    uint64_t get() const { return h_ ^ (h_ >> 29); }

private:
    void mix(uint64_t w) {
        h_ = (h_ ^ w) * 0x9E3779B97F4A7C15ull;
        h_ = (h_ << 31) | (h_ >> 33);
    }
    uint64_t h_ = 0xCBF29CE484222325ull;
};

}  // namespace

PixelRect PixelRect::intersection(const PixelRect& o) const {
    return {std::max(x0, o.x0), std::max(y0, o.y0), std::min(x1, o.x1), std::min(y1, o.y1)};
}

PixelRect PixelRect::united(const PixelRect& o) const {
    if (empty()) return o;
    if (o.empty()) return *this;
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
}

PixelRect scissorPixels(const ImVec4& clip, float offsetX, float offsetY, int fbWidth, int fbHeight) {
    // Exactly imgui_impl_opengl3.cpp (1.86): clip_min/max in framebuffer space (scale 1), skipped when empty, then
    // glScissor((int)min.x, (int)(fb_height - max.y), (int)(max.x - min.x), (int)(max.y - min.y)) in GL's
    // bottom-up rows.
    const float minX = clip.x - offsetX, minY = clip.y - offsetY, maxX = clip.z - offsetX, maxY = clip.w - offsetY;
    if (maxX <= minX || maxY <= minY) return {};
    const int x = static_cast<int>(minX);
    const int glY = static_cast<int>(static_cast<float>(fbHeight) - maxY);
    const int w = static_cast<int>(maxX - minX);
    const int h = static_cast<int>(maxY - minY);
    const PixelRect scissor{x, fbHeight - glY - h, x + w, fbHeight - glY};
    return scissor.intersection({0, 0, fbWidth, fbHeight});
}

void mergeOverlapping(std::vector<PixelRect>& rects) {
    rects.erase(std::remove_if(rects.begin(), rects.end(), [](const PixelRect& r) { return r.empty(); }), rects.end());
    std::sort(rects.begin(), rects.end(), [](const PixelRect& a, const PixelRect& b) { return std::tie(a.y0, a.x0, a.y1, a.x1) < std::tie(b.y0, b.x0, b.y1, b.x1); });
    rects.erase(std::unique(rects.begin(), rects.end()), rects.end());
    for (bool merged = true; merged;) {
        merged = false;
        for (size_t i = 0; i < rects.size() && !merged; ++i)
            for (size_t j = i + 1; j < rects.size(); ++j)
                if (rects[i].intersects(rects[j])) {
                    rects[i] = rects[i].united(rects[j]);
                    rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(j));
                    merged = true;
                    break;
                }
    }
}

namespace {

// The pixels a triangle can cover (its vertices' bounding box, a pixel wider each way).
PixelRect triangleBox(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c, float offsetX, float offsetY) {
    const float x0 = std::min({a.pos.x, b.pos.x, c.pos.x}) - offsetX, x1 = std::max({a.pos.x, b.pos.x, c.pos.x}) - offsetX;
    const float y0 = std::min({a.pos.y, b.pos.y, c.pos.y}) - offsetY, y1 = std::max({a.pos.y, b.pos.y, c.pos.y}) - offsetY;
    static constexpr float kFar = 1e8f;  // beyond any framebuffer, and still an int
    auto clampInt = [](float v) { return static_cast<int>(std::clamp(v, -kFar, kFar)); };
    if (!(x0 <= x1 && y0 <= y1)) return {-(1 << 30), -(1 << 30), 1 << 30, 1 << 30};  // NaN: anywhere
    return {clampInt(std::floor(x0)) - 1, clampInt(std::floor(y0)) - 1, clampInt(std::ceil(x1)) + 1, clampInt(std::ceil(y1)) + 1};
}

// Adds `r` to at most four clusters: a command's changed triangles stay a few rectangles, not thousands.
void addToClusters(std::vector<PixelRect>& clusters, const PixelRect& r) {
    for (PixelRect& c : clusters)
        if (c.intersects(r)) {
            c = c.united(r);
            return;
        }
    if (clusters.size() < 4) {
        clusters.push_back(r);
        return;
    }
    PixelRect* best = &clusters[0];
    long long growth = -1;
    for (PixelRect& c : clusters) {
        const long long g = c.united(r).area() - c.area();
        if (growth < 0 || g < growth) {
            growth = g;
            best = &c;
        }
    }
    *best = best->united(r);
}

bool sameVertex(const ImDrawVert& a, const ImDrawVert& b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

void DamageTracker::addChangedTriangles(const Command& before, const Command& after, std::vector<PixelRect>& damage) const {
    std::vector<PixelRect> clusters;
    const ImDrawVert* oldV = lastVertices_.data() + before.vertices;
    const ImDrawVert* newV = nowVertices_.data() + after.vertices;
    const unsigned* idx = nowIndices_.data() + after.indices;  // the same pattern in both frames (it is in the shape)
    for (unsigned t = 0; t + 2 < after.elements; t += 3) {
        const unsigned a = idx[t], b = idx[t + 1], c = idx[t + 2];
        if (sameVertex(oldV[a], newV[a]) && sameVertex(oldV[b], newV[b]) && sameVertex(oldV[c], newV[c])) continue;
        addToClusters(clusters, triangleBox(oldV[a], oldV[b], oldV[c], offsetX_, offsetY_));
        addToClusters(clusters, triangleBox(newV[a], newV[b], newV[c], offsetX_, offsetY_));
    }
    for (const PixelRect& c : clusters) damage.push_back(c.intersection(before.pixels.united(after.pixels)));
}

std::vector<PixelRect> DamageTracker::update(const ImDrawData& data, int fbWidth, int fbHeight) {
    const PixelRect all{0, 0, fbWidth, fbHeight};
    now_.clear();
    nowVertices_.clear();
    nowIndices_.clear();
    offsetX_ = data.DisplayPos.x;
    offsetY_ = data.DisplayPos.y;
    bool understood = data.FramebufferScale.x == 1.0f && data.FramebufferScale.y == 1.0f;
    for (int l = 0; l < data.CmdListsCount && understood; ++l) {
        const ImDrawList* list = data.CmdLists[l];
        for (int c = 0; c < list->CmdBuffer.Size; ++c) {
            const ImDrawCmd& cmd = list->CmdBuffer[c];
            if (cmd.UserCallback) {
                understood = false;
                break;
            }
            if (cmd.ElemCount == 0) continue;
            const PixelRect pixels = scissorPixels(cmd.ClipRect, data.DisplayPos.x, data.DisplayPos.y, fbWidth, fbHeight);
            if (pixels.empty()) continue;
            // The triangles, as the vertices they use (the span ImGui wrote for this command) and the indices
            // relative to it, so the same shapes elsewhere in the buffers fingerprint the same.
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            unsigned lo = 0xFFFFFFFFu, hi = 0;
            for (unsigned i = 0; i < cmd.ElemCount; ++i) {
                lo = std::min<unsigned>(lo, idx[i]);
                hi = std::max<unsigned>(hi, idx[i]);
            }
            Command k;
            k.pixels = pixels;
            k.vertices = static_cast<int>(nowVertices_.size());
            k.indices = static_cast<int>(nowIndices_.size());
            k.elements = cmd.ElemCount;
            Hash h;
            h.value(l);
            h.value(c);
            h.value(cmd.ClipRect);
            h.value(cmd.TextureId);
            h.value(cmd.ElemCount);
            for (unsigned i = 0; i < cmd.ElemCount; ++i) nowIndices_.push_back(idx[i] - lo);
            h.add(nowIndices_.data() + k.indices, static_cast<size_t>(cmd.ElemCount) * sizeof(unsigned));
            k.shape = h.get();
            const ImDrawVert* v = list->VtxBuffer.Data + cmd.VtxOffset + lo;
            const size_t count = static_cast<size_t>(hi - lo + 1);
            nowVertices_.insert(nowVertices_.end(), v, v + count);
            h.add(v, count * sizeof(ImDrawVert));
            k.content = h.get();
            now_.push_back(k);
        }
    }
    std::sort(now_.begin(), now_.end());
    std::vector<PixelRect> damage;
    if (!understood || !known_ || fbWidth != width_ || fbHeight != height_) {
        damage.push_back(all);
    } else {
        // Commands in one frame and not the other (both sorted by shape); commands in both whose vertices changed.
        size_t i = 0, j = 0;
        while (i < last_.size() || j < now_.size()) {
            if (j == now_.size() || (i < last_.size() && last_[i].shape < now_[j].shape)) damage.push_back(last_[i++].pixels);
            else if (i == last_.size() || now_[j].shape < last_[i].shape) damage.push_back(now_[j++].pixels);
            else {
                if (last_[i].content != now_[j].content) addChangedTriangles(last_[i], now_[j], damage);
                ++i, ++j;
            }
        }
        mergeOverlapping(damage);
    }
    std::swap(last_, now_);
    std::swap(lastVertices_, nowVertices_);
    std::swap(lastIndices_, nowIndices_);
    width_ = fbWidth;
    height_ = fbHeight;
    known_ = understood;
    return damage;
}

}  // namespace kiosk::platform
