// usage_report_html.cpp: the printable usage report, one HTML page with inline SVG bar charts. Self-contained (no
// scripts, no fonts or images fetched), so it opens and prints the same on any machine, offline.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/usage_report.hpp"

namespace kiosk::app {
namespace {

// Okabe and Ito's colour-blind-safe palette: one colour per machine, the same in every chart.
constexpr const char* kColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#666666", "#000000"};

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string num(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", v);
    return b;
}

// A round axis maximum at or above `v` (1, 2 or 5 times a power of ten) and its step.
std::pair<int, int> axisFor(int v) {
    if (v <= 0) return {1, 1};
    for (int p = 1;; p *= 10)
        for (int m : {1, 2, 5})
            if (m * p * 5 >= v) return {((v + m * p - 1) / (m * p)) * m * p, m * p};
}

struct Bar {
    std::string label;
    std::vector<std::pair<int, int>> stack;  // (colour index, value), bottom first
    int total() const {
        int t = 0;
        for (const auto& s : stack) t += s.second;
        return t;
    }
};

// Vertical bars (stacked when a bar has several parts), with a y axis and every `labelEvery`-th label.
std::string columnChart(const std::vector<Bar>& bars, const std::string& caption, size_t labelEvery = 1) {
    const double width = 900, height = 260, left = 44, bottom = 36, top = 12;
    int most = 0;
    for (const Bar& b : bars) most = std::max(most, b.total());
    const auto [axisMax, step] = axisFor(most);
    const double plotH = height - bottom - top, slot = (width - left - 8) / static_cast<double>(std::max<size_t>(1, bars.size()));
    std::string svg = "<svg viewBox=\"0 0 900 260\" role=\"img\" aria-label=\"" + escape(caption) + "\">";
    for (int v = 0; v <= axisMax; v += step) {
        const double y = top + plotH - plotH * v / axisMax;
        svg += "<line x1=\"" + num(left) + "\" x2=\"" + num(width - 8) + "\" y1=\"" + num(y) + "\" y2=\"" + num(y) + "\" class=\"grid\"/>";
        svg += "<text x=\"" + num(left - 6) + "\" y=\"" + num(y + 4) + "\" class=\"tick\" text-anchor=\"end\">" + std::to_string(v) + "</text>";
    }
    for (size_t i = 0; i < bars.size(); ++i) {
        const double x = left + slot * static_cast<double>(i) + slot * 0.12, w = slot * 0.76;
        double base = top + plotH;
        for (const auto& [colour, value] : bars[i].stack) {
            if (value <= 0) continue;
            const double h = plotH * value / axisMax;
            svg += "<rect x=\"" + num(x) + "\" y=\"" + num(base - h) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"" +
                   kColours[static_cast<size_t>(colour) % 8] + "\"><title>" + escape(bars[i].label) + ": " + std::to_string(value) + "</title></rect>";
            base -= h;
        }
        if (i % labelEvery == 0)
            svg += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(height - bottom + 16) + "\" class=\"tick\" text-anchor=\"middle\">" +
                   escape(bars[i].label) + "</text>";
    }
    svg += "<line x1=\"" + num(left) + "\" x2=\"" + num(width - 8) + "\" y1=\"" + num(top + plotH) + "\" y2=\"" + num(top + plotH) + "\" class=\"axis\"/>";
    return svg + "</svg>";
}

// Horizontal bars with their labels on the left and the value at the end.
std::string rowChart(const std::vector<std::pair<std::string, int>>& rows, const std::vector<int>& colours, const std::string& caption) {
    const double width = 900, rowH = 26, labelW = 420;
    const double height = rowH * static_cast<double>(rows.size()) + 8;
    int most = 1;
    for (const auto& r : rows) most = std::max(most, r.second);
    std::string svg = "<svg viewBox=\"0 0 900 " + num(height) + "\" role=\"img\" aria-label=\"" + escape(caption) + "\">";
    for (size_t i = 0; i < rows.size(); ++i) {
        const double y = 4 + rowH * static_cast<double>(i), w = (width - labelW - 60) * rows[i].second / most;
        std::string label = rows[i].first;
        if (label.size() > 64) label = label.substr(0, 61) + "...";
        svg += "<text x=\"" + num(labelW - 8) + "\" y=\"" + num(y + 17) + "\" class=\"label\" text-anchor=\"end\">" + escape(label) + "</text>";
        svg += "<rect x=\"" + num(labelW) + "\" y=\"" + num(y + 4) + "\" width=\"" + num(std::max(1.0, w)) + "\" height=\"" + num(rowH - 8) + "\" fill=\"" +
               kColours[static_cast<size_t>(i < colours.size() ? colours[i] : 0) % 8] + "\"/>";
        svg += "<text x=\"" + num(labelW + w + 6) + "\" y=\"" + num(y + 17) + "\" class=\"label\">" + std::to_string(rows[i].second) + "</text>";
    }
    return svg + "</svg>";
}

}  // namespace

std::string usageReportHtml(const model::UsageTotals& t, const ReportSources& sources, const std::map<std::string, std::string>& titles) {
    std::map<std::string, int> colourOf;
    for (const auto& [machine, n] : t.sessionsPerMachine) colourOf.emplace(machine, static_cast<int>(colourOf.size()));

    // Every day from the first to the last, quiet days included, so that gaps show as gaps.
    std::vector<Bar> days;
    if (!t.sessionsPerDay.empty()) {
        std::string error;
        const int64_t first = *model::parseDate(t.sessionsPerDay.begin()->first, error);
        const int64_t last = *model::parseDate(t.sessionsPerDay.rbegin()->first, error);
        for (int64_t d = first; d <= last; ++d) {
            Bar bar{model::formatDate(d).substr(5), {}};
            const auto found = t.sessionsPerDayByMachine.find(model::formatDate(d));
            if (found != t.sessionsPerDayByMachine.end())
                for (const auto& [machine, n] : found->second) bar.stack.push_back({colourOf[machine], n});
            days.push_back(bar);
        }
    }
    std::vector<Bar> hours;
    for (size_t h = 0; h < 24; ++h) {
        char label[8];
        std::snprintf(label, sizeof label, "%02zu", h);
        hours.push_back({label, {{0, t.sessionsPerHour[h]}}});
    }
    std::vector<std::pair<std::string, int>> machines;
    std::vector<int> machineColours;
    for (const auto& [machine, n] : t.sessionsPerMachine) {
        machines.emplace_back(machine, n);
        machineColours.push_back(colourOf[machine]);
    }
    std::vector<std::pair<std::string, int>> events;
    for (const auto& [id, n] : t.topEvents) {
        const auto title = titles.find(id);
        events.emplace_back(title != titles.end() ? title->second : id, n);
    }

    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Exhibit usage report</title><style>\n"
                    "@page { size: A4; margin: 14mm; }\n"
                    "body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; color: #1a1a1a; max-width: 960px; margin: 24px auto; }\n"
                    "h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 17px; margin: 22px 0 6px; }\n"
                    "p.small, li { font-size: 12px; color: #444; } svg { width: 100%; height: auto; display: block; }\n"
                    "section { break-inside: avoid; page-break-inside: avoid; }\n"
                    "table.totals td { padding: 2px 18px 2px 0; font-size: 14px; } table.totals td.n { font-weight: bold; text-align: right; }\n"
                    ".grid { stroke: #ddd; stroke-width: 1; } .axis { stroke: #555; stroke-width: 1; }\n"
                    ".tick { font-size: 11px; fill: #444; } .label { font-size: 13px; fill: #1a1a1a; }\n"
                    ".key span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 14px; vertical-align: -1px; }\n"
                    "</style></head><body>\n";
    h += "<h1>Exhibit usage report</h1>\n<p class=\"small\">" + std::to_string(sources.logs.size()) + " usage log" + (sources.logs.size() == 1 ? "" : "s") +
         " from " + std::to_string(t.sessionsPerMachine.size()) + " machine" + (t.sessionsPerMachine.size() == 1 ? "" : "s");
    if (!t.sessionsPerDay.empty()) h += ", " + t.sessionsPerDay.begin()->first + " to " + t.sessionsPerDay.rbegin()->first;
    h += "; made " + escape(sources.generated) + ". Days and hours are local time. The logs hold no search text and nothing that identifies a visitor.";
    if (sources.repeats > 0) h += " " + std::to_string(sources.repeats) + " records found in more than one log were counted once.";
    h += "</p>\n<section><table class=\"totals\">";
    auto row = [&](const std::string& name, const std::string& value) { h += "<tr><td>" + name + "</td><td class=\"n\">" + value + "</td></tr>"; };
    row("Visits (sessions)", std::to_string(t.sessions));
    row("Median visit", std::to_string(static_cast<int>(std::lround(t.medianSessionSeconds))) + " s");
    row("Events opened", std::to_string(t.eventsOpened));
    row("Articles read", std::to_string(t.articlesRead));
    row("Searches", std::to_string(t.searches));
    h += "</table></section>\n";
    h += "<section><h2>Visits per day</h2><div class=\"key\">";
    for (const auto& [machine, colour] : colourOf) h += "<span style=\"background:" + std::string(kColours[static_cast<size_t>(colour) % 8]) + "\"></span>" + escape(machine);
    h += "</div>" + columnChart(days, "Visits per day, by machine", std::max<size_t>(1, (days.size() + 13) / 14)) + "</section>\n";
    h += "<section><h2>Visits by hour of the day</h2>" + columnChart(hours, "Visits by hour of the day") + "</section>\n";
    h += "<section><h2>Visits per machine</h2>" + rowChart(machines, machineColours, "Visits per machine") + "<p class=\"small\">Median visit: ";
    bool firstMachine = true;
    for (const auto& [machine, seconds] : t.medianSecondsPerMachine) {
        h += (firstMachine ? "" : ", ") + escape(machine) + " " + std::to_string(static_cast<int>(std::lround(seconds))) + " s";
        firstMachine = false;
    }
    h += ".</p></section>\n";
    h += "<section><h2>Most-opened events</h2>" + rowChart(events, std::vector<int>(events.size(), 6), "Most-opened events") + "</section>\n";
    h += "<section><h2>Logs read</h2><ul>";
    for (const std::string& log : sources.logs) h += "<li>" + escape(log) + "</li>";
    for (const std::string& bad : sources.unreadable) h += "<li><strong>Not counted:</strong> " + escape(bad) + "</li>";
    h += "</ul></section>\n</body></html>\n";
    return h;
}

}  // namespace kiosk::app
