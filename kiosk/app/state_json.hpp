// state_json.hpp: the UI state as JSON (--state-out), so tests and staff can see what the visitor sees.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "app/view_state.hpp"
#include "model/catalog.hpp"
#include "model/screen_layout.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::app {

struct StateExtras {
    bool contentAvailable = true;
    std::string contentError;
    int width = 0, height = 0;
    model::ScreenLayout layout;
    long frames = 0;
    double clockSeconds = 0;
    int refusedCloseRequests = 0;
    int ignoredKeys = 0;
    long xErrors = 0;  // X protocol errors survived (recorded, never fatal)
    std::string palette = "standard";
    const ui::PaneScratch* scratch = nullptr;  // touch targets of the last frame
    const ui::ButtonRegistry* buttons = nullptr;  // every button of the last frame
    // Opening hours: whether a [schedule] is set, open now (or woken by staff), asleep (screen off), the local time.
    bool scheduled = false, open = true, asleep = false;
    std::string localTime;
    const ui::PreviewInfo* preview = nullptr;     // `kiosk --preview`: the last rebuild, as its panel shows it
};

nlohmann::json stateToJson(const ViewState& state, const model::Catalog* catalog, const StateExtras& extras);

}  // namespace kiosk::app
