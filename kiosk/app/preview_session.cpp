// preview_session.cpp: the watch, debounce and rebuild cycle of the preview.
#include "app/preview_session.hpp"

#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace kiosk::app {

PreviewSession::PreviewSession(std::filesystem::path dataDir) : dataDir_(std::move(dataDir)) {
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "kiosk-preview-XXXXXX").string();
    if (ec || !::mkdtemp(pattern.data())) throw std::runtime_error("cannot make a scratch folder for the preview in " + pattern);
    scratch_ = pattern;
    database_ = scratch_ / "exhibit.db";
    builder_ = std::make_unique<PreviewBuilder>(dataDir_, database_);
    debounce_.reset(fingerprintFolder(dataDir_));
    report_ = buildPreview(dataDir_, database_);
    builds_ = 1;
}

PreviewSession::~PreviewSession() {
    builder_.reset();  // waits for a running build, which writes into the scratch folder
    std::error_code ec;
    std::filesystem::remove_all(scratch_, ec);
}

bool PreviewSession::tick(double now) {
    if (lastPoll_ < 0 || now - lastPoll_ >= 0.1) {
        lastPoll_ = now;
        if (debounce_.update(now, fingerprintFolder(dataDir_))) {
            if (!builder_->busy()) requestedAt_ = now;
            builder_->request();
        }
    }
    std::optional<PreviewReport> done = builder_->poll();
    if (!done) return false;
    report_ = std::move(*done);
    turnaround_ = now - requestedAt_;
    ++builds_;
    return true;
}

}  // namespace kiosk::app
