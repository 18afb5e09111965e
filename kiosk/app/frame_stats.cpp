// frame_stats.cpp: a ring of samples and nearest-rank percentiles.
#include "app/frame_stats.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::app {

void FrameStats::add(double ms) {
    samples_[next_] = ms;
    next_ = (next_ + 1) % samples_.size();
    count_ = std::min(count_ + 1, samples_.size());
}

FrameStats::Summary FrameStats::summary() const {
    Summary s;
    s.count = count_;
    if (!count_) return s;
    std::vector<double> sorted(samples_.begin(), samples_.begin() + static_cast<std::ptrdiff_t>(count_));
    std::sort(sorted.begin(), sorted.end());
    auto rank = [&](double p) { return sorted[std::min(count_ - 1, static_cast<size_t>(std::ceil(p * static_cast<double>(count_))) - 1)]; };
    s.p50 = rank(0.50);
    s.p99 = rank(0.99);
    s.max = sorted.back();
    return s;
}

}  // namespace kiosk::app
