// process_start.cpp: /proc/self/stat field 22 (starttime, in clock ticks after boot) against the boot clock.
#include "app/process_start.hpp"

#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace kiosk::app {

double secondsSinceProcessStart() {
    std::ifstream in("/proc/self/stat");
    std::string line;
    if (!in || !std::getline(in, line)) return -1;
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
    const size_t close = line.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream fields(line.substr(close + 1));
    std::string field;
    unsigned long long startTicks = 0;
    for (int n = 3; fields >> field; ++n)
        if (n == 22) {
            startTicks = std::stoull(field);
            break;
        }
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (startTicks == 0 || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return -1;
    const double boot = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    return boot - static_cast<double>(startTicks) / static_cast<double>(hz);
}

}  // namespace kiosk::app
