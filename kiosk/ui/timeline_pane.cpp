// timeline_pane.cpp: draws the timeline (eras, relationship arc, events, axis) and turns touches into actions.
// Layout comes from model/timeline_layout; this file only draws its result and interprets gestures.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/text_utils.hpp"
#include "ui/ui_context.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;
namespace {

// "Showing 12 of 345 events": the plural follows the total.
std::string showingEvents(const std::string& shown, const std::string& total, long totalCount) {
    return trn("Showing {shown} of {total} event", "Showing {shown} of {total} events", totalCount, {{"shown", shown}, {"total", total}});
}

struct TimelineGeometry {
    float left, width;            // the date axis in screen pixels
    float erasTop, erasH;         // era bands: a row of touch targets (each names its era and opens its summary)
    float arcTop, arcH;           // relationship arc
    float lanesTop, laneH;        // event lanes
    int lanes;
    float clusterRowY;            // centre of the cluster row
    float axisY;                  // the axis line
    float bottom;
};

// Heights follow the labels' font (the visitor's text size) as well as the touch sizes.
// `legendH`: the height of a line of the arc's words ("warmer", "cooler") in the visitor's language: more than the
// font size in Urdu.
TimelineGeometry geometryFor(const model::Rect& plot, const Metrics& m, float fontSize, float legendH) {
    TimelineGeometry g{};
    g.left = plot.x + m.px(16);
    g.width = plot.w - m.px(32);
    g.erasTop = plot.y;
    g.erasH = std::max(m.touch(), fontSize + m.px(16));
    g.arcTop = g.erasTop + g.erasH + m.px(2);
    // Room for "warmer" above the line and "cooler" below, and for the taller letters of a script such as Urdu's.
    g.arcH = std::max({m.px(40), 2 * fontSize, fontSize + legendH});
    g.axisY = plot.bottom() - fontSize - m.px(16);
    g.laneH = m.touch();  // a lane is one row of touch targets (markers and their labels)
    g.clusterRowY = g.axisY - g.laneH * 0.55f;
    g.lanesTop = g.arcTop + g.arcH + m.px(2);
    const float lanesSpace = g.clusterRowY - g.laneH * 0.5f - g.lanesTop;
    g.lanes = std::max(0, static_cast<int>(lanesSpace / g.laneH));  // 0: only the badge row fits (see the layout)
    g.bottom = plot.bottom();
    return g;
}

// The layout is worked out with the earliest dates at the left; where the axis runs right to left (timelineMirrored)
// it is drawn, and touched, as its mirror image about the axis's centre. `x` maps a layout x to the screen and back.
struct AxisMirror {
    bool on = false;
    float left = 0, right = 0;
    float x(float layoutX) const { return on ? left + right - layoutX : layoutX; }
};

// The layout's items as drawn: positions mirrored, bars running from their screen-left end; labels keep their
// logical extent (labelRight), which drawItems turns round.
model::TimelineLayout mirroredItems(const model::TimelineLayout& layout, const AxisMirror& mirror) {
    model::TimelineLayout out = layout;
    for (model::TimelineItem& item : out.items) {
        item.x = mirror.x(item.x);
        const float from = mirror.x(item.barTo), to = mirror.x(item.barFrom);
        item.barFrom = from;
        item.barTo = to;
    }
    return out;
}

float laneCentreY(const TimelineGeometry& g, int lane) {
    return lane < 0 ? g.clusterRowY : g.lanesTop + (static_cast<float>(lane) + 0.5f) * g.laneH;
}

int laneAt(const TimelineGeometry& g, float y) {
    if (std::fabs(y - g.clusterRowY) <= g.laneH * 0.5f) return -1;
    const int lane = static_cast<int>(std::floor((y - g.lanesTop) / g.laneH));
    return lane >= 0 && lane < g.lanes ? lane : -2;
}

model::Index firstTheme(const model::Event& e) { return e.themes.empty() ? model::kNone : e.themes.front(); }

// The visible part of each era's band, in catalog order (eras out of view are left out).
struct EraBand {
    model::Index era;
    float x0, x1;  // the band's whole extent, possibly beyond the axis
    float a, b;    // its visible part
    std::string name;  // as much of its name as the visible part holds
    float nameWidth = 0;
};

std::vector<EraBand> eraBands(const FrameContext& ctx, const TimelineGeometry& g, const model::TimelineRange& range, const AxisMirror& mirror) {
    std::vector<EraBand> bands;
    for (size_t i = 0; i < ctx.catalog.eras.size(); ++i) {
        const model::Era& era = ctx.catalog.eras[i];
        // On screen, left edge first.
        const float start = mirror.x(static_cast<float>(model::yearToX(era.startYear, range, g.left, g.width)));
        const float end = mirror.x(static_cast<float>(model::yearToX(era.endYear + 1, range, g.left, g.width)));
        const float x0 = std::min(start, end), x1 = std::max(start, end);
        if (x1 < g.left || x0 > g.left + g.width) continue;
        EraBand band{static_cast<model::Index>(i), x0, x1, std::max(x0, g.left), std::min(x1, g.left + g.width), {}, 0};
        // Every era is named: in full where it fits, else by its short name ("Thaw"), else as many words of that
        // as fit, or in a sliver as many letters ("Rappro…").
        const float pad = ctx.metrics.px(8);
        if (ctx.fonts.small && band.b - band.a > 2 * pad) {
            const float room = band.b - band.a - 2 * pad;
            band.name = fitNameToWidth(*ctx.fonts.small, era.name, room, &band.nameWidth);
            // The short name may come closer to the band's rounded ends: a whole word beats a cut one.
            if (band.name != era.name && !era.shortName.empty())
                band.name = fitNameToWidth(*ctx.fonts.small, era.shortName, band.b - band.a - pad, &band.nameWidth);
        }
        bands.push_back(std::move(band));
    }
    return bands;
}

bool eraShown(const FrameContext& ctx, model::Index era) {
    return ctx.state.reader.page == app::ReaderPage::Era && ctx.state.reader.era == era;
}

void drawEras(ImDrawList* dl, const FrameContext& ctx, const TimelineGeometry& g, const std::vector<EraBand>& bands) {
    for (const EraBand& band : bands) {
        const bool shown = eraShown(ctx, band.era);
        // Bands are buttons: raised, rounded, framed in high contrast; the era in the reader wears the accent.
        const ImU32 fill = shown ? ctx.palette.accent : band.era % 2 ? ctx.palette.panelRaised : ctx.palette.bandAlternate;
        dl->AddRectFilled({band.a + 1, g.erasTop}, {band.b - 1, g.erasTop + g.erasH}, fill, ctx.metrics.px(6));
        if (ImGui::GetStyle().FrameBorderSize > 0)
            dl->AddRect({band.a + 1, g.erasTop}, {band.b - 1, g.erasTop + g.erasH}, ctx.palette.border, ctx.metrics.px(6), 0, ImGui::GetStyle().FrameBorderSize);
        ImFont* f = ctx.fonts.small;
        const float pad = ctx.metrics.px(8);
        if (band.name.empty()) continue;
        const float edge = std::min(pad, (band.b - band.a - band.nameWidth) / 2);  // a short name may use half the padding
        const float tx = std::clamp((band.x0 + band.x1 - band.nameWidth) / 2, band.a + edge, band.b - edge - band.nameWidth);
        drawText(dl, f, f->FontSize, {tx, g.erasTop + (g.erasH - f->FontSize) / 2}, shown ? ctx.palette.accentText : ctx.palette.text, band.name);
    }
}

void drawArc(ImDrawList* dl, const FrameContext& ctx, const TimelineGeometry& g, const model::TimelineRange& range, const AxisMirror& mirror) {
    const model::ToneByYear& t = ctx.data.tones;
    const float mid = g.arcTop + g.arcH / 2;
    dl->AddLine({g.left, mid}, {g.left + g.width, mid}, withAlpha(ctx.palette.border, 0.8f));
    const float unit = (g.arcH / 2 - 1) / static_cast<float>(std::max(1, ctx.data.maxToneCount));
    for (size_t i = 0; i < t.cooperation.size(); ++i) {
        const double year = t.firstYear + static_cast<double>(i);
        if (year + 1 < range.from || year > range.to) continue;
        const float s0 = mirror.x(static_cast<float>(model::yearToX(year, range, g.left, g.width)));
        const float s1 = mirror.x(static_cast<float>(model::yearToX(year + 1, range, g.left, g.width)));
        const float x0 = std::min(s0, s1), x1 = std::max(s0, s1);
        const float a = std::max(x0, g.left) + 0.5f, b = std::min(x1, g.left + g.width) - 0.5f;
        if (b <= a) continue;
        if (t.cooperation[i]) dl->AddRectFilled({a, mid - unit * static_cast<float>(t.cooperation[i])}, {b, mid}, ctx.palette.cooperation);
        if (t.tension[i]) dl->AddRectFilled({a, mid}, {b, mid + unit * static_cast<float>(t.tension[i])}, ctx.palette.tension);
    }
    // Words at the labels' size and in opaque colours (their contrast is tested), above and below the line.
    ImFont* f = ctx.fonts.small;
    // At the axis's earliest end.
    const auto wordX = [&](const char* word) {
        return mirror.on ? g.left + g.width - ctx.metrics.px(4) - textSize(f, f->FontSize, word).x : g.left + ctx.metrics.px(4);
    };
    // Over the earliest years' bars: a rim of the pane's colour round each letter keeps them whole where a bar runs
    // under them, and leaves the bars seen between the letters.
    const auto word = [&](const char* w, float y, ImU32 colour) {
        const ImVec2 at{wordX(w), y};
        const float rim = ctx.metrics.px(1.5f);
        for (const ImVec2 d : {ImVec2{-rim, 0}, ImVec2{rim, 0}, ImVec2{0, -rim}, ImVec2{0, rim}})
            drawText(dl, f, f->FontSize, {at.x + d.x, at.y + d.y}, ctx.palette.panel, w);
        drawText(dl, f, f->FontSize, at, colour, w);
    };
    // A script whose line is taller than the font size (Urdu) keeps its letters in the middle of the line: each
    // line is centred on a row of the font size at the arc's top and bottom, which geometryFor made tall enough.
    const auto overhang = [&](const char* w) { return (textSize(f, f->FontSize, w).y - f->FontSize) / 2; };
    word(tr("warmer"), g.arcTop - overhang(tr("warmer")), ctx.palette.cooperation);
    word(tr("cooler"), g.arcTop + g.arcH - f->FontSize - overhang(tr("cooler")), ctx.palette.tension);
}

void drawAxis(ImDrawList* dl, const FrameContext& ctx, const TimelineGeometry& g, const model::TimelineRange& range, const AxisMirror& mirror,
              PaneScratch& scratch) {
    dl->AddLine({g.left, g.axisY}, {g.left + g.width, g.axisY}, ctx.palette.textMuted, ctx.metrics.px(2));
    ImFont* f = ctx.fonts.small;
    const auto ticks = model::makeTicks(range, g.width, ctx.metrics.px(96));
    for (const model::Tick& tick : ticks) {
        const float x = mirror.x(static_cast<float>(model::yearToX(tick.year, range, g.left, g.width)));
        scratch.timelineTicks.push_back({"tick", tick.label, x, g.axisY});
        dl->AddLine({x, g.axisY}, {x, g.axisY + ctx.metrics.px(10)}, ctx.palette.textMuted, ctx.metrics.px(2));
        dl->AddLine({x, g.lanesTop}, {x, g.axisY}, withAlpha(ctx.palette.border, 0.25f));
        const ImVec2 size = textSize(f, f->FontSize, tick.label);
        const float tx = std::clamp(x - size.x / 2, g.left, g.left + g.width - size.x);
        drawText(dl, f, f->FontSize, {tx, g.axisY + ctx.metrics.px(12)}, ctx.palette.text, tick.label);
    }
}

// Bars and bands first, for every item, then markers and labels: a wide "roughly here" band that reaches back under
// the previous event's label must not tint that label.
void drawItemBars(ImDrawList* dl, const FrameContext& ctx, const TimelineGeometry& g, const model::TimelineLayout& layout) {
    const Metrics& m = ctx.metrics;
    for (const model::TimelineItem& item : layout.items) {
        if (item.kind == model::TimelineItem::Kind::Cluster) continue;
        const float y = laneCentreY(g, item.lane);
        const model::Event& e = ctx.catalog.events[static_cast<size_t>(item.event)];
        const ImU32 colour = ctx.palette.theme(firstTheme(e));
        // Spans are solid bars; imprecise dates show the stretch they may mean as a faint band with soft ends.
        if (e.date.end) {
            dl->AddRectFilled({item.barFrom, y - m.px(5)}, {std::max(item.barTo, item.barFrom + 2), y + m.px(5)}, withAlpha(colour, 0.75f), m.px(5));
        } else if (item.barTo - item.barFrom > m.px(6)) {
            const ImU32 faint = withAlpha(colour, e.date.precision == model::Precision::Approximate ? 0.18f : 0.32f);
            const float fade = std::min((item.barTo - item.barFrom) * 0.25f, m.px(24));
            const ImU32 clear = withAlpha(colour, 0.0f);
            dl->AddRectFilledMultiColor({item.barFrom, y - m.px(7)}, {item.barFrom + fade, y + m.px(7)}, clear, faint, faint, clear);
            dl->AddRectFilled({item.barFrom + fade, y - m.px(7)}, {item.barTo - fade, y + m.px(7)}, faint);
            dl->AddRectFilledMultiColor({item.barTo - fade, y - m.px(7)}, {item.barTo, y + m.px(7)}, faint, clear, clear, faint);
        }
    }
}

// Where an item's label starts: after its marker.
float labelStart(const FrameContext& ctx, const model::TimelineItem& item) { return item.x + ctx.metrics.px(11) + ctx.metrics.px(6); }

// Each item's label as drawn: the whole title where its lane has room for it, else the whole short title the
// curators wrote ("1971 war"), and cut at a word, with an ellipsis, only where neither fits. Empty for items
// without a label.
struct ShownLabel {
    std::string text;
    float width = 0;
};
std::vector<ShownLabel> shownLabels(const FrameContext& ctx, const model::TimelineLayout& layout) {
    std::vector<ShownLabel> labels(layout.items.size());
    for (size_t k = 0; k < layout.items.size(); ++k) {
        const model::TimelineItem& item = layout.items[k];
        const size_t index = static_cast<size_t>(item.event);
        if (!item.showLabel || item.kind != model::TimelineItem::Kind::Event || index >= ctx.data.eventLabels.size()) continue;
        const float room = item.labelRight - labelStart(ctx, item);
        labels[k].text = fitToWidth(*ctx.fonts.small, ctx.data.eventLabels[index], room, &labels[k].width);
        if (labels[k].text != ctx.data.eventLabels[index] && index < ctx.data.eventShortLabels.size() && !ctx.data.eventShortLabels[index].empty())
            labels[k].text = fitToWidth(*ctx.fonts.small, ctx.data.eventShortLabels[index], room, &labels[k].width);
    }
    return labels;
}

// `layout` is on screen (mirroredItems): where the axis is mirrored, each label runs leftwards from its marker.
void drawItems(ImDrawList* dl, const FrameContext& ctx, const TimelineGeometry& g, const model::TimelineLayout& layout,
               const std::vector<ShownLabel>& labels, bool mirrored) {
    drawItemBars(dl, ctx, g, layout);
    const Metrics& m = ctx.metrics;
    const float radius = m.px(11);
    ImFont* f = ctx.fonts.small;
    for (size_t k = 0; k < layout.items.size(); ++k) {
        const model::TimelineItem& item = layout.items[k];
        const float y = laneCentreY(g, item.lane);
        if (item.kind == model::TimelineItem::Kind::Cluster) {
            const std::string countText = model::compactCount(item.count);
            const char* count = countText.c_str();
            const ImVec2 size = textSize(f, f->FontSize, count);
            const float w = std::max(m.px(40), size.x + m.px(20)), h = m.px(34);
            if (item.barTo - item.barFrom > w)
                dl->AddLine({item.barFrom, y}, {item.barTo, y}, withAlpha(ctx.palette.textMuted, 0.6f), m.px(3));
            // A badge that counts the selected event wears the selection's colour: the selection is never lost in a count.
            if (item.holdsSelected) dl->AddRectFilled({item.x - w / 2 - m.px(5), y - h / 2 - m.px(5)}, {item.x + w / 2 + m.px(5), y + h / 2 + m.px(5)},
                                                      ctx.palette.markerSelected, h / 2 + m.px(5));
            dl->AddRectFilled({item.x - w / 2, y - h / 2}, {item.x + w / 2, y + h / 2}, item.holdsSelected ? ctx.palette.accent : ctx.palette.panelRaised, h / 2);
            dl->AddRect({item.x - w / 2, y - h / 2}, {item.x + w / 2, y + h / 2}, ctx.palette.textMuted, h / 2, 0, m.px(2));
            drawText(dl, f, f->FontSize, {item.x - size.x / 2, y - size.y / 2}, item.holdsSelected ? ctx.palette.accentText : ctx.palette.text, count);
            continue;
        }
        const size_t index = static_cast<size_t>(item.event);
        const model::Event& e = ctx.catalog.events[index];
        const ImU32 colour = ctx.palette.theme(firstTheme(e));
        const bool selected = item.event == ctx.state.selectedEvent;
        if (selected) dl->AddCircleFilled({item.x, y}, radius + m.px(7), ctx.palette.markerSelected, 24);
        drawMarker(dl, {item.x, y}, radius, themeShape(firstTheme(e)), colour);
        if (e.date.precision == model::Precision::Approximate || e.date.precision == model::Precision::Decade)
            dl->AddCircleFilled({item.x, y}, radius * 0.45f, ctx.palette.panel, 16);  // hollow centre: "roughly here"
        if (!labels[k].text.empty()) {
            const std::string& label = labels[k].text;
            const float w = labels[k].width;
            // Centred on the lane by the line's own height: Urdu's Naskh lines are half as tall again as Latin ones.
            const float lineH = std::max(f->FontSize, textSize(f, f->FontSize, label).y);
            const float offset = labelStart(ctx, item) - item.x;
            const ImVec2 at{mirrored ? item.x - offset - w : item.x + offset, y - lineH / 2};
            if (selected) {
                // The selected label sits on an accent plate, readable over any bar beneath it.
                dl->AddRectFilled({at.x - m.px(4), at.y - m.px(2)}, {at.x + w + m.px(4), at.y + lineH + m.px(2)}, ctx.palette.accent, m.px(4));
            }
            drawText(dl, f, f->FontSize, at, selected ? ctx.palette.accentText : ctx.palette.text, label);
        }
    }
}

}  // namespace

