// shaped_text_cache.hpp: laid-out text kept between frames, so that static
// content is shaped once and a frame only looks it up (shaping Nastaliq costs
// about 30 times Naskh: never per frame). Entries not asked for during the last
// `keepFrames` frames go when the cache is over its capacity.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>

#include "text/text_layout.hpp"

namespace kiosk::text {

class ShapedTextCache {
  public:
    explicit ShapedTextCache(size_t capacity = 4096, uint64_t keepFrames = 120)
        : capacity_(capacity), keepFrames_(keepFrames) {}

    // The wrapped layout of `utf8` (layoutText), shaped on first use.
    const TextBlock& wrapped(const std::string& utf8, const TextStyle& style, float maxWidth);
    // The one-line fitted layout of `utf8` (fitLine), shaped on first use.
    const TextBlock& fitted(const std::string& utf8, const TextStyle& style, float maxWidth);

    // Call once per frame, before drawing: ages entries and evicts stale ones
    // when over capacity.
    void beginFrame();

    size_t size() const { return entries_.size(); }
    uint64_t shapedCount() const { return shaped_; }  // layouts computed (cache misses) since creation

  private:
    struct Entry {
        TextBlock block;
        uint64_t lastUsed = 0;
    };
    const TextBlock& lookup(bool fit, const std::string& utf8, const TextStyle& style, float maxWidth);

    size_t capacity_;
    uint64_t keepFrames_;
    uint64_t frame_ = 0;
    uint64_t shaped_ = 0;
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kiosk::text
