// kiosk_app.cpp: start-up, the frame loop (real or virtual clock), the visitor life cycle and shutdown.
#include "app/kiosk_app.hpp"

#include <imgui.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cfloat>
#include <chrono>
#include <future>
#include <thread>
#include <cmath>
#include <csignal>
#include <signal.h>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>

#include "app/admin_lock.hpp"
#include "app/attract_tour.hpp"
#include "app/preview_session.hpp"
#include "app/log_throttle.hpp"
#include "app/check_report.hpp"
#include "app/config.hpp"
#include "app/frame_policy.hpp"
#include "app/frame_stats.hpp"
#include "app/input_script.hpp"
#include "app/instance_lock.hpp"
#include "app/latency_probe.hpp"
#include "app/logging.hpp"
#include "app/mode_machine.hpp"
#include "app/opening_hours_driver.hpp"
#include "app/paths.hpp"
#include "app/reducer.hpp"
#include "app/search_tally.hpp"
#include "app/service_notify.hpp"
#include "app/state_json.hpp"
#include "app/usage_report.hpp"
#include "build_info.hpp"
#include "input/gesture_recogniser.hpp"
#include "model/text_utils.hpp"
#include "model/on_screen_keyboard.hpp"
#include "model/screen_layout.hpp"
#include "model/read_aloud.hpp"
#include "platform/keys.hpp"
#include "platform/speech.hpp"
#include "platform/glyph_texture.hpp"
#include "platform/renderer_warm_up.hpp"
#include "platform/window.hpp"
#include "model/phrase_book.hpp"
#include "model/translation.hpp"
#include "store/catalog_reader.hpp"
#include "store/search_index.hpp"
#include "store/usage_log.hpp"
#include "ui/text_engine.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::app {
namespace {

// How long each pause between frames may spend shaping the reader's pages ahead: a touch waits at most this long.
constexpr double kWarmSliceSeconds = 0.004;

std::atomic<bool> gStop{false};
void onSignal(int) { gStop = true; }
// SIGUSR1: write the state JSON (--state-out) now, without stopping: tests and staff read a running kiosk from outside.
std::atomic<bool> gDumpState{false};
void onDumpSignal(int) { gDumpState = true; }

std::optional<std::string> readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Identity of a file on disk, to notice a content update without reading it.
struct FileStamp {
    dev_t dev = 0;
    ino_t ino = 0;
    off_t size = 0;
    time_t mtime = 0;
    bool operator==(const FileStamp&) const = default;
};
FileStamp stampOf(const std::filesystem::path& p) {
    struct stat st{};
    if (::stat(p.c_str(), &st) != 0) return {};
    return {st.st_dev, st.st_ino, st.st_size, st.st_mtime};
}

enum class Exit { None, Quit, Restart };

// Everything the running kiosk owns, in the order it is built.
class Kiosk {
public:
    Kiosk(const Options& options, Config config, WallClock wall)
        : options_(options), config_(std::move(config)), modes_({config_.idleTimeoutSeconds, 10.0, config_.attractMode}),
          adminLock_(config_.adminPin), cornerHold_(80, 5.0), usage_(config_.usageLog, config_.usageRetentionDays, config_.machineId),
          opening_(config_.openingHours, config_.idleTimeoutSeconds, wall, config_.restartBeforeOpeningSeconds) {}

    int run();

private:
    const Options& options_;
    Config config_;
    std::filesystem::path dbPath_;
    FileStamp dbStamp_;
    std::unique_ptr<model::Catalog> catalog_;
    // The catalog's prose as loaded (English), and the language its text is in now (model/translation).
    model::TranslatedFields englishFields_;
    std::string shownLanguage_ = "en";
    // The configured languages this content has translations for (a button must never promise Urdu and show English).
    std::vector<std::string> languagesOnOffer_;
    std::unique_ptr<store::SearchIndex> search_;
    std::string contentError_;
    std::unique_ptr<platform::Window> window_;
    std::unique_ptr<platform::Speech> speech_;
    bool spoke_ = false;        // readingAloud as last acted on
    double speechStarted_ = 0;
    void updateSpeech();
    std::vector<ImWchar> glyphRanges_;
    ui::FontSet fonts_;
    float fontScale_ = 0;
    // Shaped text (Arabic script, right-to-left runs) beside ImGui's own text path, and its glyphs on the GPU.
    std::unique_ptr<ui::TextEngine> textEngine_;
    const ImWchar* glyphRangesReported_ = nullptr;
    platform::GlyphTexture glyphTexture_;
    ui::UiData uiData_;
    ui::PaneScratch scratch_;
    ViewState state_;
    std::vector<model::SearchResult> searchResults_;
    std::optional<ScriptPlayer> player_;
    StateExtras extras_;
    LogThrottle xErrorLog_{10, 60.0};  // a window resized in a storm can cost an X error a frame
    LogThrottle ignoredKeyLog_{20, 60.0};  // 20 lines a minute, then a count: a leaned-on keyboard must not flood the log
    ModeMachine modes_;
    std::unique_ptr<AttractTour> tour_;
    double tourStart_ = 0;
    bool startOverToTour_ = false;
    model::MapReach mapReach_;  // how far the map may go, from the content's places  // a visitor chose "Start over" this frame and the tour is on
    AdminLock adminLock_;
    CornerHold cornerHold_;
    store::UsageLog usage_;
    FrameStats frameStats_;
    ui::ButtonRegistry buttons_;
    // Every contact (fingers, the mouse, scripted input) goes through here: one hand's fingers become ImGui's one
    // pointer and the pinch the panes zoom by.
    input::GestureRecogniser gestures_;
    input::ContactEvents contacts_;  // taken by the loop, consumed by the next frame
    const ui::Palette* styledPalette_ = nullptr;  // the palette ImGui's style was last built from
    float styledScale_ = 0;
    float pxPerMm_ = 0;
    const ui::Palette& currentPalette() const;
    int searchedGeneration_ = 0;
    SearchTally searchTally_;  // one usage "search" per settled query
    void runSearchIfChanged();
    double clock_ = 0;
    bool virtualClock_ = false;
    // Figures for --stats-out (kiosk-bench).
    std::vector<double> frameCpuMs_, rasterMs_;
    int maxVertices_ = 0, maxDrawCalls_ = 0;
    double loadMs_ = 0, firstFrameMs_ = -1;
    // Where start-up goes, for --stats-out: the window and context, baking the fonts, uploading the atlas, the
    // panes' prepared data.
    double windowMs_ = 0, fontsMs_ = 0, atlasMs_ = 0, uiDataMs_ = 0, firstBuildMs_ = 0, firstRasterMs_ = 0;
    double warmUpMs_ = 0;  // the renderer's warm-up (and any bake again beside it)
    LatencyProbe latency_;  // input-to-pixels and frame intervals, for --stats-out
    double pixelsDrawn_ = 0, pixelsPresented_ = 0;  // what the rasteriser drew, of what full redraws would have
    bool moving_ = false;   // an animation advanced in the last frame: the next one moves
    void writeStats() const;
    long virtualFrames_ = 0;
    Exit exit_ = Exit::None;
    std::string restartClockStart_;  // a simulated clock carries on from here after a restart before opening
    ServiceNotifier notifier_;  // systemd: READY=1, the watchdog's pings, STOPPING=1
    // Opening hours, and the local clock they and the usage log follow (simulated in tests).
    OpeningHoursDriver opening_;
    double wallNow() const { return opening_.unixNow(clock_); }
    bool keepOpeningHours();
    void blankScreen();
    void logXErrors();

