// read_aloud.hpp: what "read aloud" says for an event: the label as a visitor reads it, then its sources.
#pragma once
#include <string>

#include "model/catalog.hpp"

namespace kiosk::model {
// Title, date in words, summary, then each excerpt with its attribution. Empty for an invalid event.
std::string readAloudText(const Catalog& catalog, Index event);
}
