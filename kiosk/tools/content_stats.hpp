// content_stats.hpp: the curator's overview of a built database: counts that reveal gaps at a glance.
#pragma once
#include <string>

#include "model/catalog.hpp"

namespace kiosk::tools {
std::string formatContentStats(const model::Catalog& catalog);
}