    bool loadContent();
    void resetVisitor();
    // `kiosk --preview`: the session that rebuilds the content folder, and what its panel shows.
    std::unique_ptr<PreviewSession> preview_;
    ui::PreviewInfo previewInfo_;
    void previewTick();
    void swapInPreview();
    void describePreview();
    void rebuildFontsIfNeeded(const model::ScreenLayout& layout, bool force = false);
    bool fontsOutOfDate(const model::ScreenLayout& layout) const;
    void prepareFirstFrame();
    void bakeFonts(const model::ScreenLayout& layout, int textSize);
    void uploadFonts(const model::ScreenLayout& layout);
    model::ScreenLayout layoutFor(int width, int height, int textSize) const;
    float densityFor(const platform::MonitorInfo& monitor, int windowWidth) const;
    void showLanguageIfChanged(const model::ScreenLayout& layout);
    // `deferrable`: a frame that asks for changes is not presented (its pixels would be stale at once); *deferred
    // then says so, and the caller builds the next frame straight away from the reduced state.
    bool frame(const FrameInput* input, double dt, bool& changed, bool deferrable = false, bool* deferred = nullptr);
    model::ScreenLayout prepareLayout();
    input::GestureFrame takeGestures(const model::ScreenLayout& layout);
    platform::KeyChord beginFrame(const FrameInput* input, const input::GestureFrame& hand, double dt);
    ModeChange advanceLifeCycle(const input::GestureFrame& hand, const model::ScreenLayout& layout);
    Actions drawFrame(const model::ScreenLayout& layout, const input::GestureFrame& hand);
    void presentFrame(const FrameInput* input, std::chrono::steady_clock::time_point cpuStart);
    ReduceContext reduceContext(const model::ScreenLayout& layout) const;
    void apply(const Action& action);  // through the reducer, the only writer of the view state
    void handleKeys(Actions& actions);
    double idleTimeoutNow() const;
    void applyAdmin(const Action& a);
    void recordUsage(const Action& a);
    ui::AdminInfo adminInfo() const;
    void writeState(const std::string& path);
};

bool Kiosk::loadContent() {
    dbPath_ = preview_ ? preview_->database() : resolveDatabase(!options_.database.empty() ? options_.database : config_.database);
    dbStamp_ = stampOf(dbPath_);
    const std::filesystem::path lastGood = dbPath_.string() + ".last-good";
    for (const auto& candidate : {dbPath_, lastGood}) {
        try {
            auto catalog = std::make_unique<model::Catalog>(store::readCatalog(candidate));
            search_ = std::make_unique<store::SearchIndex>(candidate);
            catalog_ = std::move(catalog);
            englishFields_ = model::currentFields(*catalog_);
            shownLanguage_ = "en";
            model::setPhrases("en", nullptr);
            languagesOnOffer_.clear();
            for (const std::string& code : config_.offeredLanguages) {
                if (code == "en" || catalog_->translations.count(code)) languagesOnOffer_.push_back(code);
                else spdlog::warn("language {} is offered in the config, but the content has no translation into it: not offered", code);
            }
            if (candidate != dbPath_) spdlog::warn("using the last known good content {} because {}", candidate.string(), contentError_);
            spdlog::info("content {} loaded from {}: {} events", catalog_->info.contentVersion, candidate.string(), catalog_->events.size());
            contentError_.clear();
            glyphRanges_.clear();
            tour_ = std::make_unique<AttractTour>(tourEvents(*catalog_));
            mapReach_ = model::mapReachOf(*catalog_);
            return true;
        } catch (const std::exception& e) {
            if (candidate == dbPath_) contentError_ = e.what();
            else if (std::filesystem::exists(candidate)) spdlog::error("the last known good content is unusable too: {}", e.what());
        }
    }
    catalog_.reset();
    search_.reset();
    spdlog::error("exhibit unavailable: {}", contentError_);
    return false;
}

void Kiosk::previewTick() {
    if (!preview_) return;
    const bool building = preview_->building();
    if (!preview_->tick(std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count())) {
        previewInfo_.building = building;
        return;
    }
    const PreviewReport& r = preview_->report();
    describePreview();
    spdlog::info("preview: rebuilt in {:.2f} s ({:.2f} s after the save settled): {}", r.seconds, preview_->lastTurnaround(),
                 r.ok ? "no errors" : std::to_string(previewInfo_.errors) + " error(s)");
    if (r.ok) swapInPreview();
}

// The new content in place of the old, with the visitor where they were: the same event and article (found again by
// id), the same page, the same stretch of timeline and view of the map. The same load as between visitors.
void Kiosk::swapInPreview() {
    std::string eventId, articleId;
    if (catalog_ && state_.selectedEvent >= 0) eventId = catalog_->events[static_cast<size_t>(state_.selectedEvent)].id;
    if (catalog_ && state_.reader.article >= 0) articleId = catalog_->articles[static_cast<size_t>(state_.reader.article)].id;
    const bool hadContent = catalog_ != nullptr;
    if (!loadContent()) {
        describePreview();
        return;
    }
    fontScale_ = 0;  // new text may need new glyphs, and the derived UI data is of the old catalog
    if (!hadContent) {
        resetVisitor();
        return;
    }
    model::Index article = model::kNone;
    for (size_t i = 0; i < catalog_->articles.size(); ++i)
        if (catalog_->articles[i].id == articleId) article = static_cast<model::Index>(i);
    apply(ContentSwapped{eventId.empty() ? model::kNone : catalog_->findEvent(eventId), article});
    scratch_ = ui::PaneScratch{};
}

void Kiosk::describePreview() {
    if (!preview_) return;
    const PreviewReport& r = preview_->report();
    ui::PreviewInfo info;
    info.folder = options_.preview.string();
    info.building = preview_->building();
    std::string unparsed;
    for (const PreviewProblem& p : r.problems) {
        info.problems.push_back({p.file + (p.line > 0 ? ", line " + std::to_string(p.line) : std::string()), p.message, p.sourceLine, p.warning});
        (p.warning ? info.warnings : info.errors) += 1;
        if (!p.sourceLine.empty() && unparsed.empty()) unparsed = p.file;
    }
    if (!r.failure.empty()) {
        info.errors += 1;
        info.problems.push_back({options_.preview.string(), r.failure, "", false});
    }
    if (r.heldBack > 0)
        info.note = std::to_string(r.heldBack) + " further check" + (r.heldBack == 1 ? "" : "s") + " skipped until " +
                    (unparsed.empty() ? std::string("the file") : unparsed) + " can be read again.";
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "built in %.1f s", r.seconds);
    info.lastBuild = seconds;
    previewInfo_ = std::move(info);
    // With nothing good to show yet, the calm "unavailable" screen carries the problems instead of the panel.
    if (!catalog_ && !r.ok && !previewInfo_.problems.empty()) {
        std::string detail;
        for (const auto& p : previewInfo_.problems) detail += p.where + ": " + p.message + "\n";
        contentError_ = detail;
    }
}

void Kiosk::resetVisitor() {
    // Everything a visitor could have changed goes: selection, search, zoom, article, filters, text size.
    if (catalog_) apply(ResetVisitor{config_.defaultTextSize, config_.reducedMotion, modes_.mode(), config_.defaultLanguage});
    scratch_ = ui::PaneScratch{};
    searchResults_.clear();
    adminLock_.clear();
    tourStart_ = clock_;
    // A content update installed while a visitor was here is picked up now, between visitors.
    if (!(stampOf(dbPath_) == dbStamp_)) {
        spdlog::info("the content database changed on disk; reloading between visitors");
        loadContent();
        fontScale_ = 0;
    }
}

