// kiosk_app.cpp: start-up, the frame loop (real or virtual clock), and shutdown.
#include "app/kiosk_app.hpp"

#include <imgui.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cfloat>
#include <cmath>
#include <csignal>
#include <fstream>
#include <memory>
#include <sstream>

#include "app/check_report.hpp"
#include "app/config.hpp"
#include "app/input_script.hpp"
#include "app/logging.hpp"
#include "app/paths.hpp"
#include "app/reducer.hpp"
#include "app/state_json.hpp"
#include "build_info.hpp"
#include "model/screen_layout.hpp"
#include "platform/keys.hpp"
#include "platform/window.hpp"
#include "store/catalog_reader.hpp"
#include "store/search_index.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::app {
namespace {

std::atomic<bool> gStop{false};
void onSignal(int) { gStop = true; }

std::optional<std::string> readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Everything the running kiosk owns, in the order it is built.
class Kiosk {
public:
    Kiosk(const Options& options, Config config) : options_(options), config_(std::move(config)) {}

    int run();

private:
    const Options& options_;
    Config config_;
    std::unique_ptr<model::Catalog> catalog_;
    std::unique_ptr<store::SearchIndex> search_;
    std::string contentError_;
    std::unique_ptr<platform::Window> window_;
    std::vector<ImWchar> glyphRanges_;
    ui::FontSet fonts_;
    float fontScale_ = 0;
    ui::UiData uiData_;
    ui::PaneScratch scratch_;
    ViewState state_;
    std::vector<model::SearchResult> searchResults_;
    std::optional<ScriptPlayer> player_;
    StateExtras extras_;
    double clock_ = 0;
    bool virtualClock_ = false;

