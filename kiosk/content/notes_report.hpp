// notes_report.hpp: the curators' table of every curator's note, as Markdown: what it annotates, what the article
// says, what the public record says, and where that was read. Written by `kiosk-content notes`.
#pragma once
#include <string>

#include "model/catalog.hpp"

namespace kiosk::content {

// Every note of the catalog, in the order of the exhibit (events by date, then disagreements, figures, eras), with
// a count first. Pure: the same catalog gives the same text.
std::string formatNotesReport(const model::Catalog& catalog);

}  // namespace kiosk::content