double Kiosk::idleTimeoutNow() const {
    const double browsing = config_.idleTimeoutSeconds;
    if (!catalog_) return browsing;
    if (state_.reader.page == ReaderPage::Article && state_.reader.article >= 0)
        return readingTimeout(model::countWords(catalog_->articles[static_cast<size_t>(state_.reader.article)].body), browsing);
    if (state_.reader.page == ReaderPage::Event && state_.selectedEvent >= 0) {
        const model::Event& e = catalog_->events[static_cast<size_t>(state_.selectedEvent)];
        const int words = model::eventReadingWords(e);
        if (words > 150) return readingTimeout(words, browsing);  // a long excerpt: give time to read it
    }
    return browsing;
}

// Between frames, never while drawing: the catalog's prose is rewritten in the visitor's language (English where a
// field is untranslated), and what was derived from it (labels and their widths, search results) follows.
void Kiosk::showLanguageIfChanged(const model::ScreenLayout& layout) {
    if (!catalog_ || state_.language == shownLanguage_) return;
    const size_t fellBack = model::showLanguage(*catalog_, state_.language, englishFields_);
    if (fellBack > 0 && state_.language != "en")
        spdlog::info("language {}: {} field(s) shown in English (kiosk-content stats lists them)", state_.language, fellBack);
    shownLanguage_ = state_.language;
    const auto phrases = catalog_->phrases.find(state_.language);
    model::setPhrases(state_.language, phrases == catalog_->phrases.end() ? nullptr : &phrases->second);
    uiData_ = ui::buildUiData(*catalog_, fonts_, layout.scale);
    searchedGeneration_ = -1;  // the results again, in the new language
}

bool Kiosk::fontsOutOfDate(const model::ScreenLayout& layout) const {
    // ImGui 1.86 bakes each size once: a new scale or a new text size (which changes every font outside the reader
    // too) needs a new atlas.
    return fontScale_ <= 0 || fonts_.textSize != state_.reader.textSize || std::fabs(layout.scale - fontScale_) >= 0.02f;
}

void Kiosk::rebuildFontsIfNeeded(const model::ScreenLayout& layout, bool force) {
    if (!force && !fontsOutOfDate(layout)) return;
    bakeFonts(layout, state_.reader.textSize);
    uploadFonts(layout);
}

// Before the first frame, the renderer's warm-up (platform/renderer_warm_up) compiles llvmpipe's shaders. The first
// fonts were baked beside the window's creation; where the window came out another size than it was asked for, they
// are baked again on the second core beside the warm-up, as neither needs the other.
void Kiosk::prepareFirstFrame() {
    int width = 0, height = 0;
    window_->framebufferSize(width, height);
    const model::ScreenLayout layout = layoutFor(width, height, state_.reader.textSize);
    window_->ensureDeviceObjects();
    using Ms = std::chrono::duration<double, std::milli>;
    const auto t0 = std::chrono::steady_clock::now();
    {
        platform::RendererWarmUp warmUp(width, height);  // its ImGui allocations before any second thread starts
        std::future<void> baked;
        if (fontsOutOfDate(layout))
            baked = std::async(std::launch::async, [&, textSize = state_.reader.textSize] { bakeFonts(layout, textSize); });
        warmUp.draw();
        if (baked.valid()) baked.get();
    }
    warmUpMs_ = Ms(std::chrono::steady_clock::now() - t0).count();
    uploadFonts(layout);
}

