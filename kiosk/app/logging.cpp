// logging.cpp: spdlog sinks: stderr plus a size-rotated file (5 files of 2 MB).
#include "app/logging.hpp"

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace kiosk::app {
namespace {
std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> gRecent;
}

std::vector<std::string> recentLogLines(size_t count) {
    if (!gRecent) return {};
    std::vector<std::string> lines = gRecent->last_formatted(count);
    for (auto& l : lines)
        while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.pop_back();
    return lines;
}

void setupLogging(const std::filesystem::path& logFile) {
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    gRecent = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(200);
    sinks.push_back(gRecent);
    std::string problem;
    if (!logFile.empty()) {
        try {
            std::error_code ec;
            std::filesystem::create_directories(logFile.parent_path(), ec);
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.string(), 2 * 1024 * 1024, 5));
        } catch (const std::exception& e) {
            problem = e.what();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("kiosk", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    if (!problem.empty()) spdlog::error("cannot open the log file {}: {} (logging to standard error only)", logFile.string(), problem);
}

}  // namespace kiosk::app
