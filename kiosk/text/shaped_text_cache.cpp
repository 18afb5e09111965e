// shaped_text_cache.cpp: the key spells out everything the layout depends on;
// widths are rounded to whole pixels so a pane that moves by sub-pixels does
// not reshape.
#include "text/shaped_text_cache.hpp"

#include <cmath>

namespace kiosk::text {

namespace {

std::string keyOf(bool fit, const std::string& utf8, const TextStyle& style, float maxWidth) {
    std::string key;
    key.reserve(utf8.size() + 64);
    key += fit ? 'F' : 'W';
    key += std::to_string(reinterpret_cast<uintptr_t>(style.fonts.primary));
    key += ':';
    key += std::to_string(reinterpret_cast<uintptr_t>(style.fonts.arabic));
    key += ':';
    key += std::to_string(std::lround(style.pixelSize * 8.0f));
    key += ':';
    key += std::to_string(std::lround(style.lineGap * 8.0f));
    key += ':';
    key += std::to_string(std::lround(maxWidth));
    key += ':';
    key += std::to_string(static_cast<int>(style.direction));
    key += style.language;
    key += '\x1f';
    key += utf8;
    return key;
}

}  // namespace

const TextBlock& ShapedTextCache::wrapped(const std::string& utf8, const TextStyle& style, float maxWidth) {
    return lookup(false, utf8, style, maxWidth);
}

const TextBlock& ShapedTextCache::fitted(const std::string& utf8, const TextStyle& style, float maxWidth) {
    return lookup(true, utf8, style, maxWidth);
}

const TextBlock& ShapedTextCache::lookup(bool fit, const std::string& utf8, const TextStyle& style, float maxWidth) {
    const std::string key = keyOf(fit, utf8, style, maxWidth);
    auto found = entries_.find(key);
    if (found == entries_.end()) {
        ++shaped_;
        TextBlock block = fit ? fitLine(utf8, style, maxWidth) : layoutText(utf8, style, maxWidth);
        found = entries_.emplace(key, Entry{std::move(block), frame_}).first;
    }
    found->second.lastUsed = frame_;
    return found->second.block;
}

void ShapedTextCache::beginFrame() {
    ++frame_;
    if (entries_.size() <= capacity_) return;
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (frame_ - it->second.lastUsed > keepFrames_) {
            it = entries_.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace kiosk::text
