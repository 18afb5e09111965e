// bench_report.cpp: medians, percentiles and the report validator.
#include "tools/bench_report.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::bench {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const double rank = std::ceil(std::clamp(p, 0.0, 1.0) * static_cast<double>(v.size()));
    const size_t i = static_cast<size_t>(std::max(1.0, rank)) - 1;
    return v[std::min(i, v.size() - 1)];
}

std::vector<std::string> validateReport(const nlohmann::json& j) {
    std::vector<std::string> problems;
    if (!j.is_object()) return {"the report is not a JSON object"};
    auto number = [&](const nlohmann::json& parent, const std::string& key, const std::string& where) {
        if (!parent.is_object() || !parent.contains(key)) problems.push_back("missing " + where + key);
        else if (!parent.at(key).is_number() || !std::isfinite(parent.at(key).get<double>()))
            problems.push_back(where + key + " is not a number");
    };
    for (const char* key : {"startup_ms", "load_ms", "vertices_per_frame_max", "draw_calls_per_frame_max", "idle_cpu_percent",
                            "attract_cpu_percent", "peak_rss_mb"})
        number(j, key, "");
    const bool quick = j.value("quick", false);
    const std::vector<std::string>& databases = quick ? kQuickDatabases : kAllDatabases;
    auto perDatabase = [&](const char* key, std::initializer_list<const char*> fields) {
        if (!j.contains(key) || !j.at(key).is_object()) {
            problems.push_back(std::string("missing ") + key + " (an object keyed by database)");
            return;
        }
        for (const std::string& db : databases) {
            const std::string where = std::string(key) + "." + db;
            if (!j.at(key).contains(db) || !j.at(key).at(db).is_object()) {
                problems.push_back("missing " + where);
                continue;
            }
            for (const char* f : fields) number(j.at(key).at(db), f, where + ".");
        }
    };
    perDatabase("frame_cpu_ms", {"p50", "p99", "max"});
    perDatabase("search_ms", {"p50", "p99"});
    // Input-to-pixels of every scenario a visitor touches, on the real content, at each size measured.
    std::vector<std::string> sizes;
    if (j.contains("size") && j.at("size").is_string()) sizes.push_back(j.at("size").get<std::string>());
    if (j.contains("large_size") && j.at("large_size").is_string()) sizes.push_back(j.at("large_size").get<std::string>());
    for (const std::string& size : sizes) {
        const std::string where = "latency." + size + ".real.";
        if (!j.contains("latency") || !j.at("latency").contains(size) || !j.at("latency").at(size).contains("real")) {
            problems.push_back("missing latency." + size + ".real");
            continue;
        }
        for (const char* scenario : {"timeline", "map", "select", "search"}) {
            const nlohmann::json& real = j.at("latency").at(size).at("real");
            if (!real.contains(scenario)) {
                problems.push_back("missing " + where + scenario);
                continue;
            }
            for (const char* f : {"p50", "p99", "max"})
                number(real.at(scenario).value("input_to_pixels_ms", nlohmann::json()), f, where + scenario + ".input_to_pixels_ms.");
        }
    }
    // A scenario whose checkpoints missed measured something other than what it claims: the report is not valid.
    if (j.contains("problems") && j.at("problems").is_array())
        for (const auto& p : j.at("problems"))
            problems.push_back("the run reported a problem: " + (p.is_string() ? p.get<std::string>() : p.dump()));
    return problems;
}

}  // namespace kiosk::bench
