// paths.cpp: resolution of installed and build-tree locations.
#include "app/paths.hpp"

#include <unistd.h>

#include <vector>

#include "build_info.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

fs::path executableDir() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : self.parent_path();
}

namespace {
fs::path firstExisting(const fs::path& configured, const std::vector<fs::path>& candidates) {
    std::error_code ec;
    if (!configured.empty()) return configured;
    for (const fs::path& p : candidates)
        if (fs::exists(p, ec)) return p;
    return candidates.empty() ? fs::path() : candidates.front();
}
}  // namespace

fs::path resolveDatabase(const fs::path& configured) {
    const fs::path exe = executableDir();
    return firstExisting(configured, {exe / "exhibit.db", exe / "../share/kiosk/exhibit.db", fs::path(build::kShareDir) / "exhibit.db",
                                      "/var/lib/kiosk/exhibit.db"});
}

fs::path resolveFontsDir(const fs::path& configured) {
    const fs::path exe = executableDir();
    return firstExisting(configured, {exe / "../share/kiosk/fonts", fs::path(build::kShareDir) / "fonts", fs::path(build::kSourceDir) / "fonts"});
}

fs::path defaultConfigPath() {
    const fs::path exe = executableDir();
    std::error_code ec;
    for (const fs::path& p : {fs::path("/etc/kiosk/kiosk.toml"), exe / "../etc/kiosk/kiosk.toml", fs::path(build::kSourceDir) / "config/kiosk.toml"})
        if (fs::exists(p, ec)) return p;
    return "/etc/kiosk/kiosk.toml";
}

}  // namespace kiosk::app