// The CPU's half of new fonts, which touches no GL (it may run on another thread): ImGui's atlas is baked, and the
// text layer learns which face each font was made from.
void Kiosk::bakeFonts(const model::ScreenLayout& layout, int textSize) {
    fontScale_ = layout.scale;
    static const model::Catalog kEmpty;
    const model::Catalog& catalog = catalog_ ? *catalog_ : kEmpty;
    if (glyphRanges_.empty()) glyphRanges_ = ui::glyphRangesFor(catalog);
    const auto t0 = std::chrono::steady_clock::now();
    fonts_ = ui::buildFonts(*ImGui::GetIO().Fonts, resolveFontsDir(config_.fontsDir), layout.scale, glyphRanges_, catalog, textSize);
    for (const std::string& problem : fonts_.problems) spdlog::warn("fonts: {}", problem);
    if (!textEngine_) {
        textEngine_ = std::make_unique<ui::TextEngine>(resolveFontsDir(config_.fontsDir));
        ui::setCurrentTextEngine(textEngine_.get());
    }
    textEngine_->registerFonts(fonts_.files);
    if (glyphRangesReported_ != glyphRanges_.data()) {  // once per set of ranges, not per rebuild
        glyphRangesReported_ = glyphRanges_.data();
        for (const std::string& problem : textEngine_->coverageProblems(glyphRanges_.data())) spdlog::warn("fonts: {}", problem);
    }
    fontsMs_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The GPU's half: the atlases' textures, then what the panes derive from the fonts' sizes.
void Kiosk::uploadFonts(const model::ScreenLayout& layout) {
    using Ms = std::chrono::duration<double, std::milli>;
    const auto t0 = std::chrono::steady_clock::now();
    window_->reloadFontTexture();
    glyphTexture_.sync(textEngine_->atlas());  // the texture exists before any draw list names it
    ImGui::GetIO().Fonts->ClearTexData();  // the GPU has the pixels; the CPU copy is megabytes of waste
    const auto t1 = std::chrono::steady_clock::now();
    if (catalog_) uiData_ = ui::buildUiData(*catalog_, fonts_, layout.scale);
    atlasMs_ += Ms(t1 - t0).count();
    uiDataMs_ += Ms(std::chrono::steady_clock::now() - t1).count();
}

void Kiosk::handleKeys(Actions& actions) {
    const ImGuiIO& io = ImGui::GetIO();
    // Every key that could leave the kiosk is ignored (and counted); Escape only closes what is open.
    const int escape = platform::keyIndex("escape");
    for (int key = 0; key < 512; ++key) {
        if (!ImGui::IsKeyPressed(key, false)) continue;
        if (key == escape) {
            if (!state_.map.chooser.empty()) actions.push_back(CloseChooser{});
            if (state_.aboutOpen) actions.push_back(CloseAbout{});
            if (state_.search.keyboardOpen) actions.push_back(CloseSearch{});
            if (state_.admin.keypadOpen || state_.admin.panelOpen) actions.push_back(AdminClose{});
        }
        // F1..F25 too: in other programs they open help, reload, go fullscreen or open developer tools.
        const bool functionKey = key >= platform::keyIndex("f1") && key <= platform::keyIndex("f25");
        if (io.KeyAlt || io.KeyCtrl || io.KeySuper || key == escape || functionKey) {
            ++extras_.ignoredKeys;
            const LogThrottle::Decision d = ignoredKeyLog_.record(clock_);
            if (d.suppressed) spdlog::info("lockdown: {} more ignored keys not logged in the last minute", *d.suppressed);
            if (d.log) spdlog::info("lockdown: ignored key {}{}{}{}", io.KeyCtrl ? "ctrl+" : "", io.KeyAlt ? "alt+" : "", io.KeySuper ? "super+" : "", key);
        }
    }
}

void Kiosk::applyAdmin(const Action& a) {
    // The staff screens change through the reducer too: the PIN lock decides, the reducer records what shows.
    AdminState admin = state_.admin;
    if (const auto* k = std::get_if<AdminKey>(&a)) {
        switch (adminLock_.key(k->key, clock_)) {
            case AdminLock::Result::Accepted:
                spdlog::info("staff panel opened");
                admin = {false, 0, true, ""};
                break;
            case AdminLock::Result::Rejected:
                spdlog::warn("staff panel: wrong PIN");
                admin.message = "Wrong PIN";
                break;
            case AdminLock::Result::LockedOut:
                spdlog::warn("staff panel: PIN locked for {:.0f} s", adminLock_.lockRemaining(clock_));
                admin.message = "Too many tries: locked for " + std::to_string(static_cast<int>(std::ceil(adminLock_.lockRemaining(clock_)))) + " s";
                break;
            case AdminLock::Result::Pending: admin.message.clear(); break;
        }
        if (admin.noPin) admin.message = config_.adminPinProblem;  // no PIN can be right: say why
        admin.digitsEntered = adminLock_.digits();
        apply(SetStaffScreen{admin});
    } else if (std::holds_alternative<AdminClose>(a)) {
        adminLock_.clear();
        apply(SetStaffScreen{{}});
    } else if (const auto* c = std::get_if<AdminCommand>(&a)) {
        if (!state_.admin.panelOpen) return;  // commands only from the unlocked panel
        switch (c->kind) {
            case AdminCommand::Kind::ReloadContent:
                spdlog::info("staff: reload content");
                loadContent();
                fontScale_ = 0;
                resetVisitor();
                apply(SetStaffScreen{{false, 0, true, catalog_ ? "Content reloaded" : "Reload failed: " + contentError_}});
                break;
            case AdminCommand::Kind::Restart:
                spdlog::info("staff: restart");
                exit_ = Exit::Restart;
                break;
            case AdminCommand::Kind::Exit:
                spdlog::info("staff: exit");
                exit_ = Exit::Quit;
                break;
            case AdminCommand::Kind::WakeUntilClosing:
                apply(SetStaffScreen{{false, 0, true, "Awake until " + opening_.wakeUntilClosing(clock_)}});
                break;
        }
    }
}

void Kiosk::recordUsage(const Action& a) {
    const double now = wallNow();
    // A typed query counts as one search when the visitor acts on it, not per keystroke.
    if (std::holds_alternative<CloseSearch>(a) || std::holds_alternative<SelectEvent>(a) || std::holds_alternative<StartOver>(a))
        if (const auto n = searchTally_.settle()) usage_.record("search", std::to_string(*n), now);
    if (std::holds_alternative<StartOver>(a)) {
        // "Start over" ends the visit; the next touch starts a new one.
        searchTally_.newVisitor();
        if (modes_.endSession()) usage_.record("session_end", "", now);
        // With the tour on, the exhibit goes back to it, as after an idle reset, once this frame's actions are done.
        startOverToTour_ = config_.attractMode;
        return;
    }
    if (!catalog_ || !usage_.enabled()) return;
    bool ok = true;
    if (const auto* s = std::get_if<SelectEvent>(&a); s && s->event >= 0 && static_cast<size_t>(s->event) < catalog_->events.size())
        ok = usage_.record("event_opened", catalog_->events[static_cast<size_t>(s->event)].id, now);
    else if (const auto* o = std::get_if<OpenArticle>(&a); o && o->article >= 0 && static_cast<size_t>(o->article) < catalog_->articles.size())
        ok = usage_.record("article_read", catalog_->articles[static_cast<size_t>(o->article)].id, now);
    if (!ok && !usage_.lastError().empty()) spdlog::warn("usage log: {} (carrying on without it)", usage_.lastError());
}

ui::AdminInfo Kiosk::adminInfo() const {
    ui::AdminInfo info;
    info.version = build::kVersion;
    if (catalog_) {
        info.contentVersion = catalog_->info.contentVersion;
        info.contentBuilt = catalog_->info.builtAt;
    } else {
        info.contentVersion = "unavailable";
    }
    info.renderer = window_ ? window_->rendererName() : "";
    if (const std::string soft = softwareRenderingWarning(info.renderer); !soft.empty()) info.renderer += " (" + soft + ")";
    info.uptimeSeconds = clock_;
    const auto stats = frameStats_.summary();
    info.frameP50Ms = stats.p50;
    info.frameP99Ms = stats.p99;
    info.frameMaxMs = stats.max;
    info.logLines = recentLogLines(30);
    if (opening_.scheduled()) {
        info.schedule = opening_.scheduleLines();
        info.scheduleNow = opening_.scheduleNow(clock_);
    }
    if (!usage_.enabled()) info.usage = "not recorded (set usage_log in kiosk.toml)";
    else {
        try {
            const auto s = store::summarizeUsage(config_.usageLog, 3);
            info.usage = std::to_string(s.sessions) + " sessions, median " + std::to_string(static_cast<int>(s.medianSessionSeconds)) + " s, " +
                         std::to_string(s.articlesRead) + " articles read" + (usage_.healthy() ? "" : " (log problem: " + usage_.lastError() + ")");
        } catch (const std::exception& e) {
            info.usage = e.what();
        }
    }
    return info;
}

// Which pane a finger went down in: a hand's gesture stays in its pane, so two visitors on two panes do not
// become one pinch.
int regionAt(const model::ScreenLayout& layout, float x, float y) {
    if (layout.map.contains(x, y)) return 1;
    if (layout.timeline.contains(x, y)) return 2;
    if (layout.reader.contains(x, y) || layout.readerControls.contains(x, y)) return 3;
    return 0;
}

input::GestureFrame Kiosk::takeGestures(const model::ScreenLayout& layout) {
    for (input::ContactEvent& c : contacts_)
        if (c.phase == input::ContactPhase::Down) c.region = regionAt(layout, c.x, c.y);
    gestures_.feed(contacts_);
    contacts_.clear();
    return gestures_.nextFrame(clock_);
}

// One frame: lay out, take input, run the visitor life cycle, draw, present, then apply what was asked for. Each
// step is its own function; the rules between drawing and the reducer are app/frame_policy's, shared with tests.
bool Kiosk::frame(const FrameInput* input, double dt, bool& changed, bool deferrable, bool* deferred) {
    const model::ScreenLayout layout = prepareLayout();
    const input::GestureFrame hand = takeGestures(layout);
    const platform::KeyChord chord = beginFrame(input, hand, dt);
    const auto cpuStart = std::chrono::steady_clock::now();
    buttons_.entries.clear();
    ImGui::GetIO().UserData = &buttons_;
    ImGui::NewFrame();
    const ModeChange change = advanceLifeCycle(hand, layout);
    const bool staffOpen = state_.admin.keypadOpen || state_.admin.panelOpen;
    if (textEngine_) textEngine_->beginFrame();
    const Actions actions = drawFrame(layout, hand);
    if (textEngine_) glyphTexture_.sync(textEngine_->atlas());  // glyphs this frame rasterised, before rendering
    ImGui::Render();
    latency_.frameBuilt(!actions.empty() || change.reset);
    // What a tap asked for shows in the next frame, built after the reducer: rasterising this one first would put
    // a frame of software rendering between the finger and its effect. A photographed frame is always presented.
    const bool defer = deferrable && !actions.empty() && !(input && !input->screenshot.empty());
    if (deferred) *deferred = defer;
    if (!defer) presentFrame(input, cpuStart);
    if (input && chord.key >= 0) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[chord.key] = false;
        io.KeyCtrl = io.KeyAlt = io.KeyShift = io.KeySuper = false;
    }
    changed = !actions.empty() || change.sessionStarted || change.reset || change.warningShown;
    if (!catalog_) return false;
    const ReduceContext rc = reduceContext(layout);
    applyFrameActions(state_, actions, rc, {staffOpen, change.swallowInput, state_.mode}, scratch_.readerContentHeight,
                      [&](const Action& a) { applyAdmin(a); }, [&](const Action& a) { recordUsage(a); });
    if (startOverToTour_) {
        startOverToTour_ = false;
        spdlog::info("start over: back to the tour");
        modes_.forceAttract(clock_);
        resetVisitor();
        changed = true;
    }
    runSearchIfChanged();
    updateSpeech();
    const bool animating = advanceAnimations(state_, dt, rc);
    moving_ = animating;
    if (input && !input->state.empty()) writeState(input->state);
    // Attract mode moves gently all the time, so no still image burns into the screen.
    return animating || state_.mode == Mode::Attract || state_.mode == Mode::StillThere;
}

