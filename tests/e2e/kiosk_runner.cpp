// kiosk_runner.cpp: one Xvfb for the whole test binary, started on first use with -displayfd (so parallel test
// binaries never race for a display number), and the kiosk run as a child process.
#include "kiosk_runner.hpp"

#include <signal.h>
#include <stb_image.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace kiosk::e2e {
namespace {

pid_t gXvfb = 0;

void stopXvfb() {
    if (gXvfb > 0) {
        kill(gXvfb, SIGTERM);
        waitpid(gXvfb, nullptr, 0);
        gXvfb = 0;
    }
}

const std::string& display() {
    static std::string name;
    if (!name.empty()) return name;
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    gXvfb = fork();
    if (gXvfb == 0) {
        close(fds[0]);
        const std::string fd = std::to_string(fds[1]);
        execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "2000x2000x24", "-nolisten", "tcp", "-noreset", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string number;
    char c;
    while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
    close(fds[0]);
    if (number.empty()) throw std::runtime_error("Xvfb did not start (is the xvfb package installed?)");
    std::atexit(stopXvfb);
    name = ":" + number;
    return name;
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

}  // namespace

std::string scratchDir(const std::string& name) {
    static std::atomic<int> counter{0};
    // Under the build tree, so that CI can keep what a failed test saw, and /tmp stays clean.
    const auto dir = std::filesystem::path(KIOSK_E2E_ARTIFACTS) /
                     ("kiosk-e2e-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "-" + name);
    std::filesystem::create_directories(dir);
    return dir.string();
}

KioskRun runKiosk(const RunOptions& o) {
    const std::string dir = scratchDir("run");
    KioskRun run;
    std::string cmd = "DISPLAY=" + display() + " " + quote(KIOSK_BINARY) + " --config " + quote(o.config.empty() ? std::string(KIOSK_FIXTURES) + "/browsing.toml" : o.config) + " --size " + o.size;
    cmd += " --db " + quote(o.db.empty() ? std::string(KIOSK_DB) : o.db);
    cmd += " --state-out " + quote(dir + "/state.json");
    if (!o.script.empty()) {
        std::ofstream(dir + "/script.txt") << o.script;
        cmd += " --script " + quote(dir + "/script.txt");
    }
    if (o.screenshot) {
        run.screenshot = dir + "/final.png";
        cmd += " --screenshot " + quote(run.screenshot);
    } else if (o.script.empty()) {
        cmd += " --script /dev/null";
    }
    for (const auto& e : o.extra) cmd += " " + quote(e);
    cmd += " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) throw std::runtime_error("cannot start the kiosk");
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), p)) > 0) run.output.append(buffer.data(), n);
    const int status = pclose(p);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::ifstream in(dir + "/state.json");
    if (in) {
        try {
            in >> run.state;
        } catch (const std::exception&) {
            run.state = nullptr;
        }
    }
    return run;
}

Point findTarget(const nlohmann::json& state, const std::string& pane, const std::string& kind, int count) {
    for (const auto& t : state.at(pane).at("targets"))
        if (t.at("kind") == kind && (count < 0 || t.at("count") == count))
            return {t.at("x").get<float>(), t.at("y").get<float>(), t.at("id").get<std::string>()};
    throw std::runtime_error("no " + kind + " target in the " + pane);
}

Image loadPng(const std::string& path) {
    Image image;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 3);
    if (!data) return image;
    image.rgb.assign(data, data + static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 3);
    stbi_image_free(data);
    return image;
}

int Image::distinctColours() const {
    std::set<uint32_t> colours;
    for (size_t i = 0; i + 2 < rgb.size(); i += 3 * 97)
        colours.insert(static_cast<uint32_t>(rgb[i]) << 16 | static_cast<uint32_t>(rgb[i + 1]) << 8 | rgb[i + 2]);
    return static_cast<int>(colours.size());
}

}  // namespace kiosk::e2e
