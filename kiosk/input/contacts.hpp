// contacts.hpp: the one input seam. Every finger (XInput 2.2 touch), the mouse and scripted input reach the kiosk as
// contact events; nothing downstream knows which device sent them.
#pragma once
#include <vector>

namespace kiosk::input {

// Hover: a mouse moving with no button down (a finger never hovers); it moves the pointer only between gestures.
enum class ContactPhase { Down, Move, Up, Hover };

struct ContactEvent {
    int id = 0;            // stable while the finger is down; the mouse is contact 0
    ContactPhase phase = ContactPhase::Move;
    float x = 0, y = 0;    // window pixels
    double time = 0;       // seconds on the kiosk's clock
    int region = 0;        // the screen region (pane) the contact went down in, assigned by the app
};

using ContactEvents = std::vector<ContactEvent>;

}  // namespace kiosk::input
