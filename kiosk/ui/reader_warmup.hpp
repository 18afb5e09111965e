// reader_warmup.hpp: the reader's pages shaped ahead of the visitor. Opening an event in Urdu would otherwise shape
// its summary and its quotations' translations in Nastaliq (about thirty times the cost of Latin) inside the frame
// that shows it; planned here, they are laid out between frames (TextEngine::warmSome), nearest events first.
#pragma once
#include "ui/ui_context.hpp"

namespace kiosk::ui {

// Plans, when the language, the reading fonts or the reader's width changed since the last plan, the layout of
// every event's reading text exactly as drawEventPage asks for it in a column `textWidth` wide. Cheap otherwise.
void planReaderWarmup(const FrameContext& ctx, float textWidth);

}  // namespace kiosk::ui