ReduceContext Kiosk::reduceContext(const model::ScreenLayout& layout) const {
    static const model::Catalog kEmpty;
    const model::Catalog& catalog = catalog_ ? *catalog_ : kEmpty;
    return {catalog, {layout.map.x, layout.map.y, layout.map.w, layout.map.h}, model::timelineLimits(catalog.exhibit),
            catalog_ ? &mapReach_ : nullptr};
}

void Kiosk::apply(const Action& action) { reduce(state_, action, reduceContext(extras_.layout)); }

// Touch targets are sized in millimetres: from the config when staff measured the screen, else the monitor.
float Kiosk::densityFor(const platform::MonitorInfo& monitor, int windowWidth) const {
    // A virtual clock is a test or a screenshot: keep pixel sizes independent of whatever Xvfb reports.
    if (virtualClock_ && config_.screenWidthMm <= 0) return 0;
    if (config_.screenWidthMm > 0)
        return ui::densityOf(static_cast<float>(monitor.pixelsW > 0 ? monitor.pixelsW : windowWidth), static_cast<float>(config_.screenWidthMm));
    return ui::densityOf(static_cast<float>(monitor.pixelsW), static_cast<float>(monitor.widthMm));
}

model::ScreenLayout Kiosk::layoutFor(int width, int height, int textSize) const {
    const float scaleGuess = model::layoutScreen(static_cast<float>(width), static_cast<float>(height)).scale;
    return model::layoutScreen(static_cast<float>(width), static_cast<float>(height), config_.lowReach,
                               ui::Metrics{scaleGuess, pxPerMm_}.primaryTouch(), ui::interfaceTextFactor(textSize));
}

model::ScreenLayout Kiosk::prepareLayout() {
    int width = 0, height = 0;
    window_->framebufferSize(width, height);
    const model::ScreenLayout layout = layoutFor(width, height, state_.reader.textSize);
    rebuildFontsIfNeeded(layout);
    showLanguageIfChanged(layout);
    const ui::Palette& palette = currentPalette();
    if (&palette != styledPalette_ || layout.scale != styledScale_) {
        ui::applyStyle(palette, ui::Metrics{layout.scale, pxPerMm_});
        styledPalette_ = &palette;
        styledScale_ = layout.scale;
    }
    cornerHold_.setCorner(std::max(48.0f, 80 * layout.scale));
    extras_.layout = layout;
    extras_.width = width;
    extras_.height = height;
    return layout;
}

// The one input path, real or scripted: contacts -> gestures -> the pointer ImGui sees, set after the GLFW
// backend's NewFrame so that it, not the backend's view of the mouse, is what every pane reads.
platform::KeyChord Kiosk::beginFrame(const FrameInput* input, const input::GestureFrame& hand, double dt) {
    window_->newFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(std::max(1e-4, dt));
    io.MousePos = hand.pointerValid ? ImVec2(hand.pointerX, hand.pointerY) : ImVec2(-FLT_MAX, -FLT_MAX);
    for (bool& down : io.MouseDown) down = false;
    io.MouseDown[0] = hand.pointerDown;
    buttons_.pressCancelled = hand.pressCancelled;
    platform::KeyChord chord;
    if (input) {
        // Scripted keys replace the devices' for this frame.
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
    if (const int closes = window_->takeCloseRequests()) {
        extras_.refusedCloseRequests += closes;
        spdlog::info("lockdown: refused {} close request(s)", closes);
    }
    return chord;
}

// The visitor life cycle: the staff corner, attract -> active -> "still there?" -> reset, and the tour's step.
ModeChange Kiosk::advanceLifeCycle(const input::GestureFrame& hand, const model::ScreenLayout&) {
    const ImGuiIO& io = ImGui::GetIO();
    bool touched = io.MouseClicked[0] || hand.touched;
    for (int key = 0; key < 512 && !touched; ++key) touched = ImGui::IsKeyPressed(key, false);
    if (cornerHold_.update(io.MousePos.x, io.MousePos.y, io.MouseDown[0], clock_) && !state_.admin.panelOpen) {
        spdlog::info("staff gesture: PIN keypad opened");
        adminLock_.clear();
        AdminState opened{true, 0, false, config_.adminPinProblem, !config_.adminPinProblem.empty()};
        if (opened.noPin) spdlog::error("staff: {}", config_.adminPinProblem);
        apply(SetStaffScreen{opened});
    }
    if (const float progress = cornerHold_.progress(clock_); progress != state_.admin.holdProgress) {
        AdminState held = state_.admin;
        held.holdProgress = progress;
        apply(SetStaffScreen{held});
    }
    const bool staffOpen = state_.admin.keypadOpen || state_.admin.panelOpen;
    const bool handDown = io.MouseDown[0] || hand.fingers > 0;
    const ModeChange change = staffOpen ? ModeChange{} : modes_.update(clock_, touched, idleTimeoutNow(), handDown);
    if (change.sessionStarted && change.swallowInput && catalog_) {
        // Woken from the tour: the whole story on the timeline, 1947 to the newest event, the tour's event in it.
        apply(AnimateTimelineTo{homeState(*catalog_).timeline.range});
    }
    if (change.sessionStarted) {
        usage_.newSession();
        usage_.record("session_start", "", wallNow());
        spdlog::info("visitor session started");
    }
    if (change.sessionEnded) {
        if (const auto n = searchTally_.settle()) usage_.record("search", std::to_string(*n), wallNow());
        usage_.record("reset", "idle", wallNow());
        usage_.record("session_end", "", wallNow());
    }
    if (change.reset) {
        searchTally_.newVisitor();
        spdlog::info("idle: reset to the home view");
        resetVisitor();
    }
    apply(SetLifeCycle{modes_.mode(), modes_.warningRemaining(clock_), tour_ ? clock_ - tourStart_ : 0.0});
    if (tour_ && !tour_->empty())
        if (const auto stop = tourSelection(state_, catalog_ != nullptr, tour_->stopAt(state_.attractClock))) apply(SelectEvent{*stop});
    return change;
}

// Draws the exhibit (or the calm "unavailable" screen) and collects what was asked for, keys and typing included.
Actions Kiosk::drawFrame(const model::ScreenLayout& layout, const input::GestureFrame& hand) {
    Actions actions;
    const ui::Metrics metrics{layout.scale, pxPerMm_};
    const ui::Palette& palette = currentPalette();
    std::optional<ui::AdminInfo> admin;
    if (state_.admin.panelOpen) admin = adminInfo();
    if (catalog_) {
        const ui::FrameContext ctx{*catalog_, state_, layout, metrics, fonts_, palette, uiData_, searchResults_, clock_,
                                   admin ? &*admin : nullptr, speech_ && speech_->available(),
                                   ui::PinchInput{hand.pinching, hand.pinchX, hand.pinchY, hand.pinchScale}, preview_ ? &previewInfo_ : nullptr,
                                   languagesOnOffer_, config_.timelineFollowsReading};
        ui::drawExhibit(ctx, scratch_, actions);
    } else {
        ui::drawUnavailable(metrics, fonts_, palette, static_cast<float>(extras_.width), static_cast<float>(extras_.height), contentError_);
    }
    handleKeys(actions);
    if (state_.search.keyboardOpen) {
        const ImGuiIO& io = ImGui::GetIO();
        const std::vector<char32_t> typed(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
        if (auto q = typedQuery(state_.search.query, typed, ImGui::IsKeyPressed(platform::keyIndex("backspace"), true) ? 1 : 0))
            actions.push_back(SetSearchQuery{*q});
    }
    return actions;
}

// Rasterises and presents the frame, with the figures for --stats-out.
void Kiosk::presentFrame(const FrameInput* input, std::chrono::steady_clock::time_point cpuStart) {
    const double cpuMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cpuStart).count();
    frameStats_.add(cpuMs);
    if (!options_.statsOut.empty()) {
        frameCpuMs_.push_back(cpuMs);
        const ImDrawData* dd = ImGui::GetDrawData();
        int calls = 0;
        for (int i = 0; i < dd->CmdListsCount; ++i) calls += dd->CmdLists[i]->CmdBuffer.Size;
        maxVertices_ = std::max(maxVertices_, dd->TotalVtxCount);
        maxDrawCalls_ = std::max(maxDrawCalls_, calls);
    }
    const auto rasterStart = std::chrono::steady_clock::now();
    // On the virtual clock nobody watches the window: only frames that are photographed (and one in ten, so the
    // window is not stale to an observer) go through the rasteriser, which is most of a software-rendered frame.
    const bool photographed = input && !input->screenshot.empty();
    // Except for kiosk-bench (--stats-out), which times every frame to its pixels.
    if (virtualClock_ && !photographed && options_.statsOut.empty() && ++virtualFrames_ % 10 != 0) return;
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(currentPalette().background);
    window_->render(ImGui::GetDrawData(), bg.x, bg.y, bg.z, photographed);
    pixelsDrawn_ += static_cast<double>(window_->pixelsDrawn());
    pixelsPresented_ += static_cast<double>(extras_.width) * extras_.height;
    if (photographed) {
        std::string error;
        if (!window_->savePng(input->screenshot, &error)) spdlog::error("screenshot: {}", error);
    }
    window_->present();
    logXErrors();
    if (!options_.statsOut.empty()) latency_.framePresented(window_->lastPresented(), moving_);
    // From the kernel's start of the process, so the loader and everything before main() count too.
    if (firstFrameMs_ < 0) {
        // The first frame's own parts: building it (after the fonts, their own phases) and its pixels.
        firstBuildMs_ = cpuMs;
        firstRasterMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - rasterStart).count();
        firstFrameMs_ = options_.startedBeforeMainMs +
                        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - options_.started).count();
    }
    if (!options_.statsOut.empty())
        rasterMs_.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - rasterStart).count());
}

