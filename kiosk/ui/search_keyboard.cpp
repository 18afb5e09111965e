// search_keyboard.cpp: the large on-screen keyboard for search, laid over the timeline so that the results in the
// reader stay in view.
#include "model/on_screen_keyboard.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::ui {

model::Rect keyboardRect(const model::ScreenLayout& layout, const Metrics& m) {
    // Over the timeline: the results stay in full view in the reader, in either orientation. Where the timeline
    // is too short for five rows of full-size keys, the keyboard grows upwards over the map.
    model::Rect r = layout.timeline;
    // Eleven keys of at least touch size must fit across; on a narrow screen the keyboard takes the full width.
    const float neededWidth = 11.5f * m.touch() + 10 * m.gap() + 2 * m.px(20);
    if (r.w < neededWidth) {
        r.x = layout.map.x;
        r.w = std::max(r.w, layout.reader.right() - layout.map.x);
    }
    const float needed = 5 * m.touch() + 4 * m.gap() + m.px(64) + 2 * m.px(16);
    if (r.h < needed) {
        const float grow = std::min(needed - r.h, r.y - layout.map.y);
        r.y -= grow;
        r.h += grow;
    }
    return r;
}

void drawSearchKeyboard(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect r = keyboardRect(ctx.layout, m);
    // No focus-stealing here: focusing a window every frame would cancel a press on a result in the reader.
    if (beginPane("##keyboard", r, ctx.palette.panelRaised, false, true)) {
        const auto& rows = model::keyboardRows();
        const ImGuiStyle& style = ImGui::GetStyle();
        // The query, large, with a steady caret (nothing blinks).
        ImGui::PushFont(ctx.fonts.heading);
        const std::string shown = ctx.state.search.query + "|";
        ImGui::TextUnformatted(ctx.state.search.query.empty() ? "Type to search the exhibit|" : shown.c_str());
        ImGui::PopFont();
        const float top = ImGui::GetCursorPosY() + m.px(4);
        const float width = r.w - 2 * style.WindowPadding.x;
        const float height = r.h - top - style.WindowPadding.y;
        const float gap = m.gap();
        const float keyH = std::max(48.0f, (height - gap * static_cast<float>(rows.size() - 1)) / static_cast<float>(rows.size()));
        ImGui::PushFont(ctx.fonts.uiBold);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(ctx.palette.panel));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(ctx.palette.panel));
        float y = top;
        for (size_t row = 0; row < rows.size(); ++row) {
            float units = 0;
            for (const auto& key : rows[row]) units += key.width;
            const float unit = std::min((width - gap * static_cast<float>(rows[row].size() - 1)) / units,
                                        (width - gap * 10) / 11.5f);  // letters keep the size of the digit row's keys
            float rowW = 0;
            for (const auto& key : rows[row]) rowW += key.width * unit;
            rowW += gap * static_cast<float>(rows[row].size() - 1);
            float x = style.WindowPadding.x + (width - rowW) / 2;
            for (size_t k = 0; k < rows[row].size(); ++k) {
                const model::KeyboardKey& key = rows[row][k];
                ImGui::SetCursorPos({x, y});
                ImGui::PushID(static_cast<int>(row * 100 + k));
                const bool done = key.kind == model::KeyboardKey::Kind::Done;
                if (tapButton(key.label.c_str(), {key.width * unit + gap * (key.width - 1), keyH}, done)) {
                    if (done) out.push_back(app::CloseSearch{});
                    else out.push_back(app::SetSearchQuery{model::applyKey(ctx.state.search.query, key)});
                }
                ImGui::PopID();
                x += key.width * unit + gap * key.width;
            }
            y += keyH + gap;
        }
        ImGui::PopStyleColor(2);
        ImGui::PopFont();
    }
    endPane();
}

}  // namespace kiosk::ui
