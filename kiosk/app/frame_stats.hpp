// frame_stats.hpp: the last few hundred frames' CPU times, for the staff panel and the benchmark.
#pragma once
#include <cstddef>
#include <vector>

namespace kiosk::app {

class FrameStats {
public:
    explicit FrameStats(size_t capacity = 600) : samples_(capacity, 0.0) {}
    void add(double ms);
    struct Summary { double p50 = 0, p99 = 0, max = 0; size_t count = 0; };
    Summary summary() const;

private:
    std::vector<double> samples_;
    size_t next_ = 0, count_ = 0;
};

}  // namespace kiosk::app