    void loadContent();
    void rebuildFontsIfNeeded(const model::ScreenLayout& layout);
    bool frame(const FrameInput* input, double dt, bool& changed);
    void handleKeys(const FrameInput* input, Actions& actions);
    void writeState();
};

void Kiosk::loadContent() {
    const auto path = resolveDatabase(!options_.database.empty() ? options_.database : config_.database);
    try {
        catalog_ = std::make_unique<model::Catalog>(store::readCatalog(path));
        search_ = std::make_unique<store::SearchIndex>(path);
        spdlog::info("content {} loaded from {}: {} events", catalog_->info.contentVersion, path.string(), catalog_->events.size());
    } catch (const std::exception& e) {
        catalog_.reset();
        search_.reset();
        contentError_ = e.what();
        spdlog::error("exhibit unavailable: {}", contentError_);
    }
}

void Kiosk::rebuildFontsIfNeeded(const model::ScreenLayout& layout) {
    if (fontScale_ > 0 && std::fabs(layout.scale - fontScale_) < 0.02f) return;
    fontScale_ = layout.scale;
    static const model::Catalog kEmpty;
    const model::Catalog& catalog = catalog_ ? *catalog_ : kEmpty;
    if (glyphRanges_.empty()) glyphRanges_ = ui::glyphRangesFor(catalog);
    fonts_ = ui::buildFonts(*ImGui::GetIO().Fonts, resolveFontsDir(config_.fontsDir), layout.scale, glyphRanges_, catalog);
    for (const std::string& problem : fonts_.problems) spdlog::warn("fonts: {}", problem);
    window_->reloadFontTexture();
    ImGui::GetIO().Fonts->ClearTexData();  // the GPU has the pixels; the CPU copy is megabytes of waste
    ui::applyStyle(ui::defaultPalette(), ui::Metrics{layout.scale});
    if (catalog_) uiData_ = ui::buildUiData(*catalog_, fonts_, layout.scale);
}

void Kiosk::handleKeys(const FrameInput* input, Actions& actions) {
    ImGuiIO& io = ImGui::GetIO();
    // Every key that could leave the kiosk is ignored (and counted); Escape only closes what is open.
    for (int key = 0; key < 512; ++key) {
        if (!ImGui::IsKeyPressed(key, false)) continue;
        if (key == platform::keyIndex("escape")) {
            if (!state_.map.chooser.empty()) actions.push_back(CloseChooser{});
            if (state_.aboutOpen) actions.push_back(CloseAbout{});
            if (state_.search.keyboardOpen) actions.push_back(CloseSearch{});
        }
        if (io.KeyAlt || io.KeyCtrl || io.KeySuper || key == platform::keyIndex("escape")) {
            ++extras_.ignoredKeys;
            spdlog::info("lockdown: ignored key {}{}{}{}", io.KeyCtrl ? "ctrl+" : "", io.KeyAlt ? "alt+" : "", io.KeySuper ? "super+" : "", key);
        }
    }
    (void)input;
}

bool Kiosk::frame(const FrameInput* input, double dt, bool& changed) {
    int width = 0, height = 0;
    window_->framebufferSize(width, height);
    const model::ScreenLayout layout = model::layoutScreen(static_cast<float>(width), static_cast<float>(height));
    rebuildFontsIfNeeded(layout);

    window_->newFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(std::max(1e-4, dt));
    platform::KeyChord chord;
    if (input) {
        // Scripted input replaces the devices' for this frame.
        io.MousePos = input->x < 0 ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(input->x, input->y);
        for (bool& down : io.MouseDown) down = false;
        io.MouseDown[0] = input->down;
        io.MouseWheel = 0;
        if (!input->key.empty()) {
            chord = platform::parseChord(input->key);
            if (chord.key >= 0) io.KeysDown[chord.key] = true;
            io.KeyCtrl = chord.ctrl;
            io.KeyAlt = chord.alt;
            io.KeyShift = chord.shift;
            io.KeySuper = chord.super;
        }
        if (!input->typed.empty()) io.AddInputCharactersUTF8(input->typed.c_str());
    }
    extras_.refusedCloseRequests += window_->takeCloseRequests();

    ImGui::NewFrame();
    Actions actions;
    const ui::Metrics metrics{layout.scale};
    if (catalog_) {
        const ui::FrameContext ctx{*catalog_, state_, layout, metrics, fonts_, ui::defaultPalette(), uiData_, searchResults_, clock_};
        ui::drawExhibit(ctx, scratch_, actions);
    } else {
        ui::drawUnavailable(metrics, fonts_, ui::defaultPalette(), static_cast<float>(width), static_cast<float>(height), contentError_);
    }
    handleKeys(input, actions);
    ImGui::Render();
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::defaultPalette().background);
    window_->render(ImGui::GetDrawData(), bg.x, bg.y, bg.z);
    if (input && !input->screenshot.empty()) {
        std::string error;
        if (!window_->savePng(input->screenshot, &error)) spdlog::error("screenshot: {}", error);
    }
    window_->present();
    if (input && chord.key >= 0) {
        io.KeysDown[chord.key] = false;
        io.KeyCtrl = io.KeyAlt = io.KeyShift = io.KeySuper = false;
    }

    changed = !actions.empty();
    if (catalog_) {
        const ReduceContext rc{*catalog_, {layout.map.x, layout.map.y, layout.map.w, layout.map.h}, {}};
        for (const Action& a : actions) reduce(state_, a, rc);
        const bool animating = advanceAnimations(state_, dt, rc);
        extras_.layout = layout;
        extras_.width = width;
        extras_.height = height;
        return animating;
    }
    extras_.layout = layout;
    extras_.width = width;
    extras_.height = height;
    return false;
}

void Kiosk::writeState() {
    if (options_.stateOut.empty()) return;
    extras_.contentAvailable = catalog_ != nullptr;
    extras_.contentError = contentError_;
    extras_.clockSeconds = clock_;
    extras_.scratch = &scratch_;
    std::ofstream out(options_.stateOut);
    out << stateToJson(state_, catalog_.get(), extras_).dump(2) << "\n";
    if (!out) spdlog::error("cannot write the state to {}", options_.stateOut);
}

