// preview_build.cpp: the preview's check-and-build, the same steps as `kiosk-content build`.
#include "app/preview_build.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "content/content_loader.hpp"
#include "store/catalog_writer.hpp"

namespace kiosk::app {
namespace {

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return buffer;
}

}  // namespace

PreviewReport buildPreview(const std::filesystem::path& dataDir, const std::filesystem::path& database) {
    const auto start = std::chrono::steady_clock::now();
    PreviewReport report;
    try {
        content::LoadedContent loaded = content::loadContent(dataDir);
        // The order `kiosk-content check` prints them in: syntax errors, then other errors, then warnings.
        std::vector<const content::Diagnostic*> order;
        for (const auto& d : loaded.diagnostics.all()) order.push_back(&d);
        auto rank = [](const content::Diagnostic* d) { return d->syntax ? 0 : d->severity == content::Diagnostic::Severity::Error ? 1 : 2; };
        std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) { return rank(a) < rank(b); });
        const std::string folder = dataDir.filename().empty() ? dataDir.parent_path().filename().string() : dataDir.filename().string();
        for (const content::Diagnostic* d : order)
            report.problems.push_back({folder + "/" + d->file, d->line, d->message, d->sourceLine,
                                       d->severity == content::Diagnostic::Severity::Warning});
        report.heldBack = loaded.diagnostics.heldBack();
        if (loaded.ok()) {
            loaded.catalog.info.contentVersion = loaded.sourceHash;
            loaded.catalog.info.builtAt = utcNow();
            store::writeCatalog(loaded.catalog, database);
            report.ok = true;
        }
    } catch (const std::exception& e) {
        report.ok = false;
        report.failure = std::string("the preview database could not be written: ") + e.what();
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

PreviewBuilder::~PreviewBuilder() {
    if (running_.valid()) running_.wait();  // the worker writes into the scratch folder: let it finish first
}

void PreviewBuilder::request() {
    if (running_.valid()) {
        again_ = true;
        return;
    }
    running_ = std::async(std::launch::async, [dir = dataDir_, db = database_] { return buildPreview(dir, db); });
}

std::optional<PreviewReport> PreviewBuilder::poll() {
    if (!running_.valid() || running_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    PreviewReport report = running_.get();
    if (again_) {
        // The folder changed during the build: what was built may already be stale, so build again.
        again_ = false;
        request();
    }
    return report;
}

}  // namespace kiosk::app