const ui::Palette& Kiosk::currentPalette() const {
    if (state_.highContrast) return ui::palette(ui::PaletteKind::HighContrast);
    return ui::palette(ui::parsePaletteKind(config_.palette));
}

void Kiosk::updateSpeech() {
    if (!speech_ || !speech_->available()) {
        if (state_.readingAloud) apply(SpeechEnded{});
        return;
    }
    if (state_.readingAloud && !spoke_) {
        speech_->speak(model::readAloudText(*catalog_, state_.selectedEvent), state_.language);
        speechStarted_ = clock_;
    } else if (!state_.readingAloud && spoke_) {
        speech_->stop();
    } else if (state_.readingAloud && clock_ - speechStarted_ > 1.0 && !speech_->speaking()) {
        apply(SpeechEnded{});  // finished by itself
    }
    spoke_ = state_.readingAloud;
}

void Kiosk::runSearchIfChanged() {
    if (const auto n = searchTally_.poll(clock_)) usage_.record("search", std::to_string(*n), wallNow());
    if (state_.search.generation == searchedGeneration_) return;
    searchedGeneration_ = state_.search.generation;
    searchResults_ = search_ ? search_->search(state_.search.query, 30, state_.language) : std::vector<model::SearchResult>{};
    state_.search.resultCount = static_cast<int>(searchResults_.size());
    // What was typed is never recorded: only that a search happened and how many results it had.
    searchTally_.changed(state_.search.query, state_.search.resultCount, clock_);
}

void Kiosk::writeStats() const {
    if (options_.statsOut.empty()) return;
    auto percentiles = [](std::vector<double> v) {
        nlohmann::json j = {{"p50", 0.0}, {"p99", 0.0}, {"max", 0.0}, {"count", v.size()}};
        if (v.empty()) return j;
        std::sort(v.begin(), v.end());
        auto rank = [&](double p) { return v[std::min(v.size() - 1, static_cast<size_t>(std::ceil(p * static_cast<double>(v.size()))) - 1)]; };
        j["p50"] = rank(0.5);
        j["p99"] = rank(0.99);
        j["max"] = v.back();
        return j;
    };
    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const nlohmann::json j = {{"startup_ms", firstFrameMs_},
                              {"load_ms", loadMs_},
                              {"startup_phases_ms", {{"before_main", options_.startedBeforeMainMs}, {"load", loadMs_}, {"window", windowMs_},
                                                     {"fonts", fontsMs_}, {"atlas_upload", atlasMs_}, {"ui_data", uiDataMs_},
                                                     {"renderer_warm_up", warmUpMs_},
                                                     {"first_frame_build", firstBuildMs_}, {"first_frame_pixels", firstRasterMs_}}},
                              {"frame_cpu_ms", percentiles(frameCpuMs_)},
                              {"raster_ms", percentiles(rasterMs_)},
                              {"input_to_pixels_ms", percentiles(latency_.inputToPixelsMs())},
                              {"frame_interval_ms", percentiles(latency_.frameIntervalMs())},
                              {"pixels_drawn_share", pixelsPresented_ > 0 ? pixelsDrawn_ / pixelsPresented_ : 0.0},
                              {"vertices_per_frame_max", maxVertices_},
                              {"draw_calls_per_frame_max", maxDrawCalls_},
                              {"peak_rss_mb", static_cast<double>(usage.ru_maxrss) / 1024.0},
                              {"cpu_seconds", static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                                                  static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6},
                              {"events", catalog_ ? catalog_->events.size() : 0}};
    std::ofstream out(options_.statsOut);
    out << j.dump(2) << "\n";
}

