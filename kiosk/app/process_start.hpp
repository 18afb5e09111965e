// process_start.hpp: how long ago the kernel started this process, so start-up figures include what happens before
// main() (the dynamic loader, static constructors), as a visitor or a service manager sees it.
#pragma once

namespace kiosk::app {

// Seconds since the kernel started this process (/proc/self/stat's starttime against CLOCK_BOOTTIME). The kernel
// keeps the start in clock ticks (10 ms on most systems), so the figure may be up to one tick long. Returns a
// negative number when /proc cannot be read.
double secondsSinceProcessStart();

}  // namespace kiosk::app
