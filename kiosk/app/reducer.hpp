// reducer.hpp: the only code that changes the view state: applies actions, and advances animations by time.
#pragma once
#include "app/actions.hpp"
#include "app/view_state.hpp"
#include "model/map_projection.hpp"
#include "model/map_reach.hpp"
#include "model/timeline_scale.hpp"

namespace kiosk::app {

struct ReduceContext {
    const model::Catalog& catalog;
    model::MapViewport mapViewport;  // the map pane, for fitting an event's places into view
    model::TimelineLimits timelineLimits;
    // How far the map may go (model/map_reach): the content's places in reach, no zooming in on empty sea. Null:
    // the projection's own wide limits.
    const model::MapReach* mapReach = nullptr;
};

// Applies one action. Returns true when anything visible changed (the frame pacer then draws more frames).
bool reduce(ViewState& state, const Action& action, const ReduceContext& context);

// Moves animations (fly-to, timeline glide, inertia) forward by dt seconds. Returns true while any is running.
bool advanceAnimations(ViewState& state, double dt, const ReduceContext& context);

// Where the map should fly for an event: its places fitted into the viewport, or unchanged when it has none.
model::MapView mapViewForEvent(const model::Catalog& catalog, model::Index event, const model::MapView& current,
                               const model::MapViewport& viewport);
// Where the timeline should glide for an event: centred on it, zoomed so its decade (or its span) fits.
model::TimelineRange timelineRangeForEvent(const model::Catalog& catalog, model::Index event, const model::TimelineRange& current,
                                           const model::TimelineLimits& limits);

}  // namespace kiosk::app