int Kiosk::run() {
    loadContent();
    if (catalog_) {
        state_ = homeState(*catalog_);
        state_.reader.textSize = config_.defaultTextSize;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // a kiosk writes no imgui.ini
    ImGui::GetIO().LogFilename = nullptr;

    platform::WindowOptions wo;
    wo.fullscreen = config_.fullscreen && !options_.windowed && options_.width == 0;
    wo.monitor = config_.monitor;
    wo.width = options_.width ? options_.width : config_.windowWidth;
    wo.height = options_.height ? options_.height : config_.windowHeight;
    virtualClock_ = !options_.screenshot.empty() || !options_.script.empty();
    wo.hideCursor = config_.hideCursor && !virtualClock_;
    wo.title = "Pakistan and the Soviet Union / Russia, 1947-2022";
    std::string error;
    window_ = platform::Window::create(wo, &error);
    if (!window_) {
        spdlog::error("{}", error);
        std::fprintf(stderr,
                     "kiosk: %s.\nThere is no graphical display here. To see the kiosk without one, run it under a virtual display:\n"
                     "  xvfb-run -a -s \"-screen 0 1920x1080x24\" %s/kiosk --windowed --size 1920x1080 --screenshot kiosk.png\n",
                     error.c_str(), executableDir().string().c_str());
        ImGui::DestroyContext();
        return 2;
    }
    spdlog::info("kiosk {} started on {}", build::kVersion, window_->rendererName());

    if (!options_.script.empty()) {
        auto text = readText(options_.script);
        if (!text) {
            spdlog::error("cannot read the script {}", options_.script);
            return 2;
        }
        ParsedScript parsed = parseScript(*text, options_.script);
        if (!parsed.error.empty()) {
            std::fprintf(stderr, "kiosk: %s\n", parsed.error.c_str());
            window_.reset();
            ImGui::DestroyContext();
            return 2;
        }
        player_.emplace(std::move(parsed.commands));
    }

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    const double frameSeconds = 1.0 / 60.0;
    double last = window_->time();
    double lastActivity = last;
    int settledFrames = 0;
    long frames = 0;
    while (!gStop) {
        window_->pollEvents();
        double dt = frameSeconds;
        std::optional<FrameInput> input;
        if (virtualClock_) {
            if (player_ && !player_->finished()) input = player_->next();
            else input = FrameInput{player_ ? player_->next() : FrameInput{}};
        } else {
            const double now = window_->time();
            dt = std::clamp(now - last, 1e-4, 0.25);
            last = now;
        }
        clock_ += dt;
        bool changed = false;
        const bool animating = frame(input ? &*input : nullptr, dt, changed);
        extras_.frames = ++frames;

        if (virtualClock_) {
            const bool scriptDone = !player_ || player_->finished();
            settledFrames = (animating || changed) ? 0 : settledFrames + 1;
            // Done when the script has run out and the screen has been still for a few frames (or 10 s passed).
            if (scriptDone && ((settledFrames >= 6 && frames >= 12) || settledFrames > 600 || frames > 60 * 600)) {
                if (!options_.screenshot.empty()) {
                    FrameInput shot = player_ ? player_->next() : FrameInput{};
                    shot.screenshot = options_.screenshot;
                    frame(&shot, frameSeconds, changed);
                }
                break;
            }
            continue;
        }
        // Real clock: full rate while something moves or a finger is down; otherwise sleep until an event.
        const ImGuiIO& io = ImGui::GetIO();
        if (animating || changed || io.MouseDown[0] || io.MouseDelta.x != 0 || io.MouseDelta.y != 0) lastActivity = window_->time();
        if (window_->time() - lastActivity > 0.5) window_->waitEvents(1.0);
    }
    writeState();
    spdlog::info("kiosk stopped after {} frames", frames);
    window_.reset();
    ImGui::DestroyContext();
    return 0;
}

}  // namespace

int runKiosk(const Options& options) {
    const auto configPath = options.config.empty() ? defaultConfigPath() : options.config;
    ConfigResult config = loadConfig(configPath);
    setupLogging(config.config.logFile);
    for (const std::string& w : config.warnings) spdlog::warn("config: {}", w);
    if (options.check) return runCheck(options, config, configPath);
    Kiosk kiosk(options, std::move(config.config));
    return kiosk.run();
}

}  // namespace kiosk::app