void drawTimelinePane(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.timeline;
    const model::TimelineRange range = ctx.state.timeline.range;
    const model::TimelineLimits limits = model::timelineLimits(ctx.catalog.exhibit);
    if (beginPane("##timeline", r, ctx.palette.panel)) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        // Top row: heading, theme filter chips, zoom buttons.
        // In a right-to-left language the row runs from the right: heading, chips, then the zoom buttons at the left.
        const bool rtl = readsRightToLeft(ctx);
        const auto along = [&](float x, float w) { return inReadingDirection(ctx, x, w, r.w); };
        const float rowH = m.touch();
        ImGui::PushFont(ctx.fonts.heading);
        ImGui::SetCursorPos({along(m.px(16), textSize(tr("Timeline")).x), m.px(10)});
        ImGui::AlignTextToFramePadding();
        textLine(tr("Timeline"));
        ImGui::PopFont();

        ImGui::PushFont(ctx.fonts.small);
        const uint32_t all = ctx.catalog.themes.empty() ? ~0u : ((1u << ctx.catalog.themes.size()) - 1);
        const bool filtering = (ctx.state.timeline.themeFilter & all) != all;
        // Theme chips wrap onto a second row where the pane is narrow.
        float x = m.px(16) + textSize(tr("Timeline")).x * 1.4f + m.px(20);
        float y = m.px(10);
        const float right = r.w - m.px(16) - 3 * (m.touch() + m.gap());
        for (size_t t = 0; t < ctx.catalog.themes.size(); ++t) {
            const model::Theme& theme = ctx.catalog.themes[t];
            const float w = textSize(theme.shortName).x + m.px(44);
            if (x + w > right) {
                x = m.px(16);
                y += rowH + m.gap();
            }
            ImGui::SetCursorPos({along(x, w), y});
            ImGui::PushID(theme.id.c_str());
            const bool on = filtering && (ctx.state.timeline.themeFilter >> t & 1u);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            // The theme's shape comes first as the chip is read: at its left, or at its right in Urdu.
            ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {rtl ? 0.2f : 0.8f, 0.5f});
            if (tapButton(theme.shortName.c_str(), {w, rowH}, on)) out.push_back(app::ToggleTheme{static_cast<model::Index>(t)});
            ImGui::PopStyleVar();
            const float markerX = rtl ? at.x + w - m.px(15) : at.x + m.px(15);
            drawMarker(dl, {markerX, at.y + rowH / 2}, m.px(7), themeShape(static_cast<model::Index>(t)), ctx.palette.theme(static_cast<model::Index>(t)));
            ImGui::PopID();
            x += w + m.gap();
        }
        float zx = r.w - m.px(16) - 3 * m.touch() - 2 * m.gap();
        ImGui::PushFont(ctx.fonts.uiBold);
        ImGui::SetCursorPos({along(zx, m.touch()), m.px(10)});
        if (tapButton("\u2013##tl-out", {m.touch(), rowH}))
            out.push_back(app::AnimateTimelineTo{model::zoomRange(range, 0.5, range.centre(), limits)});
        ImGui::SetCursorPos({along(zx + m.touch() + m.gap(), m.touch()), m.px(10)});
        if (tapButton("+##tl-in", {m.touch(), rowH})) out.push_back(app::AnimateTimelineTo{model::zoomRange(range, 2.0, range.centre(), limits)});
        ImGui::SetCursorPos({along(zx + 2 * (m.touch() + m.gap()), m.touch()), m.px(10)});
        if (tapButton(withId(tr("All"), "tl-all").c_str(), {m.touch(), rowH})) out.push_back(app::AnimateTimelineTo{model::homeRange(ctx.catalog.exhibit)});
        ImGui::PopFont();

        // "Showing N of M events" goes at the end of the last row of chips where they wrapped and left room there,
        // else on a line of its own: every line the plot keeps can be a lane of events.
        const long eventCount = static_cast<long>(ctx.catalog.events.size());
        const std::string total = model::formatInteger(eventCount);
        // Its height as set in the visitor's language: an Urdu line is taller than the font size.
        // It has a row of the font size; a taller line (Urdu's) is centred on that row, its letters inside it.
        const ImVec2 statusSize = textSize(showingEvents(total, total, eventCount));
        const float statusW = statusSize.x, statusH = std::max(statusSize.y, ctx.fonts.small->FontSize);
        const float statusOverhang = (statusH - ctx.fonts.small->FontSize) / 2;
        const bool statusInRow = y > m.px(10) && x + statusW + m.px(8) <= r.w - m.px(16);
        const float statusY = statusInRow ? r.y + y + (rowH - statusH) / 2 : 0;

        // The plot below the controls.
        const float plotTop = r.y + y + rowH + m.px(4) + (statusInRow ? 0 : ctx.fonts.small->FontSize + m.px(4));
        const model::Rect plot{r.x, plotTop, r.w, r.bottom() - plotTop};
        const float legendH = std::max(textSize(ctx.fonts.small, ctx.fonts.small->FontSize, tr("warmer")).y,
                                       textSize(ctx.fonts.small, ctx.fonts.small->FontSize, tr("cooler")).y);
        const TimelineGeometry g = geometryFor(plot, m, ctx.fonts.small->FontSize, legendH);
        model::TimelineLayoutInput input;
        input.range = range;
        input.left = g.left;
        input.width = g.width;
        input.lanes = g.lanes;
        input.markerWidth = m.touch();
        input.labelGap = m.px(10);
        // A label gives way to the next marker in its lane down to about a dozen letters ("Kosygin visits…").
        input.minLabelWidth = ctx.fonts.small->FontSize * 6;
        input.themeFilter = ctx.state.timeline.themeFilter;
        input.labelWidths = &ctx.data.labelWidths;
        input.shortLabelWidths = &ctx.data.shortLabelWidths;
        input.selected = ctx.state.selectedEvent;
        const model::TimelineLayout layout = model::layoutTimeline(ctx.data.timelineIndex, input);

        const std::vector<ShownLabel> labels = shownLabels(ctx, layout);
        const AxisMirror mirror{timelineMirrored(ctx), g.left, g.left + g.width};
        scratch.timelineTargets.clear();
        for (size_t k = 0; k < layout.items.size(); ++k) {
            const model::TimelineItem& item = layout.items[k];
            if (item.x < g.left || item.x > g.left + g.width) continue;
            const bool cluster = item.kind == model::TimelineItem::Kind::Cluster;
            const std::string& id = ctx.catalog.events[static_cast<size_t>(item.event)].id;
            const float ly = laneCentreY(g, item.lane);
            const bool selected = cluster ? item.holdsSelected : item.event == ctx.state.selectedEvent;
            scratch.timelineTargets.push_back({cluster ? "cluster" : "event", id, mirror.x(item.x), ly, item.count, 0, 0, selected});
            if (item.showLabel && item.labelRight > item.x)
                scratch.timelineTargets.push_back({"event-label", id, mirror.x((item.x + item.labelRight) / 2), ly, 1, item.labelRight - item.x, g.laneH,
                                                   selected, labels[k].text});
        }
        const std::vector<EraBand> bands = eraBands(ctx, g, range, mirror);
        for (const EraBand& band : bands)
            scratch.timelineTargets.push_back({"era", ctx.catalog.eras[static_cast<size_t>(band.era)].id, (band.a + band.b) / 2, g.erasTop + g.erasH / 2, 1,
                                               band.b - band.a, g.erasH, eraShown(ctx, band.era), band.name});
        dl->PushClipRect({plot.x, plot.y}, {plot.right(), plot.bottom()}, true);
        drawEras(dl, ctx, g, bands);
        drawArc(dl, ctx, g, range, mirror);
        scratch.timelineTicks.clear();
        drawAxis(dl, ctx, g, range, mirror, scratch);
        // Copied only where the axis is mirrored: a left-to-right frame draws the layout itself.
        model::TimelineLayout mirroredLayout;
        if (mirror.on) mirroredLayout = mirroredItems(layout, mirror);
        drawItems(dl, ctx, g, mirror.on ? mirroredLayout : layout, labels, mirror.on);
        dl->PopClipRect();

        const std::string showingText = showingEvents(model::formatInteger(static_cast<long>(layout.visibleEvents)), total, eventCount);
        const char* showing = showingText.c_str();
        const ImVec2 ss = textSize(showing);
        drawText(dl, ctx.fonts.small, ctx.fonts.small->FontSize, {r.x + along(r.w - ss.x - m.px(16), ss.x), statusInRow ? statusY : plotTop - ctx.fonts.small->FontSize - m.px(2) - statusOverhang}, ctx.palette.textMuted, showing);
        ImGui::PopFont();

        // The whole plot is one touch surface: drag pans, tap selects, double-tap zooms, wheel zooms.
        ImGui::SetCursorScreenPos({plot.x, plot.y});
        ImGui::InvisibleButton("##timeline-surface", {plot.w, std::max(1.0f, plot.h)});
        const Gesture gesture = trackLastItem(scratch.timeline, ctx.time);
        const double yearsPerPixel = range.span() / std::max(1.0f, g.width);
        // Drags move the dates with the finger whichever way the axis runs; positions are read in layout terms.
        const double towardLater = mirror.on ? -1.0 : 1.0;
        if (gesture.pressed) out.push_back(app::SetTimelineVelocity{0});
        // A drag pans; a pinch zooms about the fingers' centre while its drag pans: one range change for both.
        const bool pinched = ctx.pinch.active && r.contains(ctx.pinch.x, ctx.pinch.y) && std::isfinite(ctx.pinch.scale) && ctx.pinch.scale > 0;
        if ((gesture.dragging && gesture.dx != 0) || pinched) {
            model::TimelineRange next = gesture.dragging ? model::panRange(range, -gesture.dx * towardLater * yearsPerPixel, limits) : range;
            if (pinched) next = model::zoomRange(next, ctx.pinch.scale, model::xToYear(mirror.x(ctx.pinch.x), next, g.left, g.width), limits);
            out.push_back(app::SetTimelineRange{next});
        }
        if (gesture.released && !gesture.tapped && !pressCancelled() && std::fabs(gesture.vx) > m.px(80))
            out.push_back(app::SetTimelineVelocity{static_cast<float>(-gesture.vx * towardLater * yearsPerPixel)});
        const auto eraAt = [&](float px, float py) -> model::Index {
            if (py < g.erasTop || py > g.erasTop + g.erasH) return model::kNone;
            for (const EraBand& band : bands)
                if (px >= band.a && px < band.b) return band.era;
            return model::kNone;
        };
        if (gesture.tapped && eraAt(gesture.x, gesture.y) >= 0) {
            out.push_back(app::ShowEra{eraAt(gesture.x, gesture.y)});
        } else if (gesture.tapped) {
            const int lane = laneAt(g, gesture.y);
            const int hit = lane >= -1 ? model::hitTestTimeline(layout, mirror.x(gesture.x), lane, m.touch()) : -1;
            if (hit >= 0) {
                const model::TimelineItem& item = layout.items[static_cast<size_t>(hit)];
                if (item.kind == model::TimelineItem::Kind::Event) {
                    out.push_back(app::SelectEvent{item.event});
                } else if (item.lastYear - item.firstYear < 2.0 / 365.0) {
                    // Events dated only to the same year or decade share one position: zooming cannot part them,
                    // so the cluster opens as a list to choose from.
                    const auto members = model::eventsAt(ctx.data.timelineIndex, item.firstYear, item.lastYear, ctx.state.timeline.themeFilter, 40,
                                                         ctx.state.selectedEvent);
                    const model::Event& first = ctx.catalog.events[static_cast<size_t>(item.event)];
                    out.push_back(app::OpenChooser{members, trn("{n} event placed at {date}", "{n} events placed at {date}", static_cast<long>(item.count),
                                                                {{"date", model::describeDate(first.date.start, first.date.precision)}})});
                } else {
                    const double pad = std::max(0.05, (item.lastYear - item.firstYear) * 0.2);
                    out.push_back(app::AnimateTimelineTo{{item.firstYear - pad, item.lastYear + pad}});
                }
            } else if (gesture.doubleTapped) {
                out.push_back(app::AnimateTimelineTo{model::zoomRange(range, 2.0, model::xToYear(mirror.x(gesture.x), range, g.left, g.width), limits)});
            }
        }
        if (ImGui::IsItemHovered() && ImGui::GetIO().MouseWheel != 0) {
            const double factor = std::pow(1.25, ImGui::GetIO().MouseWheel);
            out.push_back(app::SetTimelineRange{model::zoomRange(range, factor, model::xToYear(mirror.x(ImGui::GetIO().MousePos.x), range, g.left, g.width), limits)});
        }
    }
    endPane();
}

}  // namespace kiosk::ui
