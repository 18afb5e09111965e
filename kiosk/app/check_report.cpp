// check_report.cpp: the admin's health check, also used by package tests on a scratch install.
#include "app/check_report.hpp"

#include <imgui.h>

#include <cctype>
#include <cstdio>

#include "app/paths.hpp"
#include "build_info.hpp"
#include "platform/display_power.hpp"
#include "platform/window.hpp"
#include "store/catalog_reader.hpp"
#include "ui/fonts.hpp"
#include "ui/text_engine.hpp"

namespace kiosk::app {

std::string softwareRenderingWarning(const std::string& renderer) {
    std::string lower;
    for (char ch : renderer) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const char* name : {"llvmpipe", "softpipe", "swrast", "software"})
        if (lower.find(name) != std::string::npos)
            return std::string("software rendering (") + (lower.find("llvmpipe") != std::string::npos ? "llvmpipe" : name) + "): expect slower frames";
    return "";
}

int runCheck(const Options& options, const ConfigResult& config, const std::filesystem::path& configPath) {
    int problems = 0, warnings = 0;
    auto report = [&](const char* what, bool ok, const std::string& detail) {
        std::printf("%-9s %s  %s\n", what, ok ? "ok     " : "PROBLEM", detail.c_str());
        problems += ok ? 0 : 1;
    };
    // Works, but an admin should know (the exit code stays 0).
    auto warn = [&](const char* what, const std::string& detail) {
        std::printf("%-9s %s  %s\n", what, "WARNING", detail.c_str());
        ++warnings;
    };
    std::printf("kiosk %s check\n", build::kVersion);
    // A missing default config is normal (defaults apply); a named config must exist and be clean.
    const bool configOk = config.warnings.empty() || (!config.fileFound && options.config.empty());
    std::string configDetail = configPath.string() + (config.fileFound ? "" : " (not found: defaults)");
    for (const auto& w : config.warnings) configDetail += "\n          " + w;
    report("config", configOk, configDetail);
    // A production kiosk must have its own PIN: none, a malformed one or a known one is a problem, never a default.
    report("staff", config.config.adminPinProblem.empty(),
           config.config.adminPinProblem.empty() ? "staff PIN set" : config.config.adminPinProblem + "; the staff keypad cannot be unlocked");

    const auto dbPath = resolveDatabase(!options.database.empty() ? options.database : config.config.database);
    std::unique_ptr<model::Catalog> catalog;
    std::string dbProblem = store::checkDatabase(dbPath);
    if (dbProblem.empty()) {
        try {
            catalog = std::make_unique<model::Catalog>(store::readCatalog(dbPath));
        } catch (const std::exception& e) {
            dbProblem = e.what();
        }
    }
    report("database", dbProblem.empty(),
           dbPath.string() + (catalog ? ": " + std::to_string(catalog->events.size()) + " events, content " + catalog->info.contentVersion
                                      : ": " + dbProblem));

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    {
        static const model::Catalog kEmpty;
        const model::Catalog& c = catalog ? *catalog : kEmpty;
        const auto ranges = ui::glyphRangesFor(c);
        const auto fontsDir = resolveFontsDir(config.config.fontsDir);
        const ui::FontSet fonts = ui::buildFonts(*ImGui::GetIO().Fonts, fontsDir, 1.0f, ranges, c);
        ui::TextEngine shaped(fontsDir);
        std::vector<std::string> fontProblems = fonts.problems;
        for (const std::string& p : shaped.coverageProblems(ranges.data())) fontProblems.push_back(p);
        std::string detail = fontsDir.string();
        for (const auto& p : fontProblems) detail += "\n          " + p;
        report("fonts", fontProblems.empty(), detail);
    }
    {
        platform::WindowOptions wo;
        wo.fullscreen = false;
        wo.visible = false;
        wo.width = 640;
        wo.height = 480;
        std::string error;
        auto window = platform::Window::create(wo, &error);
        const std::string software = window ? softwareRenderingWarning(window->rendererName()) : "";
        if (window && !software.empty()) warn("graphics", window->rendererName() + ": " + software);
        else report("graphics", window != nullptr, window ? window->rendererName() : error);
    }
    if (config.config.openingHours.configured) {
        // The hours as the kiosk will keep them, and whether the screen can really be switched off.
        std::string hours;
        for (const std::string& line : model::describeOpeningHours(config.config.openingHours)) hours += (hours.empty() ? "" : "; ") + line;
        const platform::DisplayPower power;
        if (power.available()) report("hours", true, hours + "; outside them the screen is powered down (DPMS)");
        else warn("hours", hours + "; the screen cannot be powered down (" + power.problem() + "): outside them it is blanked to black");
    }
    ImGui::DestroyContext();
    if (problems) std::printf("kiosk: problems found\n");
    else if (warnings) std::printf("kiosk: all checks passed, with %d warning%s\n", warnings, warnings == 1 ? "" : "s");
    else std::printf("kiosk: all checks passed\n");
    return problems ? 1 : 0;
}

}  // namespace kiosk::app
