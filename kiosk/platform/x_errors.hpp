// x_errors.hpp: X protocol errors recorded, never fatal.
//
// Xlib's default error handler prints the error and exits the process. Some errors are routine for a window that
// is resized under it: Mesa's software rasteriser puts the picture with MIT-SHM at the size it last knew, and if
// the window shrank in between the server answers BadValue. A kiosk must not end on that; the next frame is drawn
// at the new size anyway. GLFW 3.3 sets the handler back to Xlib's default (XSetErrorHandler(NULL)) after each of
// its own guarded requests, so ours is installed again before every present.
#pragma once
#include <string>
#include <vector>

struct _XDisplay;

namespace kiosk::platform {

// Installs the recording handler (cheap: one pointer swap under Xlib's lock).
void keepXErrorsNonFatal();

// The errors recorded since the last call, one plain line each ("BadValue (...) from MIT-SHM request 3"), at most
// the first few of a burst; `dropped` gets how many more there were.
std::vector<std::string> takeXErrors(_XDisplay* display, long* dropped);

}  // namespace kiosk::platform
