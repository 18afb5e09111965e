// check_report.hpp: kiosk --check: database, fonts, config and graphics, as a report an admin can read.
#pragma once
#include <filesystem>
#include <string>

#include "app/config.hpp"
#include "app/kiosk_app.hpp"

namespace kiosk::app {
// Prints one line per check ("ok" or the problem) and returns 0 only when every check passed.
int runCheck(const Options& options, const ConfigResult& config, const std::filesystem::path& configPath);
// A warning for a renderer that draws on the CPU (Mesa's llvmpipe or softpipe, or any "software" one): the kiosk
// runs, but frames are slower. Empty for a hardware renderer.
std::string softwareRenderingWarning(const std::string& renderer);
}
