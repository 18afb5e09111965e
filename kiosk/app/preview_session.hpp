// preview_session.hpp: `kiosk --preview DATA_DIR`: the exhibit built from its source folder into a scratch
// database, rebuilt on every save, and what the staff panel says about the last build.
#pragma once
#include <filesystem>
#include <memory>

#include "app/preview_build.hpp"
#include "app/source_watch.hpp"

namespace kiosk::app {

class PreviewSession {
public:
    // Makes a private scratch folder and builds once, synchronously, so that the first frame already shows the
    // exhibit (or what stops it). Throws std::runtime_error when no scratch folder can be made.
    explicit PreviewSession(std::filesystem::path dataDir);
    ~PreviewSession();  // the scratch folder goes with the session
    PreviewSession(const PreviewSession&) = delete;
    PreviewSession& operator=(const PreviewSession&) = delete;

    const std::filesystem::path& dataDir() const { return dataDir_; }
    const std::filesystem::path& database() const { return database_; }
    // Looks at the folder (every 100 ms at most) and at a running build. True when a rebuilt database is ready to
    // load; report() then says how the build went, whether or not it succeeded.
    bool tick(double now);
    const PreviewReport& report() const { return report_; }
    bool building() const { return builder_->busy() || debounce_.waiting(); }
    int builds() const { return builds_; }
    // Seconds from the save being noticed to the finished build of the last rebuild (for the log and the panel).
    double lastTurnaround() const { return turnaround_; }

private:
    std::filesystem::path dataDir_, scratch_, database_;
    std::unique_ptr<PreviewBuilder> builder_;
    ChangeDebounce debounce_;
    PreviewReport report_;
    double lastPoll_ = -1, requestedAt_ = 0, turnaround_ = 0;
    int builds_ = 0;
};

}  // namespace kiosk::app
