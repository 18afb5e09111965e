// touch_session.hpp: the shared real-X session for touch tests, or a failure that says why it cannot start: CI must
// never pass on tests that ran nothing.
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "xorg_session.hpp"

namespace kiosk::touchtest {

inline XorgSession& session() {
    const std::string why = unavailableReason();
    INFO("the touch tests need Xorg with the dummy and inputtest drivers, and openbox: " << why);
    REQUIRE(why.empty());
    return XorgSession::shared();
}

}  // namespace kiosk::touchtest
