// map_pane.cpp: draws the map (countries, labels, place markers) and turns touches into actions.
// Projection, clustering and label placement come from model/; this file draws their results.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/historical_map.hpp"
#include "model/event_filter.hpp"
#include "model/map_labels.hpp"
#include "model/map_markers.hpp"
#include "model/text_utils.hpp"
#include "model/map_mesh.hpp"
#include "model/on_screen_keyboard.hpp"
#include "ui/ui_context.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;

// The countries as ImGui vertices, kept (in the pane's scratch) while nothing they were made from changes: while
// the map is still, a frame copies them into the draw list instead of projecting, merging and culling some 100,000
// points again. Its key includes the content, the historical countries standing (the period) and the ImGui atlas
// it was built against.
struct CountryLayer {
    struct Key {
        const model::CountryShape* shapes = nullptr;
        size_t shapeCount = 0;
        std::vector<model::Index> standing;  // historical countries drawn instead of their members
        const float* firstPoints = nullptr;
        size_t firstPointCount = 0;
        double centreLon = 0, centreLat = 0, zoom = 0;
        float left = 0, top = 0, width = 0, height = 0;
        std::vector<std::string> activeIso;  // sorted
        ImU32 land = 0, landActive = 0, border = 0;
        float u = 0, v = 0, outline = 0;
        bool operator==(const Key&) const = default;
    };
    struct Part {
        uint32_t firstVertex = 0, vertexCount = 0, firstIndex = 0, indexCount = 0;
    };
    Key key;
    bool valid = false;
    // What the period draws at the key's scale, chosen again only when the period or the scale changes (not while
    // the map pans or zooms within one scale).
    std::vector<const model::CountryShape*> shapes;
    const model::CountryShape *shapesOf = nullptr, *historicalOf = nullptr;  // the content they point into
    size_t shapesOfCount = 0, historicalOfCount = 0;
    std::vector<model::Index> shapesStanding;
    bool shapesValid = false;
    std::vector<ImDrawVert> vertices;
    std::vector<ImDrawIdx> indices;  // relative to their part's first vertex
    std::vector<Part> parts;         // each under 60,000 vertices: 16-bit indices
    model::MapMesh mesh;
    model::MapMeshScratch scratch;
};

