// synthetic_catalog.hpp: large made-up catalogs for scale tests and the benchmark.
#pragma once
#include "model/catalog.hpp"

namespace kiosk::tools {

// N events spread over the base exhibit's years (1947-2022 without one) with every precision, spans, themes, places and an excerpt each. Articles,
// themes, places and the map are taken from `base` when it has them, else made up. Deterministic for a seed.
model::Catalog makeSyntheticCatalog(const model::Catalog& base, int events, unsigned seed);

}  // namespace kiosk::tools
