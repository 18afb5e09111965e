// read_aloud.hpp: what "read aloud" says for an event (the label as a visitor reads it, then its sources), and how
// many words of it a visitor reads on its page.
#pragma once
#include <string>

#include "model/catalog.hpp"

namespace kiosk::model {
// Title, date in words, the in-short line, summary, then each excerpt with its attribution. Empty for an invalid
// event.
std::string readAloudText(const Catalog& catalog, Index event);
// The words an event's reader page gives to read: its in-short line, summary and excerpts (what the idle timeout
// gives time for).
int eventReadingWords(const Event& event);
}
