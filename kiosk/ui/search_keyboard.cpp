// search_keyboard.cpp: the large on-screen keyboard for search, laid over the timeline so that the results in the
// reader stay in view.
#include <algorithm>
#include <cctype>

#include "model/language.hpp"
#include "model/on_screen_keyboard.hpp"
#include "ui/ui_context.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;

namespace {

// What a key shows: its letter, or the visitor's word for what it does.
std::string keyCaption(const model::KeyboardKey& key) {
    switch (key.kind) {
        case model::KeyboardKey::Kind::Delete: return tr("Delete");
        case model::KeyboardKey::Kind::Clear: return tr("Clear");
        case model::KeyboardKey::Kind::Space: return tr("Space");
        case model::KeyboardKey::Kind::Done: return tr("Done");
        case model::KeyboardKey::Kind::Character: break;
    }
    return key.label;
}

}  // namespace

model::Rect keyboardRect(const model::ScreenLayout& layout, const Metrics& m, const model::Rect& keepClear, int rows) {
    // Over the timeline: the results stay in full view in the reader, in either orientation. Where the timeline
    // is too short for five rows of full-size keys, the keyboard grows upwards over the map.
    model::Rect r = layout.timeline;
    // Eleven keys of at least touch size must fit across; on a narrow screen the keyboard takes the full width.
    const float neededWidth = 11.5f * m.touch() + 10 * m.gap() + 2 * m.px(20);
    if (r.w < neededWidth) {
        r.x = layout.map.x;
        r.w = std::max(r.w, layout.reader.right() - layout.map.x);
    }
    const float keyRows = static_cast<float>(std::max(rows, 1));
    const float needed = keyRows * m.touch() + (keyRows - 1) * m.gap() + m.px(64) + 2 * m.px(16);
    if (r.h < needed) {
        const float grow = std::min(needed - r.h, r.y - layout.map.y);
        r.y -= grow;
        r.h += grow;
    }
    // Grown over the foot of the map, it would hide the map's buttons there (low reach): it gives up their side
    // instead, while eleven keys of touch size still fit beside them.
    const bool covers = keepClear.w > 0 && keepClear.h > 0 && r.x < keepClear.right() && keepClear.x < r.right() && r.y < keepClear.bottom() &&
                        keepClear.y < r.bottom();
    if (covers && keepClear.x - m.gap() - r.x >= neededWidth) {
        r.w = keepClear.x - m.gap() - r.x;
    } else if (covers && r.right() - keepClear.right() - m.gap() >= neededWidth) {  // the buttons at the left (Urdu)
        const float right = r.right();
        r.x = keepClear.right() + m.gap();
        r.w = right - r.x;
    }
    return r;
}

void drawSearchKeyboard(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const auto& rows = model::keyboardRows(ctx.state.language);
    const model::LanguageInfo* language = model::findLanguage(ctx.state.language);
    // Letter rows run from the right in a right-to-left script, and so does the row of Clear, Space and Done; the
    // digits stay 1 to 0 from the left, as Urdu writes numbers, with Delete at their end.
    const bool rightToLeft = language && language->rightToLeft;
    const model::Rect r = keyboardRect(ctx.layout, m, mapButtonsRect(ctx), static_cast<int>(rows.size()));
    scratch.keyboard = {r.x, r.y, r.w, r.h};
    // No focus-stealing here: focusing a window every frame would cancel a press on a result in the reader.
    if (beginPane("##keyboard", r, ctx.palette.panelRaised, false, true)) {
        const ImGuiStyle& style = ImGui::GetStyle();
        // The query, large, with a steady caret (nothing blinks).
        ImGui::PushFont(ctx.fonts.heading);
        const std::string shown = ctx.state.search.query + "|";
        const FlushRightLines queryFromTheRight(rightToLeft);  // Urdu is typed from the right, the caret at its end
        textLine(ctx.state.search.query.empty() ? std::string(tr("Type to search the exhibit")) + "|" : shown);
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
            const bool digits = !rows[row].empty() && !rows[row].front().insert.empty() && std::isdigit(static_cast<unsigned char>(rows[row].front().insert[0]));
            const bool mirrored = rightToLeft && !digits;
            for (size_t k = 0; k < rows[row].size(); ++k) {
                const model::KeyboardKey& key = rows[row][k];
                const float keyW = key.width * unit + gap * (key.width - 1);
                ImGui::SetCursorPos({mirrored ? 2 * style.WindowPadding.x + width - x - keyW : x, y});
                ImGui::PushID(static_cast<int>(row * 100 + k));
                const bool done = key.kind == model::KeyboardKey::Kind::Done;
                if (tapButton(withId(keyCaption(key), key.label).c_str(), {keyW, keyH}, done)) {
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
