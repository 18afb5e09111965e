// exhibit_reader.hpp: reads exhibit.toml (the exhibit's title, years, prose, tour and map home) into model::Exhibit,
// turning every mistake into a plain-word diagnostic with its line.
#pragma once
#include <toml++/toml.h>

#include "content/diagnostics.hpp"
#include "model/exhibit.hpp"

namespace kiosk::content {

// Reads the parsed exhibit.toml. Reports a missing title or years, years out of order, a home region that is not
// a region, an unknown key; the tour's event ids are checked later, against events.toml (checkTour).
model::Exhibit readExhibit(const toml::table& root, const std::string& file, Diagnostics& diagnostics);

// The years an exhibit without valid years falls back to for checking dates: none (every date is allowed),
// so that one mistake in exhibit.toml does not also bury every event under "outside the years".
inline bool yearInExhibit(const model::Exhibit& e, int year) { return !e.hasYears() || (year >= e.firstYear && year <= e.lastYear); }

}  // namespace kiosk::content
