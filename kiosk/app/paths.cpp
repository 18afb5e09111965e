// paths.cpp: resolution of installed and build-tree locations.
#include "app/paths.hpp"

#include <unistd.h>

#include <cctype>
#include <vector>

#include "build_info.hpp"
#include "store/database_files.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

fs::path executableDir() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : self.parent_path();
}

namespace {
fs::path firstExisting(const fs::path& configured, const std::vector<fs::path>& candidates, const fs::path& fallback = {}) {
    std::error_code ec;
    if (!configured.empty()) return configured;
    for (const fs::path& p : candidates)
        if (fs::exists(p, ec)) return p.lexically_normal();
    if (!fallback.empty()) return fallback;
    return candidates.empty() ? fs::path() : candidates.front();
}
}  // namespace

fs::path resolveDatabase(const fs::path& configured) {
    const fs::path exe = executableDir();
    // The build tree's own database first (a developer's build/kiosk never reads an installed one), then the
    // installed one that `kiosk-content install` maintains, then the one the kiosk-content package ships.
    return firstExisting(configured, {exe / "exhibit.db", store::kInstalledDatabase, exe / "../share/kiosk-content/exhibit.db",
                                      store::kPackagedDatabase, exe / "../share/kiosk/exhibit.db", fs::path(build::kShareDir) / "exhibit.db"},
                         store::kInstalledDatabase);
}

fs::path lastKnownGoodDatabase(const fs::path& database) { return store::lastKnownGoodPath(database); }

fs::path resolveFontsDir(const fs::path& configured) {
    const fs::path exe = executableDir();
    return firstExisting(configured, {exe / "../share/kiosk/fonts", fs::path(build::kShareDir) / "fonts", fs::path(build::kSourceDir) / "fonts"});
}

fs::path defaultConfigPath() {
    const fs::path exe = executableDir();
    std::error_code ec;
    for (const fs::path& p : {fs::path("/etc/kiosk/kiosk.toml"), exe / "../etc/kiosk/kiosk.toml", fs::path(build::kSourceDir) / "config/kiosk.toml"})
        if (fs::exists(p, ec)) return p.lexically_normal();
    return "/etc/kiosk/kiosk.toml";
}

std::string hostName() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0 || !name[0]) return "kiosk";
    std::string id(name);
    // A machine id holds letters, digits, '.', '-' and '_' (config.hpp's validMachineId); keep the host's short name.
    for (char& c : id)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '-';
    return id.substr(0, 64);
}

}  // namespace kiosk::app
