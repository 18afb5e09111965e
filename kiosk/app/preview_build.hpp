// preview_build.hpp: `kiosk --preview DATA_DIR`'s rebuilds: the content checked and written, as kiosk-content
// build does, into a scratch database, on a worker thread so the exhibit keeps drawing meanwhile.
#pragma once
#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

// One problem as the staff panel shows it: where, and what, in the words kiosk-content check uses.
struct PreviewProblem {
    std::string file;  // as the curator would open it: "data/events.toml"
    int line = 0;      // 0: the file as a whole
    std::string message;
    std::string sourceLine;  // for a file that does not parse: the line as written
    bool warning = false;
};

struct PreviewReport {
    bool ok = false;                        // the scratch database was written
    std::vector<PreviewProblem> problems;   // errors first (syntax errors before the rest), then warnings
    int heldBack = 0;                       // checks skipped until a file parses again
    double seconds = 0;                     // how long the check and build took
    std::string failure;                    // the build itself failed (disk full, ...): why
};

// Checks `dataDir` and, when it has no errors, writes it to `database` atomically (never half a file). Never throws.
PreviewReport buildPreview(const std::filesystem::path& dataDir, const std::filesystem::path& database);

// One rebuild at a time on a worker thread; a request while one runs is kept and started when it ends.
class PreviewBuilder {
public:
    PreviewBuilder(std::filesystem::path dataDir, std::filesystem::path database)
        : dataDir_(std::move(dataDir)), database_(std::move(database)) {}
    ~PreviewBuilder();
    void request();
    // The report of a finished rebuild, once; nullopt while none has finished since the last call.
    std::optional<PreviewReport> poll();
    bool busy() const { return running_.valid(); }

private:
    std::filesystem::path dataDir_, database_;
    std::future<PreviewReport> running_;
    bool again_ = false;
};

}  // namespace kiosk::app
