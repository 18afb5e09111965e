// headless.hpp: Dear ImGui without a window or GPU, for pane tests. The one file that simulates input, so an
// ImGui upgrade (1.87's input queue) changes only this file.
#pragma once
#include <imgui.h>

#include <functional>

#include "app/frame_policy.hpp"
#include "app/reducer.hpp"
#include "content/content_loader.hpp"
#include "model/screen_layout.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::test {

inline const model::Catalog& realCatalog() {
    static const model::Catalog catalog = [] {
        auto loaded = content::loadContent(KIOSK_DATA_DIR);
        if (!loaded.ok()) throw std::runtime_error(loaded.diagnostics.format());
        return std::move(loaded.catalog);
    }();
    return catalog;
}

// A whole exhibit frame loop at a given size, with the real content and fonts.
class HeadlessKiosk {
public:
    HeadlessKiosk(float width, float height, float pxPerMm = 0) : width_(width), height_(height), metrics_{1, pxPerMm} {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL 3 backend declares
        io.DisplaySize = {width, height};
        io.DeltaTime = 1.0f / 60;
        metrics_.scale = model::layoutScreen(width, height).scale;
        layout_ = model::layoutScreen(width, height, false, metrics_.primaryTouch());
        io.UserData = &registry_;
        ranges_ = ui::glyphRangesFor(realCatalog());
        fonts_ = ui::buildFonts(*io.Fonts, KIOSK_FONTS_DIR, layout_.scale, ranges_, realCatalog());
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyStyle(ui::defaultPalette(), metrics_);
        data_ = ui::buildUiData(realCatalog(), fonts_, layout_.scale);
        state_ = app::homeState(realCatalog());
        frame();  // one frame so that touch targets exist
    }
    ~HeadlessKiosk() { ImGui::DestroyContext(); }

    // Runs one frame with the given pointer, applies the actions, returns them.
    app::Actions frame(float x = -1, float y = -1, bool down = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = x < 0 ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(x, y);
        io.MouseDown[0] = down;
        time_ += 1.0 / 60;
        registry_.entries.clear();
        ImGui::NewFrame();
        app::Actions actions;
        const ui::FrameContext ctx{*catalog_, state_, layout_, metrics_, fonts_, ui::defaultPalette(), data_, results_, time_, nullptr,
                                   speechAvailable_, {}, nullptr, offeredLanguages_};
        ui::drawExhibit(ctx, scratch_, actions);
        ImGui::Render();
        lastVertices_ = ImGui::GetDrawData()->TotalVtxCount;
        const app::ReduceContext rc{*catalog_, {layout_.map.x, layout_.map.y, layout_.map.w, layout_.map.h}, {}, &reach_};
        // The kiosk's own frame policy: the same gate and the same order as the product applies them.
        app::applyFrameActions(state_, actions, rc, {false, false, state_.mode}, scratch_.readerContentHeight, nullptr, nullptr);
        app::advanceAnimations(state_, 1.0 / 60, rc);
        return actions;
    }
    // Move, press, release: all the actions the tap produced.
    app::Actions tap(float x, float y) {
        app::Actions all;
        for (bool down : {false, true, false}) {
            auto a = frame(x, y, down);
            all.insert(all.end(), a.begin(), a.end());
        }
        return all;
    }
    app::Actions drag(float x0, float y0, float x1, float y1, int steps = 10) {
        app::Actions all;
        frame(x0, y0, false);
        for (int i = 0; i <= steps; ++i) {
            const float t = static_cast<float>(i) / static_cast<float>(steps);
            auto a = frame(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, true);
            all.insert(all.end(), a.begin(), a.end());
        }
        auto a = frame(x1, y1, false);
        all.insert(all.end(), a.begin(), a.end());
        return all;
    }
    void settle() {
        for (int i = 0; i < 240; ++i) frame();
    }

    // Applies an action as if a pane had produced it.
    void apply(const app::Action& a) {
        const app::ReduceContext rc{*catalog_, {layout_.map.x, layout_.map.y, layout_.map.w, layout_.map.h}, {}, &reach_};
        app::reduce(state_, a, rc);
    }
    const ui::ButtonRegistry& registry() const { return registry_; }
    void setSpeechAvailable(bool on) { speechAvailable_ = on; }
    // Draws `catalog` from now on (the real content shown in another language); it must outlive the kiosk.
    void useCatalog(const model::Catalog& catalog) { catalog_ = &catalog; }
    void setOfferedLanguages(std::vector<std::string> codes) { offeredLanguages_ = std::move(codes); }
    bool hasButton(const std::string& label) const {
        for (const auto& e : registry_.entries)
            if (e.label == label) return true;
        return false;
    }
    app::ViewState& state() { return state_; }
    const ui::PaneScratch& scratch() const { return scratch_; }
    const model::ScreenLayout& layout() const { return layout_; }
    int lastVertices() const { return lastVertices_; }
    const ui::FontSet& fonts() const { return fonts_; }
    const ui::UiData& data() const { return data_; }

private:
    float width_, height_;
    ui::Metrics metrics_;
    ui::ButtonRegistry registry_;
    model::ScreenLayout layout_;
    std::vector<ImWchar> ranges_;
    ui::FontSet fonts_;
    ui::UiData data_;
    ui::PaneScratch scratch_;
    app::ViewState state_;
    model::MapReach reach_ = model::mapReachOf(realCatalog());  // as the kiosk's (app/kiosk_app.cpp)
    std::vector<model::SearchResult> results_;
    double time_ = 0;
    int lastVertices_ = 0;
    bool speechAvailable_ = false;
    std::vector<std::string> offeredLanguages_;
    const model::Catalog* catalog_ = &realCatalog();
};

template <typename T>
bool contains(const app::Actions& actions) {
    for (const auto& a : actions)
        if (std::holds_alternative<T>(a)) return true;
    return false;
}

template <typename T>
const T* find(const app::Actions& actions) {
    for (const auto& a : actions)
        if (const T* t = std::get_if<T>(&a)) return t;
    return nullptr;
}

}  // namespace kiosk::test
