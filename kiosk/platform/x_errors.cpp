// x_errors.cpp: the recording X error handler (see x_errors.hpp for why).
#include "platform/x_errors.hpp"

#include <X11/Xlib.h>

#include <array>
#include <atomic>
#include <cstdio>

namespace kiosk::platform {
namespace {

// The handler runs inside Xlib with its display lock held, on the main thread: it only copies the codes. Text is
// looked up later, outside it.
struct Recorded {
    unsigned char errorCode = 0, requestCode = 0, minorCode = 0;
};
constexpr std::size_t kKept = 8;
std::array<Recorded, kKept> gRecorded;
std::atomic<long> gCount{0};

int recordXError(Display*, XErrorEvent* e) {
    const long n = gCount.fetch_add(1);
    if (n >= 0 && static_cast<std::size_t>(n) < kKept) gRecorded[static_cast<std::size_t>(n)] = {e->error_code, e->request_code, e->minor_code};
    return 0;  // carry on: the request is simply lost
}

}  // namespace

void keepXErrorsNonFatal() { XSetErrorHandler(recordXError); }

std::vector<std::string> takeXErrors(_XDisplay* display, long* dropped) {
    std::vector<std::string> lines;
    const long n = gCount.exchange(0);
    if (dropped) *dropped = n > static_cast<long>(kKept) ? n - static_cast<long>(kKept) : 0;
    for (long i = 0; i < n && i < static_cast<long>(kKept); ++i) {
        const Recorded& r = gRecorded[static_cast<std::size_t>(i)];
        char text[160] = "unknown error";
        if (display) XGetErrorText(display, r.errorCode, text, sizeof text);
        char line[256];
        std::snprintf(line, sizeof line, "%s, from request %d.%d", text, r.requestCode, r.minorCode);
        lines.emplace_back(line);
    }
    return lines;
}

}  // namespace kiosk::platform