void Kiosk::writeState(const std::string& path) {
    if (path.empty()) return;
    extras_.contentAvailable = catalog_ != nullptr;
    extras_.contentError = contentError_;
    extras_.clockSeconds = clock_;
    extras_.scratch = &scratch_;
    extras_.buttons = &buttons_;
    extras_.preview = preview_ ? &previewInfo_ : nullptr;
    extras_.palette = state_.highContrast ? "high-contrast" : config_.palette;
    // Written beside and renamed into place: a reader polling a running kiosk never sees half a file.
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial);
        out << stateToJson(state_, catalog_.get(), extras_).dump(2) << "\n";
        if (!out) spdlog::error("cannot write the state to {}", path);
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) spdlog::error("cannot write the state to {}: {}", path, ec.message());
}

// Where the monitor cannot be powered down, at least no picture stays lit all night: one black frame, then nothing.
void Kiosk::logXErrors() {
    long dropped = 0;
    const std::vector<std::string> errors = window_->takeXErrors(&dropped);
    for (const std::string& e : errors) {
        const LogThrottle::Decision d = xErrorLog_.record(clock_);
        if (d.suppressed) spdlog::warn("X server: {} more errors not logged in the last minute", *d.suppressed);
        if (d.log) spdlog::warn("X server refused a request ({}); carrying on, the next frame is drawn whole", e);
    }
    extras_.xErrors += static_cast<long>(errors.size()) + dropped;
}

void Kiosk::blankScreen() {
    prepareLayout();  // the font atlas must exist before any ImGui frame, even an empty one
    window_->newFrame();
    ImGui::NewFrame();
    ImGui::Render();
    window_->render(ImGui::GetDrawData(), 0, 0, 0);
    window_->present();
}

// Outside opening hours: screen off, nothing drawn and no visits counted; the touch that wakes the screen does
// nothing else. Returns whether the kiosk is asleep this loop.
bool Kiosk::keepOpeningHours() {
    if (!opening_.scheduled()) return false;
    const OpeningStep step = opening_.update(clock_, contacts_, modes_.visiting());
    usage_.pause(!opening_.countsVisitors());
    extras_.scheduled = true;
    extras_.open = opening_.open();
    extras_.asleep = step.asleep;
    extras_.localTime = opening_.localNow(clock_);
    if (step.freshStart) {
        modes_.forceAttract(clock_);  // no visit and no "Still there?" carried over
        resetVisitor();
    }
    if (step.blankNeeded) blankScreen();
    if (!step.status.empty()) notifier_.status(step.status);
    return step.asleep;
}

void holdStateSignal(bool held) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(held ? SIG_BLOCK : SIG_UNBLOCK, &set, nullptr);
}

