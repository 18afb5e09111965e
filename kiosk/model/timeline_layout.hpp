// timeline_layout.hpp: where each visible event sits on the timeline: lanes, imprecision bars, labels, clusters.
// Pure: the pane draws exactly what this returns, and tests check it without a window.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "model/catalog.hpp"
#include "model/timeline_scale.hpp"

namespace kiosk::model {

// Per-event facts the layout needs, precomputed once per catalog (and per font size, for label widths).
struct TimelineIndex {
    // Per event (catalog index): where its marker is drawn, exactly its date: a span's start, or the middle of
    // the stretch an imprecise date may mean. Never moved to keep an order: the position is the date.
    std::vector<double> centre;
    std::vector<double> barFrom;    // the stretch the event may cover: a span, or its imprecision
    std::vector<double> barTo;
    // The events in marker order (an approximate date's middle can precede an earlier exact date, so catalog
    // order is not marker order), and their centres in that order, for binary search.
    std::vector<Index> order;
    std::vector<double> sortedCentre;
    std::vector<uint32_t> themeMask;  // bit i set when the event has theme i
    std::vector<bool> isSpan;         // has an end date (drawn as a solid bar that owns its lane)
    double longestBar = 0;            // the widest barTo - barFrom: bounds the backward search
    // Each distinct theme mask and how many events have it: "showing N of M" and "does the filter hide anyone?"
    // without visiting every event each frame.
    std::vector<std::pair<uint32_t, int>> maskCounts;
};
TimelineIndex buildTimelineIndex(const Catalog& catalog);

struct TimelineLayoutInput {
    TimelineRange range;
    float left = 0, width = 1000;  // the axis in pixels
    int lanes = 4;                 // rows available for markers
    float markerWidth = 48;        // a marker's touch width; cluster columns are 1.5 times as wide
    float labelGap = 8;
    // Labels take the room their lane has free, up to their whole width (labelWidths): where the next marker in the
    // lane, or the axis's end, comes sooner, the label is cut there, but never below this width (a label that would
    // get less shows no label). 0: labels are never cut, each claims its whole width or is not shown.
    float minLabelWidth = 0;
    uint32_t themeFilter = ~0u;         // events with none of these themes are hidden
    const std::vector<float>* labelWidths = nullptr;  // per event; no labels when null
    // Per event, the width of its short title (0 where it has none): a label that must give way is shown as its
    // short title, so a lane where the label before keeps that whole is chosen before one where it is cut.
    const std::vector<float>* shortLabelWidths = nullptr;
    Index selected = kNone;             // the selected event: a cluster that counts it says so (holdsSelected)
};

struct TimelineItem {
    enum class Kind { Event, Cluster } kind = Kind::Event;
    Index event = kNone;  // the event, or the first event of a cluster
    int count = 1;        // events in a cluster
    double firstYear = 0, lastYear = 0;  // a cluster's extent, to zoom into it
    float x = 0;          // marker centre
    float barFrom = 0, barTo = 0;  // pixels; equal to x when the date is exact
    int lane = 0;         // clusters use lane -1: the row under the markers
    bool showLabel = false;
    bool holdsSelected = false;  // a cluster that counts the selected event
    // With showLabel: where the room kept for its label ends (the label is a target too): its whole width after the
    // marker's half, or less where the next item in its lane or the axis's end comes sooner.
    float labelRight = 0;
};

struct TimelineLayout {
    std::vector<TimelineItem> items;
    int visibleEvents = 0;   // events in range that pass the filter
    int matchingEvents = 0;  // events anywhere that pass the filter ("showing N of M")
    bool dense = false;      // too many events in view for lanes: only counted badges
};

// Positions the events that lie in range and that the filter shows (the selected event always: event_filter.hpp),
// each marker exactly at its date. Events that find no free lane are counted into
// clusters, one per column of 1.5 marker widths, each centred in its column. When far more events are visible than can ever be drawn, lanes are
// skipped and only per-column clusters are produced, so the cost stays bounded by the pane width.
TimelineLayout layoutTimeline(const TimelineIndex& index, const TimelineLayoutInput& input);

bool isSpan(const TimelineIndex& index, size_t i);

// Up to `limit` events whose marker lies in [from, to] and that the filter shows (the selected one always), in
// marker order.
std::vector<Index> eventsAt(const TimelineIndex& index, double from, double to, uint32_t themeFilter, size_t limit, Index selected = kNone);

// The first position in `order` whose bar may reach into [from, ...): binary search on the sorted centres.
size_t firstPossiblyVisible(const TimelineIndex& index, double from);

// Which item a tap at (x, lane) hits; -1 when none. laneOf converts a y into a lane outside this function.
// A marker within half a marker width wins; otherwise a tap on the room an item's label holds selects that item
// (visitors tap the words, not only the dot).
int hitTestTimeline(const TimelineLayout& layout, float x, int lane, float markerWidth);

// Counts of cooperation and tension events per calendar year, for the relationship arc.
struct ToneByYear {
    int firstYear = 0;
    std::vector<int> cooperation, tension;
};
ToneByYear countToneByYear(const Catalog& catalog);

}  // namespace kiosk::model