namespace {

// Wide views use the 1:110m shapes, close views the 1:50m ones: the vertex count stays roughly constant.
constexpr double kFineDetailZoom = 2.5;

CountryLayer& countryLayer(PaneScratch& scratch) {
    if (!scratch.countryLayer) scratch.countryLayer = std::make_shared<CountryLayer>();
    return *scratch.countryLayer;
}

void buildCountryLayer(CountryLayer& layer, const model::Catalog& catalog, bool fine, const model::MapView& view, const model::MapViewport& vp) {
    const CountryLayer::Key& key = layer.key;
    const auto& modern = fine ? catalog.countries : catalog.countriesCoarse;
    const auto& historical = fine ? catalog.historicalShapes : catalog.historicalShapesCoarse;
    if (!layer.shapesValid || layer.shapesOf != modern.data() || layer.shapesOfCount != modern.size() || layer.historicalOf != historical.data() ||
        layer.historicalOfCount != historical.size() || layer.shapesStanding != key.standing) {
        layer.shapes = model::shapesStanding(modern, historical, catalog.historicalCountries, key.standing);
        layer.shapesOf = modern.data();
        layer.shapesOfCount = modern.size();
        layer.historicalOf = historical.data();
        layer.historicalOfCount = historical.size();
        layer.shapesStanding = key.standing;
        layer.shapesValid = true;
    }
    const std::vector<const model::CountryShape*>& shapes = layer.shapes;
    model::MapMeshOptions options;
    options.borderWidthPx = key.outline;
    model::buildMapMesh(shapes, view, vp, options, layer.mesh, layer.scratch);
    layer.vertices.clear();
    layer.indices.clear();
    layer.parts.clear();
    const ImVec2 uv{key.u, key.v};
    for (const model::MapMesh::Part& p : layer.mesh.parts) {
        const model::CountryShape& shape = *shapes[static_cast<size_t>(p.shape)];
        const bool active = std::binary_search(key.activeIso.begin(), key.activeIso.end(), shape.isoNumeric);
        const ImU32 colour = p.kind == model::MapMesh::Kind::Border ? key.border : active ? key.landActive : key.land;
        // Consecutive mesh parts share one draw-list part while it stays addressable with 16-bit indices.
        if (layer.parts.empty() || layer.parts.back().vertexCount + p.vertexCount > 60000)
            layer.parts.push_back({static_cast<uint32_t>(layer.vertices.size()), 0, static_cast<uint32_t>(layer.indices.size()), 0});
        CountryLayer::Part& part = layer.parts.back();
        const uint32_t base = part.vertexCount;
        const size_t v0 = layer.vertices.size(), i0 = layer.indices.size();
        layer.vertices.resize(v0 + p.vertexCount);
        layer.indices.resize(i0 + p.indexCount);
        ImDrawVert* v = layer.vertices.data() + v0;
        const model::ScreenPoint* from = layer.mesh.vertices.data() + p.firstVertex;
        for (uint32_t i = 0; i < p.vertexCount; ++i) v[i] = {{from[i].x, from[i].y}, uv, colour};
        ImDrawIdx* idx = layer.indices.data() + i0;
        const uint16_t* local = layer.mesh.indices.data() + p.firstIndex;
        for (uint32_t i = 0; i < p.indexCount; ++i) idx[i] = static_cast<ImDrawIdx>(base + local[i]);
        part.vertexCount += p.vertexCount;
        part.indexCount += p.indexCount;
    }
}

// Land and borders. Triangles were made once at content build time; per view they are projected, merged below a
// pixel and culled to the pane (model/map_mesh), and only when the view, the period, the selection or the palette
// changed.
void drawCountries(ImDrawList* dl, const FrameContext& ctx, PaneScratch& scratch, const model::MapView& view, const model::MapViewport& vp,
                   const std::vector<model::Index>& standing, std::vector<std::string> activeIso) {
    const bool fine = view.zoom >= kFineDetailZoom;
    const auto& shapes = fine ? ctx.catalog.countries : ctx.catalog.countriesCoarse;
    std::sort(activeIso.begin(), activeIso.end());
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    CountryLayer::Key key{shapes.data(), shapes.size(), standing, shapes.empty() ? nullptr : shapes.front().lonLat.data(),
                          shapes.empty() ? 0 : shapes.front().lonLat.size(), view.centreLon, view.centreLat, view.zoom,
                          vp.left, vp.top, vp.width, vp.height, std::move(activeIso), ctx.palette.land, ctx.palette.landActive,
                          ctx.palette.border, uv.x, uv.y, std::max(1.0f, ctx.metrics.px(1.2f))};
    CountryLayer& layer = countryLayer(scratch);
    if (!layer.valid || !(layer.key == key)) {
        layer.key = std::move(key);
        buildCountryLayer(layer, ctx.catalog, fine, view, vp);
        layer.valid = true;
    }
    for (const CountryLayer::Part& part : layer.parts) {
        dl->PrimReserve(static_cast<int>(part.indexCount), static_cast<int>(part.vertexCount));
        std::copy_n(layer.vertices.data() + part.firstVertex, part.vertexCount, dl->_VtxWritePtr);
        const ImDrawIdx base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
        const ImDrawIdx* from = layer.indices.data() + part.firstIndex;
        for (uint32_t i = 0; i < part.indexCount; ++i) dl->_IdxWritePtr[i] = static_cast<ImDrawIdx>(base + from[i]);
        dl->_VtxWritePtr += part.vertexCount;
        dl->_IdxWritePtr += part.indexCount;
        dl->_VtxCurrentIdx += part.vertexCount;
    }
}

// The moment the map is drawn for: the selected event's date, and for a date known only to the year the end of that
// year (what the year led to: "1971" shows Bangladesh, "1947" Pakistan, not British India); with nothing selected,
// the middle of the timeline's visible range (the home view's whole range gives the mid-1980s), so that the map
// always matches what the timeline shows around it.
struct MapMoment {
    double year = 0;  // fractional
    model::Date date;
    model::Precision precision = model::Precision::Year;
};
MapMoment mapMoment(const FrameContext& ctx) {
    if (ctx.state.selectedEvent >= 0) {
        const model::Event& e = ctx.catalog.events[static_cast<size_t>(ctx.state.selectedEvent)];
        if (e.date.precision == model::Precision::Year) return {model::toYears({e.date.start.year, 12, 31}), e.date.start, e.date.precision};
        return {e.sortKey, e.date.start, e.date.precision};
    }
    const double centre = ctx.state.timeline.range.centre();
    return {centre, model::Date{static_cast<int>(std::floor(centre)), 0, 0}, model::Precision::Approximate};
}

struct Label {
    std::string text;
    ImVec2 at;
    ImFont* font;
    ImU32 colour;
    int marker = -1;  // a place's name: the marker it names, which a tap on the name opens
};

bool wholeInside(const model::Rect& r, ImVec2 at, ImVec2 size) {
    return at.x >= r.x && at.y >= r.y && at.x + size.x <= r.right() && at.y + size.y <= r.bottom();
}

// Geometry of what drawMapPane draws over the map (heading, zoom buttons, the map-data note), shared by the drawing
// and by label placement so that no label hides under a control.
struct MapControls {
    float touch, homeW, buttonsX, buttonsY;  // buttonsX/Y: the + button, relative to the pane
    bool row;                                // low reach: +, - and Home side by side along the pane's foot
    bool mirrored;                           // a right-to-left language: heading at the right, buttons at the left
    float paneW;
    ImVec2 headingSize, noteSize;
    // A left-to-right position `x` of something `w` wide, in the visitor's reading direction.
    float alongReading(float x, float w) const { return mirrored ? paneW - x - w : x; }
    // Where each button goes, relative to the pane: 0 +, 1 -, 2 Home.
    ImVec2 button(int i, float gap, float margin) const {
        const float w = i == 2 ? homeW : touch;
        if (row) return {alongReading(buttonsX + static_cast<float>(i) * (touch + gap), w), buttonsY};
        return {alongReading(i == 2 ? paneW - homeW - margin : buttonsX, w), buttonsY + static_cast<float>(i) * (touch + gap)};
    }
};

MapControls mapControls(const FrameContext& ctx, const model::Rect& r, const std::string& note) {
    const Metrics& m = ctx.metrics;
    MapControls c{};
    c.touch = m.touch();
    c.homeW = textSize(ctx.fonts.uiBold, ctx.fonts.uiBold->FontSize, tr("Home")).x + m.px(28);
    // Low reach: the zoom controls lie in a row along the bottom of the map instead of hanging from its top, so
    // that none is higher than a touch above the map's foot.
    c.row = ctx.layout.lowReach;
    c.mirrored = readsRightToLeft(ctx);
    c.paneW = r.w;
    c.buttonsX = c.row ? r.w - m.px(14) - c.homeW - 2 * (c.touch + m.gap()) : r.w - c.touch - m.px(14);
    c.buttonsY = c.row ? r.h - c.touch - m.px(14) : m.px(14);
    c.headingSize = textSize(ctx.fonts.heading, ctx.fonts.heading->FontSize, tr("Map"));
    c.noteSize = textSize(ctx.fonts.small, ctx.fonts.small->FontSize, note);
    // The search keyboard grows over the map's foot where the timeline is too short for it. Where it cannot leave
    // the buttons' side free (a small screen), the row rises to just above the keyboard: still the lowest spot of
    // the map in sight, and the map stays zoomable while the search marks its results on it.
    if (c.row && ctx.state.search.keyboardOpen && ctx.state.mode == app::Mode::Active) {
        const ImVec2 plus = c.button(0, m.gap(), m.px(14)), home = c.button(2, m.gap(), m.px(14));
        const float left = std::min(plus.x, home.x), right = std::max(plus.x + c.touch, home.x + c.homeW);
        const model::Rect foot{r.x + left, r.y + c.buttonsY, right - left, c.touch};
        const int rows = static_cast<int>(model::keyboardRows(ctx.state.language).size());
        const model::Rect keyboard = keyboardRect(ctx.layout, m, foot, rows);
        const bool covered = keyboard.x < foot.right() && foot.x < keyboard.right() && keyboard.y < foot.bottom() && foot.y < keyboard.bottom();
        if (covered) c.buttonsY = std::max(c.headingSize.y + m.px(20), keyboard.y - r.y - c.touch - m.px(14));
    }
    return c;
}

std::vector<model::LabelBox> mapControlBoxes(const MapControls& c, const FrameContext& ctx, const model::Rect& r) {
    const Metrics& m = ctx.metrics;
    const float left = r.x + std::min(c.buttonsX, r.w - c.homeW - m.px(14));
    const float height = c.row ? c.touch : 3 * c.touch + 2 * m.gap();
    std::vector<model::LabelBox> boxes{
        {r.x, r.y, r.x + c.headingSize.x + m.px(32), r.y + c.headingSize.y + m.px(20), 100000},
        {left, r.y + c.buttonsY, r.right(), r.y + c.buttonsY + height, 100000},
        {r.x, r.bottom() - c.noteSize.y - m.px(12), r.x + c.noteSize.x + m.px(20), r.bottom(), 100000},
    };
    for (model::LabelBox& b : boxes) b.fixed = true;
    if (c.mirrored)
        for (model::LabelBox& b : boxes) {
            const float x0 = r.x + r.right() - b.x1, x1 = r.x + r.right() - b.x0;
            b.x0 = x0;
            b.x1 = x1;
        }
    return boxes;
}

// The events at a tapped place, as a list over the map's left side. Its title and Close stay pinned at the top, so
// Close is always in reach; the rows scroll under a drag or a flick (Moscow has 31), with a visible position.
void drawChooser(const FrameContext& ctx, PaneScratch& scratch, const model::Rect& r, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    // A filter changed while the list was open applies to it as to every pane.
    std::vector<model::Index> chooser;
    for (model::Index e : ctx.state.map.chooser)
        if (model::filterShows(model::themeMaskOf(ctx.catalog.events[static_cast<size_t>(e)]), ctx.state.timeline.themeFilter, e == ctx.state.selectedEvent))
            chooser.push_back(e);
    const float w = std::min(r.w * 0.55f, m.px(560));
    const float rowH = m.touch();
    const float pad = m.px(8);
    const float rowsH = static_cast<float>(chooser.size()) * (rowH + m.gap());
    const float headH = rowH + m.gap() * 1.25f;  // a gap to the rows that pixel rounding of the child cannot eat
    const float h = std::min(r.h - m.px(80), headH + rowsH + 2 * pad);
    const ImVec2 origin{r.x + m.px(16), r.y + m.px(60)};
    ImGui::SetCursorScreenPos(origin);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(withAlpha(ctx.palette.panel, 0.96f)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {pad, pad});
    ImGui::BeginChild("##chooser", {w, h}, false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    const float innerW = w - 2 * pad;
    // The title, shortened to leave room for Close beside it.
    ImGui::PushFont(ctx.fonts.uiBold);
    const float closeW = textSize(tr("Close")).x + m.px(40);
    float titleW = 0;
    const std::string title = fitToWidth(*ctx.fonts.uiBold, ctx.state.map.chooserTitle, innerW - closeW - m.gap(), &titleW);
    // In a right-to-left language the title starts at the right, Close and the scroll bar are at the left.
    const bool rtl = readsRightToLeft(ctx);
    ImGui::SetCursorPos({pad + inReadingDirection(ctx, 0, titleW, innerW), pad + (rowH - ImGui::GetFontSize()) / 2});
    textLine(title);
    ImGui::SetCursorPos({pad + inReadingDirection(ctx, innerW - closeW, closeW, innerW), pad});
    if (tapButton(withId(tr("Close"), "chooser-close").c_str(), {closeW, rowH})) out.push_back(app::CloseChooser{});
    ImGui::PopFont();

    // The rows, offset by the scroll position and clipped to the list's area.
    const float listH = std::max(rowH, h - 2 * pad - headH);
    const float maxScroll = std::max(0.0f, rowsH - m.gap() - listH);
    const float scroll = std::clamp(ctx.state.map.chooserScroll, 0.0f, maxScroll);
    ImGui::SetCursorPos({pad, pad + headH});
    const ImVec2 listOrigin = ImGui::GetCursorScreenPos();
    ImGui::BeginChild("##chooser-rows", {innerW, listH}, false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
    ImGui::PushFont(ctx.fonts.small);
    const float rowW = maxScroll > 0 ? innerW - m.px(14) : innerW;  // room for the scroll bar
    for (size_t k = 0; k < chooser.size(); ++k) {
        const model::Index e = chooser[k];
        const model::Event& ev = ctx.catalog.events[static_cast<size_t>(e)];
        ImGui::SetCursorPos({rtl ? innerW - rowW : 0, static_cast<float>(k) * (rowH + m.gap()) - scroll});
        ImGui::PushID(ev.id.c_str());
        // The date and the title; where the title does not fit, the short title whole before a cut one.
        const float room = rowW - 2 * ImGui::GetStyle().FramePadding.x;
        const std::string dated = model::describeSpan(ev.date) + "  \u00B7  ";
        const std::string whole = dated + ctx.data.eventLabels[static_cast<size_t>(e)];
        std::string label = fitToWidth(*ctx.fonts.small, whole, room);
        const std::string& shortTitle = ctx.data.eventShortLabels[static_cast<size_t>(e)];
        if (label != whole && !shortTitle.empty()) label = fitToWidth(*ctx.fonts.small, dated + shortTitle, room);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {0, 0.5f});
        if (tapButton(label.c_str(), {rowW, rowH}, e == ctx.state.selectedEvent)) out.push_back(app::SelectEvent{e});
        ImGui::PopStyleVar();
        ImGui::PopID();
    }
    ImGui::PopFont();
    ImGui::EndChild();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (maxScroll > 0) {
        // A visible position: a slim bar beside the rows, its thumb as long as the share of the list in view.
        const float trackX = rtl ? listOrigin.x + m.px(2) : listOrigin.x + innerW - m.px(8);
        const float thumbH = std::max(m.px(40), listH * listH / (listH + maxScroll));
        const float thumbY = listOrigin.y + (listH - thumbH) * (scroll / maxScroll);
        dl->AddRectFilled({trackX, listOrigin.y}, {trackX + m.px(6), listOrigin.y + listH}, withAlpha(ctx.palette.border, 0.35f), m.px(3));
        dl->AddRectFilled({trackX, thumbY}, {trackX + m.px(6), thumbY + thumbH}, ctx.palette.textMuted, m.px(3));
        scratch.mapTargets.push_back({"chooser-scroll", "", trackX + m.px(3), thumbY + thumbH / 2, static_cast<int>(chooser.size()), m.px(6), thumbH});
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (ctx.state.map.chooserScroll > maxScroll + 0.5f) out.push_back(app::SetChooserScroll{maxScroll});

    // A finger anywhere on the rows scrolls them, over the buttons too (which then do not fire).
    const ImGuiIO& io = ImGui::GetIO();
    const bool inside = io.MousePos.x >= listOrigin.x && io.MousePos.x < listOrigin.x + innerW && io.MousePos.y >= listOrigin.y &&
                        io.MousePos.y < listOrigin.y + listH;
    if (io.MouseClicked[0]) scratch.chooserPressInside = inside;
    const bool captured = scratch.chooserPressInside && (io.MouseDown[0] || io.MouseReleased[0]);
    const Gesture g = scratch.chooser.update(captured, {io.MousePos.x, io.MousePos.y, io.MouseDown[0], ctx.time});
    if (g.pressed) out.push_back(app::SetChooserVelocity{0});
    if (g.dragging && g.dy != 0) out.push_back(app::SetChooserScroll{std::clamp(scroll - g.dy, 0.0f, maxScroll)});
    if (g.released && !g.tapped && std::fabs(g.vy) > m.px(80)) out.push_back(app::SetChooserVelocity{-g.vy});
    if (io.MouseReleased[0]) scratch.chooserPressInside = false;
    if (inside && io.MouseWheel != 0) out.push_back(app::SetChooserScroll{std::clamp(scroll - io.MouseWheel * m.px(90), 0.0f, maxScroll)});
}

}  // namespace

model::Rect mapButtonsRect(const FrameContext& ctx) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.map;
    const MapControls c = mapControls(ctx, r, "");
    const ImVec2 plus = c.button(0, m.gap(), m.px(14)), home = c.button(2, m.gap(), m.px(14));
    const float left = std::min(plus.x, home.x), right = std::max(plus.x + c.touch, home.x + c.homeW);
    return {r.x + left, r.y + plus.y, right - left, home.y + c.touch - plus.y};
}

void drawMapPane(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.map;
    const model::MapView view = ctx.state.map.view;
    const model::MapViewport vp{r.x, r.y, r.w, r.h};
    if (beginPane("##map", r, ctx.palette.sea)) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->PushClipRect({r.x, r.y}, {r.right(), r.bottom()}, true);

        // The countries of the moment shown: a historical country stands in for its members, named and lit as one.
        const MapMoment moment = mapMoment(ctx);
        const auto& history = ctx.catalog.historicalCountries;
        const std::vector<model::Index> standing = model::historicalCountriesAt(history, moment.year);
        std::vector<std::string> activeIso;
        if (ctx.state.selectedEvent >= 0)
            for (model::Index p : ctx.catalog.events[static_cast<size_t>(ctx.state.selectedEvent)].places) {
                const model::Index k = ctx.data.placeCountry[static_cast<size_t>(p)];
                if (k < 0) continue;
                const model::CountryShape& country = ctx.catalog.countries[static_cast<size_t>(k)];
                const model::CountryNaming naming = model::nameOfMember(country.name, history, standing);
                activeIso.push_back(naming.standingIn >= 0 ? history[static_cast<size_t>(naming.standingIn)].id : country.isoNumeric);
            }
        drawCountries(dl, ctx, scratch, view, vp, standing, std::move(activeIso));
        const std::string note = model::bordersNote(moment.date, moment.precision, model::bordersChangeAfter(history, moment.year)) +
                                 " \u00B7 Natural Earth";

        // Markers and labels; labels compete for space, markers never hide.
        const float touch = m.touch();
        const float radius = m.px(14);
        // A marker is drawn whole or not at all: one its circle (and halo) would cross the pane's edge becomes a
        // small arrow on the edge, pointing the way to it; half a marker reads as a different symbol.
        // How far a marker's drawing reaches from its centre, its halo aside: a cluster's disc is larger and ringed.
        auto drawnReach = [&](const model::MapMarker& marker) { return marker.places.size() > 1 ? radius * 1.3f + m.px(4) + m.px(1) : radius; };
        std::vector<model::MapMarker> markers, beyond;
        for (model::MapMarker& marker : model::layoutMarkers(ctx.catalog, view, vp, touch * 0.9f, ctx.state.selectedEvent, ctx.state.timeline.themeFilter)) {
            const float reach = (marker.places.size() > 1 ? radius * 1.3f + m.px(4) : radius) + (marker.highlighted ? m.px(8) : m.px(2));
            const bool whole = marker.at.x - reach >= r.x && marker.at.x + reach <= r.right() && marker.at.y - reach >= r.y && marker.at.y + reach <= r.bottom();
            (whole ? markers : beyond).push_back(std::move(marker));
        }
        scratch.mapTargets.clear();
        for (const model::MapMarker& marker : markers)
            if (r.contains(marker.at.x, marker.at.y))
                scratch.mapTargets.push_back({marker.places.size() > 1 ? "place-cluster" : "place",
                                              ctx.catalog.places[static_cast<size_t>(marker.places.front())].id, marker.at.x, marker.at.y,
                                              marker.eventCount});
        std::vector<Label> labels;
        std::vector<model::LabelBox> boxes;
        // Measured once a frame: the label placement and the controls' drawing below share it.
        const MapControls controls = mapControls(ctx, r, note);
        const std::vector<model::LabelBox> controlBoxes = mapControlBoxes(controls, ctx, r);
        ImFont* small = ctx.fonts.small;
        ImFont* countryFont = ctx.fonts.uiBold;
        for (size_t mi = 0; mi < markers.size(); ++mi) {
            const model::MapMarker& marker = markers[mi];
            if (marker.places.size() != 1) continue;
            const model::Place& place = ctx.catalog.places[static_cast<size_t>(marker.places.front())];
            // The name of the time shown ("Dacca (today Dhaka)" in 1971), as the country names follow the date.
            const std::string name = model::placeNameAt(place, static_cast<int>(moment.year));
            const ImVec2 size = textSize(small, small->FontSize, name);
            const ImVec2 at{marker.at.x + radius + m.px(6), marker.at.y - size.y / 2};
            if (!wholeInside(r, at, size)) continue;  // half a name at the pane's edge reads as a different word
            labels.push_back({name, at, small, ctx.palette.text, static_cast<int>(mi)});
            boxes.push_back({at.x, at.y, at.x + size.x, at.y + size.y, 2000 + marker.eventCount + (marker.highlighted ? 5000 : 0)});
        }
        // The names to place: today's countries not inside a standing historical one (or inside it with a name of
        // their own, as East Pakistan), then the standing ones.
        struct CountryName {
            const model::CountryShape* shape;
            std::string name;
            model::GeoPoint anchor;
            bool hasEvents;
            int events;
        };
        std::vector<CountryName> names;
        const auto& modern = ctx.catalog.countries;
        for (size_t k = 0; k < modern.size() && k < ctx.data.countryLabelAnchors.size(); ++k) {
            const model::CountryNaming naming = model::nameOfMember(modern[k].name, history, standing);
            if (naming.standingIn >= 0 && naming.label.empty()) continue;
            names.push_back({&modern[k], naming.standingIn >= 0 ? naming.label : (modern[k].shownName.empty() ? modern[k].name : modern[k].shownName), ctx.data.countryLabelAnchors[k],
                             static_cast<bool>(ctx.data.countryHasEvents[k]), ctx.data.countryEventCount[k]});
        }
        for (model::Index h : standing) {
            const size_t i = static_cast<size_t>(h);
            if (i >= ctx.catalog.historicalShapes.size() || ctx.catalog.historicalShapes[i].lonLat.empty()) continue;
            names.push_back({&ctx.catalog.historicalShapes[i], history[i].name, ctx.data.historicalLabelAnchors[i],
                             static_cast<bool>(ctx.data.historicalHasEvents[i]), ctx.data.historicalEventCount[i]});
        }
        // The country the exhibit is most about (by the events at its places): Pakistan. It is named whenever any of
        // it is in view, beside its own markers if they leave no room on it. Chosen among the countries standing at
        // the date shown, so that before 1971 it is the Pakistan of two wings, not today's shape (which is not drawn).
        const model::CountryShape* mostAbout = nullptr;
        for (size_t k = 0, most = 0; k < names.size(); ++k)
            if (names[k].events > static_cast<int>(most)) most = static_cast<size_t>(names[k].events), mostAbout = names[k].shape;
        const size_t firstCountryLabel = labels.size();
        for (const CountryName& country : names) {
            const model::CountryShape& shape = *country.shape;
            const model::ScreenPoint a = model::project({shape.minLon, shape.maxLat}, view, vp);
            const model::ScreenPoint b = model::project({shape.maxLon, shape.minLat}, view, vp);
            const float screenW = b.x - a.x;
            const std::string& name = country.name;
            const ImVec2 size = textSize(countryFont, countryFont->FontSize, name);
            if (screenW < size.x * 0.9f && !country.hasEvents) continue;
            const model::ScreenPoint c = model::project(country.anchor, view, vp);
            // Zoomed in, or for a country larger than the view (the Soviet Union), the label point can be off-screen
            // while the country fills much of the view: name it at one of a few points of its visible part instead
            // (within a margin so the label stays whole), the first that no marker or other name is in the way of.
            std::vector<model::ScreenPoint> points{c};
            const bool offScreen = !wholeInside(r, {c.x - size.x / 2, c.y - size.y / 2}, size);
            const bool overlapsView = b.x > r.x && a.x < r.right() && b.y > r.y && a.y < r.bottom();
            // A country the exhibit is about is named even where its own label point is crowded with markers
            // (Pakistan's is): it gets the same choice of points inside its visible part, its label point first.
            const bool large = offScreen && overlapsView && screenW > r.w * 0.5f;
            const bool subject = country.hasEvents && overlapsView && screenW >= size.x * 0.8f;
            if (large || subject) {
                const float x0 = std::max(a.x, r.x + size.x / 2 + m.px(60)), x1 = std::min(b.x, r.right() - size.x / 2 - m.px(80));
                const float y0 = std::max(a.y, r.y + m.px(70)), y1 = std::min(b.y, r.bottom() - m.px(50));
                // Preferably two thirds down: the upper middle is where capitals and their labels usually crowd. Only
                // points really inside the country count: its box can cover the view without the country being
                // there (France's overseas departments, Alaska).
                const model::ScreenPoint preferred = large ? model::ScreenPoint{(x0 + x1) / 2, y0 + (y1 - y0) * 0.66f} : c;
                // The country the exhibit is most about gets a finer grid: small on screen and crowded with its
                // markers, its free room can lie between grid points of the coarse one.
                const bool finer = country.shape == mostAbout && !large;
                std::vector<model::ScreenPoint> inside = model::labelPointsInside(shape, x0, y0, x1, y1, preferred, view, vp, finer ? 13 : 7,
                                                                                  finer ? 9 : 5, large ? 8 : finer ? 24 : 12);
                if (!large && !offScreen) inside.insert(inside.begin(), c);
                points = std::move(inside);
            }
            const int group = static_cast<int>(&country - names.data());
            // The countries the exhibit is about come first, before place names, the one it is most about (by its
            // events) first of all: Pakistan before its neighbours.
            const bool most = country.shape == mostAbout && country.hasEvents && overlapsView;
            const int priority = most ? 3000 : country.hasEvents ? 2200 + std::min(700, 10 * country.events) : static_cast<int>(std::min(900.0f, screenW / 4));
            // Where the name may sit on a point: centred on it, or (a country the exhibit is about, in a crowd of
            // markers) ending or starting just past it, so that it can lie beside the markers rather than on them.
            const std::vector<float> leftOfPoint = subject ? std::vector<float>{0.5f, 0.88f, 0.12f} : std::vector<float>{0.5f};
            for (size_t candidate = 0; candidate < points.size() * leftOfPoint.size(); ++candidate) {
                const size_t rank = candidate / leftOfPoint.size();
                const model::ScreenPoint p = points[rank];
                ImVec2 at{p.x - size.x * leftOfPoint[candidate % leftOfPoint.size()], p.y - size.y / 2};
                // A name that would stick out of the pane or run under a control slides sideways, by at most half its
                // width (its point stays under it); placeLabels drops it if that is not enough.
                const float pad = m.px(6);
                float lo = r.x + pad, hi = r.right() - pad - size.x;
                for (const model::LabelBox& control : controlBoxes)
                    if (at.y < control.y1 && at.y + size.y > control.y0) {
                        if (control.x0 > r.x + r.w / 2) hi = std::min(hi, control.x0 - pad - size.x);
                        else lo = std::max(lo, control.x1 + pad);
                    }
                lo = std::max(lo, p.x - size.x);
                hi = std::min(hi, p.x);
                if (lo <= hi) at.x = std::clamp(at.x, lo, hi);
                if (!wholeInside(r, at, size)) continue;
                labels.push_back({name, at, countryFont, ctx.palette.mapName});
                boxes.push_back({at.x, at.y, at.x + size.x, at.y + size.y, priority - static_cast<int>(candidate), group});
            }
            if (!most) continue;
            // Last, for the country the exhibit is most about: its name just beside one of the markers on or near it
            // (right, left, above, below, or a corner), standing at least one part in three on the country itself or
            // else mostly on no other country (the sea off its coast), never mostly on a neighbour: the places with
            // most of the name on the country, and least on others, first.
            struct Beside {
                ImVec2 at;
                float share;
            };
            auto foreignShare = [&](ImVec2 at) {
                int on = 0;
                constexpr int kColumns = 4, kRows = 3;
                for (int i = 0; i < kColumns; ++i)
                    for (int j = 0; j < kRows; ++j) {
                        const model::GeoPoint g = model::unproject(
                            {at.x + size.x * (static_cast<float>(i) + 0.5f) / kColumns, at.y + size.y * (static_cast<float>(j) + 0.5f) / kRows}, view, vp);
                        for (const CountryName& other : names)
                            if (other.shape != country.shape && model::shapeContains(*other.shape, g.lon, g.lat)) {
                                ++on;
                                break;
                            }
                    }
                return static_cast<float>(on) / (kColumns * kRows);
            };
            std::vector<Beside> beside;
            for (const model::MapMarker& marker : markers) {
                const float reach = drawnReach(marker);
                if (marker.at.x + reach < a.x - size.x || marker.at.x - reach > b.x + size.x || marker.at.y + reach < a.y - size.y ||
                    marker.at.y - reach > b.y + size.y)
                    continue;
                const float d = reach + m.px(6), e = d * 0.7f;
                const float mx = marker.at.x, my = marker.at.y;
                for (const ImVec2 at : {ImVec2{mx + d, my - size.y / 2}, ImVec2{mx - d - size.x, my - size.y / 2}, ImVec2{mx - size.x / 2, my - d - size.y},
                                        ImVec2{mx - size.x / 2, my + d}, ImVec2{mx + e, my - e - size.y}, ImVec2{mx + e, my + e},
                                        ImVec2{mx - e - size.x, my - e - size.y}, ImVec2{mx - e - size.x, my + e}}) {
                    if (!wholeInside(r, at, size)) continue;
                    const float share = model::shareInside(shape, at.x, at.y, at.x + size.x, at.y + size.y, view, vp, 4, 3);
                    const float foreign = share >= 1.0f / 3.0f - 1e-4f ? 0.0f : foreignShare(at);
                    if (share >= 1.0f / 3.0f - 1e-4f || foreign <= 0.25f + 1e-4f) beside.push_back({at, share - foreign});
                }
            }
            std::stable_sort(beside.begin(), beside.end(), [](const Beside& p, const Beside& q) { return p.share > q.share; });
            const int first = static_cast<int>(points.size() * leftOfPoint.size());
            for (size_t k = 0; k < beside.size() && k < 24; ++k) {
                const ImVec2 at = beside[k].at;
                labels.push_back({name, at, countryFont, ctx.palette.mapName});
                boxes.push_back({at.x, at.y, at.x + size.x, at.y + size.y, priority - first - static_cast<int>(k), group});
            }
        }
        // Markers themselves are obstacles that names must avoid, and so are the pane's heading, its zoom buttons
        // and the map-data note, which are drawn over the map.
        std::vector<model::LabelBox> all = boxes;
        // Each as large as it is drawn: a cluster's disc and ring reach well past a single place's.
        for (const model::MapMarker& marker : markers) {
            const float reach = drawnReach(marker);
            all.push_back({marker.at.x - reach, marker.at.y - reach, marker.at.x + reach, marker.at.y + reach, 100000, -1, true});
        }
        for (const model::LabelBox& control : controlBoxes) all.push_back(control);
        const std::vector<bool> shown = model::placeLabels(all, m.px(4));
        scratch.mapCountryLabels.clear();
        scratch.mapCountryLabelBoxes.clear();
        for (size_t i = firstCountryLabel; i < labels.size(); ++i)
            if (shown[i]) {
                scratch.mapCountryLabels.push_back(labels[i].text);
                scratch.mapCountryLabelBoxes.push_back({boxes[i].x0, boxes[i].y0, boxes[i].x1 - boxes[i].x0, boxes[i].y1 - boxes[i].y0});
            }
        scratch.mapBordersNote = note;
        // A place's drawn name answers a tap like its marker: from the marker to the name's end, a touch target high.
        std::vector<std::pair<model::LabelBox, int>> nameTargets;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (!shown[i]) continue;
            const Label& l = labels[i];
            if (l.marker >= 0) {
                const model::MapMarker& marker = markers[static_cast<size_t>(l.marker)];
                const float h = std::max(touch, l.font->FontSize);
                const model::LabelBox box{marker.at.x, marker.at.y - h / 2, boxes[i].x1 + m.px(4), marker.at.y + h / 2, 0};
                nameTargets.push_back({box, l.marker});
                scratch.mapTargets.push_back({"place-label", ctx.catalog.places[static_cast<size_t>(marker.places.front())].id, (box.x0 + box.x1) / 2,
                                              marker.at.y, marker.eventCount, box.x1 - box.x0, h});
            }
            drawText(dl, l.font, l.font->FontSize, {l.at.x + 1, l.at.y + 1}, IM_COL32(0, 0, 0, 160), l.text);
            drawText(dl, l.font, l.font->FontSize, l.at, l.colour, l.text);
        }
        for (const model::MapMarker& marker : markers) {
            const ImVec2 c{marker.at.x, marker.at.y};
            const bool cluster = marker.places.size() > 1;
            const float rr = cluster ? radius * 1.3f : radius;
            if (marker.highlighted) dl->AddCircleFilled(c, rr + m.px(8), withAlpha(ctx.palette.markerSelected, 0.45f), 32);
            dl->AddCircleFilled(c, rr, marker.highlighted ? ctx.palette.markerSelected : ctx.palette.marker, 32);
            dl->AddCircle(c, rr, IM_COL32(0, 0, 0, 200), 32, m.px(2));
            if (cluster) dl->AddCircle(c, rr + m.px(4), ctx.palette.marker, 32, m.px(2));
            const std::string countText = model::compactCount(marker.eventCount);
            const char* count = countText.c_str();
            const ImVec2 size = textSize(small, small->FontSize * 0.9f, count);
            drawText(dl, small, small->FontSize * 0.9f, {c.x - size.x / 2, c.y - size.y / 2}, ctx.palette.accentText, count);
        }
        for (const model::MapMarker& marker : beyond) {
            // The arrow sits just inside the edge nearest the marker, pointing out towards it.
            const float inset = m.px(9);
            const ImVec2 at{std::clamp(marker.at.x, r.x + inset, r.right() - inset), std::clamp(marker.at.y, r.y + inset, r.bottom() - inset)};
            float dx = marker.at.x - at.x, dy = marker.at.y - at.y;
            const float len = std::hypot(dx, dy);
            if (len < 0.5f) {
                // The centre is inside but the circle is not: point at the nearest edge.
                const float left = at.x - r.x, right = r.right() - at.x, top = at.y - r.y, bottom = r.bottom() - at.y;
                const float least = std::min({left, right, top, bottom});
                dx = least == left ? -1.0f : least == right ? 1.0f : 0.0f;
                dy = dx != 0 ? 0.0f : least == top ? -1.0f : 1.0f;
            } else {
                dx /= len;
                dy /= len;
            }
            const float a = m.px(8);
            const ImVec2 tip{at.x + dx * a, at.y + dy * a};
            const ImVec2 b1{at.x - dx * a * 0.6f - dy * a, at.y - dy * a * 0.6f + dx * a};
            const ImVec2 b2{at.x - dx * a * 0.6f + dy * a, at.y - dy * a * 0.6f - dx * a};
            dl->AddTriangleFilled(tip, b1, b2, marker.highlighted ? ctx.palette.markerSelected : ctx.palette.marker);
            dl->AddTriangle(tip, b1, b2, IM_COL32(0, 0, 0, 200), m.px(1.5f));
        }
        const ImVec2 ns = controls.noteSize;
        const float noteX = r.x + controls.alongReading(0, ns.x + m.px(20));
        dl->AddRectFilled({noteX, r.bottom() - ns.y - m.px(12)}, {noteX + ns.x + m.px(20), r.bottom()}, withAlpha(ctx.palette.panel, 0.85f), m.px(6));
        drawText(dl, small, small->FontSize, {noteX + m.px(10), r.bottom() - ns.y - m.px(6)}, ctx.palette.textMuted, note);
        dl->PopClipRect();