int Kiosk::run() {
    // First of all: a state request that arrives while the window is still opening must not end the kiosk.
    std::signal(SIGUSR1, onDumpSignal);
    holdStateSignal(false);
    virtualClock_ = !options_.screenshot.empty() || !options_.script.empty();
    InstanceLock lock;
    std::string holder;
    // Scripted and screenshot runs are tools, not the kiosk: they may run beside it.
    // So is the preview, which a curator runs on a desk beside (or instead of) the exhibit.
    if (!virtualClock_ && options_.preview.empty() && !lock.acquire(&holder)) {
        spdlog::error("another kiosk is already running (pid {}); this one will not start", holder);
        std::fprintf(stderr, "kiosk: another kiosk is already running (pid %s)\n", holder.c_str());
        return 3;
    }
    if (!options_.preview.empty()) {
        try {
            preview_ = std::make_unique<PreviewSession>(options_.preview);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: %s\n", e.what());
            return 2;
        }
        spdlog::info("preview of {}: built in {:.2f} s into {}", options_.preview.string(), preview_->report().seconds, preview_->database().string());
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // a kiosk writes no imgui.ini
    ImGui::GetIO().LogFilename = nullptr;

    // The content is read on a second core while the window opens, and the first fonts are baked there from it as
    // soon as the window's size is known: each is tens of milliseconds of a software-rendered start (Mesa's loader
    // and context; SQLite and the shape index; stb and the faces), and none needs the others. Nothing else touches
    // the catalog or the fonts until the join, which Window::create makes before it first touches ImGui.
    std::promise<std::optional<model::ScreenLayout>> firstLayout;
    std::thread loader([this, layout = firstLayout.get_future()]() mutable {
        const auto loadStart = std::chrono::steady_clock::now();
        loadContent();
        loadMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - loadStart).count();
        if (const std::optional<model::ScreenLayout> l = layout.get()) bakeFonts(*l, config_.defaultTextSize);
    });
    bool layoutGiven = false;
    auto giveLayout = [&](std::optional<model::ScreenLayout> layout) {
        if (layoutGiven) return;
        layoutGiven = true;
        firstLayout.set_value(layout);
    };
    auto joinLoader = [&] {
        giveLayout(std::nullopt);  // a window that failed before its size was known: the loader must not wait
        if (loader.joinable()) loader.join();
    };

    platform::WindowOptions wo;
    wo.fullscreen = config_.fullscreen && !options_.windowed && options_.width == 0;
    wo.monitor = config_.monitor;
    wo.width = options_.width ? options_.width : config_.windowWidth;
    wo.height = options_.height ? options_.height : config_.windowHeight;
    wo.hideCursor = config_.hideCursor && !virtualClock_;
    wo.title = "kiosk";
    wo.sizeKnown = [&](const platform::MonitorInfo& monitor, int width, int height) {
        pxPerMm_ = densityFor(monitor, wo.width);
        giveLayout(layoutFor(width, height, config_.defaultTextSize));  // the visitor's text size after the reset
    };
    wo.beforeImGui = joinLoader;
    std::string error;
    const auto windowStart = std::chrono::steady_clock::now();
    window_ = platform::Window::create(wo, &error);
    windowMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - windowStart).count();
    joinLoader();
    describePreview();
    resetVisitor();
    if (window_ && catalog_) window_->setTitle(model::windowTitle(catalog_->exhibit));
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
    window_->setFinishEachFrame(!options_.statsOut.empty());
    if (window_->touchUnavailable().empty()) spdlog::info("multi-touch: XInput 2.2, {} touch screen(s) now", window_->touchDevices());
    else spdlog::info("multi-touch off ({}): the mouse and single touches work as a pointer", window_->touchUnavailable());
    if (!virtualClock_) {
        speech_ = std::make_unique<platform::Speech>();
        spdlog::info("read aloud: {}", speech_->available() ? "available" : "no audio output, hidden");
    }
    opening_.start();
    pxPerMm_ = densityFor(window_->monitor(), wo.width);
    spdlog::info("screen density: {:.2f} px/mm", pxPerMm_);
    prepareFirstFrame();

    if (!options_.script.empty()) {
        auto text = readText(options_.script);
        ParsedScript parsed = text ? parseScript(*text, options_.script) : ParsedScript{{}, options_.script + ": cannot read the script"};
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
    const double clockOrigin = last;
    double lastActivity = last;
    int settledFrames = 0;
    long frames = 0;
    while (!gStop && exit_ == Exit::None) {
        window_->pollEvents();
        double dt = frameSeconds;
        std::optional<FrameInput> input;
        if (virtualClock_) {
            input = player_ ? player_->next() : FrameInput{};
            for (input::ContactEvent c : input->contacts) {
                c.time = clock_ + dt;  // scripted contacts happen at the frame they are in
                contacts_.push_back(c);
            }
            // A scripted input reaches the kiosk when its frame begins.
            if (!input->contacts.empty() || !input->key.empty() || !input->typed.empty()) latency_.inputArrived(window_->time());
        } else {
            const size_t before = contacts_.size();
            window_->takeContacts(contacts_, clockOrigin);
            for (size_t i = before; i < contacts_.size(); ++i)
                if (contacts_[i].phase != input::ContactPhase::Hover) latency_.inputArrived(contacts_[i].time + clockOrigin);
            // The kiosk's clock is wall time (monotonic): timeouts, the tour, the PIN lock-out and uptime follow it
            // however long the loop slept. Only the animation step is clamped, so a long sleep does not jump them.
            const double now = window_->time();
            dt = std::clamp(now - last, 1e-4, 0.25);
            last = now;
            clock_ = now - clockOrigin;
        }
        if (virtualClock_) clock_ += dt;
        if (keepOpeningHours()) {
            // Asleep outside opening hours: nothing drawn, but the watchdog still hears from the loop.
            notifier_.frameDone(window_->time());
            if (gDumpState.exchange(false)) writeState(options_.stateOut);
            // Before opening, nobody at the screen: the same restart as the staff panel's, a fresh process image in
            // place (scripts and screenshots are tools with their own end, so they never restart).
            if (!virtualClock_ && opening_.restartBeforeOpening(clock_)) {
                restartClockStart_ = opening_.localNow(clock_);
                exit_ = Exit::Restart;
                continue;
            }
            if (virtualClock_) {
                if (!player_ || player_->finished()) break;
                if (input && !input->state.empty()) writeState(input->state);
                continue;
            }
            window_->waitEvents(std::clamp(notifier_.secondsUntilPing(window_->time()), 0.005, 1.0));
            continue;
        }
        previewTick();
        bool changed = false;
        bool deferred = false;
        bool animating = frame(input ? &*input : nullptr, dt, changed, true, &deferred);
        if (deferred) {
            // The frame that shows the effect, at once: no new input, no time passing.
            const FrameInput none;
            bool again = false;
            animating = frame(virtualClock_ ? &none : nullptr, 1e-4, again) || animating;
            changed = changed || again;
        }
        extras_.frames = ++frames;
        notifier_.frameDone(window_->time());  // a frozen loop stops the pings: systemd's watchdog restarts the kiosk
        if (gDumpState.exchange(false)) writeState(options_.stateOut);
        // Between frames, outside the frame's own time: a slice of the reader's pages shaped ahead (ui/reader_warmup).
        const bool warming = textEngine_ && textEngine_->warming();
        if (warming) textEngine_->warmSome(kWarmSliceSeconds);

        if (virtualClock_) {
            const bool scriptDone = !player_ || player_->finished();
            settledFrames = (animating || changed) ? 0 : settledFrames + 1;
            // Done when the script has run out and the screen has been still for a few frames; attract mode never
            // stands still, so a screenshot of it is taken after 1.5 s.
            const bool still = settledFrames >= 6 && frames >= 12;
            const bool longEnough = settledFrames > 600 || (state_.mode != Mode::Active && frames >= 90 + (player_ ? 0 : 0));
            if (scriptDone && (still || longEnough || frames > 60 * 600)) {
                if (!options_.screenshot.empty()) {
                    FrameInput shot = player_ ? player_->next() : FrameInput{};
                    shot.screenshot = options_.screenshot;
                    clock_ += frameSeconds;
                    frame(&shot, frameSeconds, changed);
                }
                break;
            }
            continue;
        }
        // Real clock: full rate while something moves or a finger is down; otherwise sleep until an event, waking
        // once a second for the idle timeout.
        const ImGuiIO& io = ImGui::GetIO();
        if (animating || changed || io.MouseDown[0] || io.MouseDelta.x != 0 || io.MouseDelta.y != 0) lastActivity = window_->time();
        // While pages are being shaped ahead the loop does not sleep (a few hundred milliseconds of work, once per
        // language and reader width); a touch is still answered within one slice.
        if (warming) continue;
        // The sleep ends in time for the next timeout ("Still there?", the reset), to within a few milliseconds.
        // A preview looks at its folder ten times a second, so a save shows within a fraction of a second.
        if (window_->time() - lastActivity > 0.5)
            window_->waitEvents(std::clamp(std::min(modes_.secondsUntilChange(clock_, idleTimeoutNow()), notifier_.secondsUntilPing(window_->time())) + 0.002,
                                           0.005, preview_ ? 0.1 : 1.0));
        // Between the tour's flights only the invitation's glow changes, at whole steps: sleep until the next one
        // (and only the glow's strips are rasterised then). A touch still wakes it at once.
        else if (state_.mode == Mode::Attract && !state_.map.flyTo && !state_.timeline.target && !io.MouseDown[0])
            window_->waitEvents(ui::kInvitationStepSeconds - std::fmod(state_.attractClock, ui::kInvitationStepSeconds) + 0.002);
        // During a flight nobody is touching: 30 frames a second are smooth for a slow flight and half the work.
        else if (state_.mode == Mode::Attract && !io.MouseDown[0])
            window_->waitEvents(std::max(0.0, 1.0 / 30.0 - (window_->time() - last)));
    }
    if (exit_ != Exit::Restart) notifier_.stopping();
    writeState(options_.stateOut);
    writeStats();
    spdlog::info("kiosk stopped after {} frames ({} keys and {} close requests refused by the lockdown)", frames,
                 extras_.ignoredKeys, extras_.refusedCloseRequests);
    window_.reset();
    ImGui::DestroyContext();
    if (exit_ == Exit::Restart && !options_.argv.empty()) {
        std::vector<std::string> argv = options_.argv;
        // A simulated clock goes on from where it was, or the restarted kiosk would live the same night again.
        for (size_t i = 0; !restartClockStart_.empty() && i + 1 < argv.size(); ++i)
            if (argv[i] == "--clock-start") argv[i + 1] = restartClockStart_;
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        lock.release();  // release before the new image takes it (flock is per open file)
        // A state request during the exec would find no handler and end the process: held (the mask survives the
        // exec) until the new image has its handler and unblocks it.
        holdStateSignal(true);
        execv("/proc/self/exe", args.data());
        spdlog::error("restart failed; exiting so the service manager restarts the kiosk");
        return 1;
    }
    return 0;
}

}  // namespace

int runKiosk(const Options& options) {
    const auto configPath = options.config.empty() ? defaultConfigPath() : options.config;
    ConfigResult config = loadConfig(configPath);
    setupLogging(config.config.logFile);
    for (const std::string& w : config.warnings) spdlog::warn("config: {}", w);
    if (options.check) return runCheck(options, config, configPath);
    if (!options.report.empty())
        return printUsageReport(options.report, {options.reportCsv, options.reportHtml},
                                resolveDatabase(!options.database.empty() ? options.database : config.config.database));
    if (!config.config.adminPinProblem.empty()) spdlog::error("staff: {}; the staff keypad cannot be unlocked", config.config.adminPinProblem);
    if (!options.preview.empty()) {
        // A curator at a desk, not a visitor: no tour and no reset while they read and edit.
        config.config.attractMode = false;
        config.config.idleTimeoutSeconds = 24 * 3600.0;
    }
    WallClock wall;
    if (!options.clockStart.empty()) {
        std::string error;
        const std::optional<double> start = parseLocalDateTime(options.clockStart, error);
        if (!start) {
            std::fprintf(stderr, "kiosk: --clock-start: %s\n", error.c_str());
            return 2;
        }
        wall = WallClock(*start, options.clockSpeed);
    }
    if (config.config.machineId.empty()) config.config.machineId = hostName();
    Kiosk kiosk(options, std::move(config.config), wall);
    return kiosk.run();
}

}  // namespace kiosk::app