        // Controls come before the touch surface so that they win the pointer where they overlap it.
        ImGui::PushFont(ctx.fonts.heading);
        const ImVec2 hs = textSize(tr("Map"));
        ImGui::SetCursorPos({controls.alongReading(m.px(16), hs.x), m.px(10)});
        const float plateX = r.x + controls.alongReading(0, hs.x + m.px(32));
        dl->AddRectFilled({plateX, r.y}, {plateX + hs.x + m.px(32), r.y + hs.y + m.px(20)}, withAlpha(ctx.palette.panel, 0.9f), m.rounding());
        textLine(tr("Map"));
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.uiBold);
        ImGui::SetCursorPos(controls.button(0, m.gap(), m.px(14)));
        if (tapButton("+##map-in", {touch, touch}))
            out.push_back(app::FlyMapTo{model::zoomAround(view, 2.0, {r.x + r.w / 2, r.y + r.h / 2}, vp)});
        ImGui::SetCursorPos(controls.button(1, m.gap(), m.px(14)));
        if (tapButton("\u2013##map-out", {touch, touch}))
            out.push_back(app::FlyMapTo{model::zoomAround(view, 0.5, {r.x + r.w / 2, r.y + r.h / 2}, vp)});
        ImGui::SetCursorPos(controls.button(2, m.gap(), m.px(14)));
        if (tapButton(withId(tr("Home"), "map-home").c_str(), {controls.homeW, touch})) out.push_back(app::FlyMapTo{model::homeView(ctx.catalog.exhibit)});
        ImGui::PopFont();

        if (!ctx.state.map.chooser.empty()) drawChooser(ctx, scratch, r, out);

        ImGui::SetCursorScreenPos({r.x, r.y});
        ImGui::InvisibleButton("##map-surface", {r.w, r.h});
        const Gesture g = trackLastItem(scratch.map, ctx.time);
        if (g.pressed) out.push_back(app::SetMapVelocity{0, 0});
        // A drag pans; a pinch zooms about the fingers' centre while its drag pans: one view change for both.
        const bool pinched = ctx.pinch.active && r.contains(ctx.pinch.x, ctx.pinch.y) && std::isfinite(ctx.pinch.scale) && ctx.pinch.scale > 0;
        if ((g.dragging && (g.dx != 0 || g.dy != 0)) || pinched) {
            model::MapView next = g.dragging ? model::panByPixels(view, g.dx, g.dy, vp) : view;
            if (pinched) next = model::zoomAround(next, ctx.pinch.scale, {ctx.pinch.x, ctx.pinch.y}, vp);
            out.push_back(app::SetMapView{next});
        }
        if (g.released && !g.tapped && !pressCancelled() && std::hypot(g.vx, g.vy) > m.px(80)) out.push_back(app::SetMapVelocity{g.vx, g.vy});
        if (g.tapped) {
            int hit = model::hitTestMarkers(markers, {g.x, g.y}, touch * 0.5f + m.px(4));
            for (size_t i = 0; hit < 0 && i < nameTargets.size(); ++i) {
                const model::LabelBox& b = nameTargets[i].first;
                if (g.x >= b.x0 && g.x <= b.x1 && g.y >= b.y0 && g.y <= b.y1) hit = nameTargets[i].second;
            }
            if (hit >= 0) {
                const model::MapMarker& marker = markers[static_cast<size_t>(hit)];
                if (marker.places.size() > 1) {
                    const double factor = model::zoomToSplit(ctx.catalog, marker, view, vp, touch * 0.9f);
                    out.push_back(app::FlyMapTo{model::zoomAround(view, factor, marker.at, vp)});
                } else {
                    const model::Index place = marker.places.front();
                    // The same filter as the timeline's: the list holds what the marker counts.
                    const auto events = model::eventsShownAt(ctx.catalog, place, ctx.state.timeline.themeFilter, ctx.state.selectedEvent);
                    if (events.size() == 1) out.push_back(app::SelectEvent{events.front()});
                    else out.push_back(app::OpenChooser{events, ctx.catalog.places[static_cast<size_t>(place)].name});
                }
            } else if (g.doubleTapped) {
                out.push_back(app::FlyMapTo{model::zoomAround(view, 2.0, {g.x, g.y}, vp)});
            } else if (!ctx.state.map.chooser.empty()) {
                out.push_back(app::CloseChooser{});
            }
        }
        if (ImGui::IsItemHovered() && ImGui::GetIO().MouseWheel != 0) {
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            out.push_back(app::SetMapView{model::zoomAround(view, std::pow(1.25, ImGui::GetIO().MouseWheel), {mouse.x, mouse.y}, vp)});
        }
    }
    endPane();
}

}  // namespace kiosk::ui
