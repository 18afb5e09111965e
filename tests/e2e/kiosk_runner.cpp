// kiosk_runner.cpp: one Xvfb for the whole test binary, started on first use with -displayfd (so parallel test
// binaries never race for a display number), and the kiosk run as a child process.
#include "kiosk_runner.hpp"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stb_image.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
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

}  // namespace

const std::string& display() {
    static std::string name;
    if (!name.empty()) return name;
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    gXvfb = fork();
    if (gXvfb == 0) {
        close(fds[0]);
        const std::string fd = std::to_string(fds[1]);
        execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "3840x2160x24", "-nolisten", "tcp", "-noreset", static_cast<char*>(nullptr));
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

double slowdown() {
#ifdef KIOSK_SANITIZED
    double factor = 4;
#else
    double factor = 1;
#endif
    if (const char* s = std::getenv("KIOSK_TEST_SLOWDOWN")) factor = std::max(1.0, std::atof(s));
    return factor;
}

std::string scratchDir(const std::string& name) {
    static std::atomic<int> counter{0};
    // Under the build tree, so that CI can keep what a failed test saw, and /tmp stays clean.
    const auto dir = std::filesystem::path(KIOSK_E2E_ARTIFACTS) /
                     ("kiosk-e2e-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "-" + name);
    std::filesystem::create_directories(dir);
    return dir.string();
}

KioskProcess startKiosk(const RunOptions& o) {
    KioskProcess p;
    p.dir = o.dir.empty() ? scratchDir("run") : o.dir;
    std::filesystem::create_directories(p.dir);
    p.outputPath = p.dir + "/output.txt";
    p.statePath = p.dir + "/state.json";
    std::vector<std::string> args = {KIOSK_BINARY, "--config", o.config.empty() ? std::string(KIOSK_FIXTURES) + "/browsing.toml" : o.config,
                                     "--size", o.size, "--db", o.db.empty() ? std::string(KIOSK_DB) : o.db, "--state-out", p.statePath};
    if (!o.script.empty()) {
        std::ofstream(p.dir + "/script.txt") << o.script;
        args.insert(args.end(), {"--script", p.dir + "/script.txt"});
    }
    if (o.screenshot) {
        p.screenshot = p.dir + "/final.png";
        args.insert(args.end(), {"--screenshot", p.screenshot});
    } else if (o.script.empty() && !o.realClock) {
        args.insert(args.end(), {"--script", "/dev/null"});
    }
    args.insert(args.end(), o.extra.begin(), o.extra.end());
    const std::string displayName = display();
    std::fflush(nullptr);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("cannot start the kiosk (fork failed)");
    if (pid == 0) {
        setenv("DISPLAY", displayName.c_str(), 1);
        // A real-clock kiosk takes the single-instance lock under XDG_RUNTIME_DIR: one of its own, so that tests
        // running side by side (and a kiosk on this machine) do not refuse each other.
        if (o.realClock) setenv("XDG_RUNTIME_DIR", p.dir.c_str(), 1);
        for (const auto& [name, value] : o.env) setenv(name.c_str(), value.c_str(), 1);
        // Sanitizer tree: keep Mesa's driver mapped to the end, so LeakSanitizer can see what it still points to
        // (tests/sanitizers/lsan.supp explains).
        if (const char* preload = std::getenv("KIOSK_TEST_GL_PRELOAD"); preload && *preload) setenv("LD_PRELOAD", preload, 1);
        const int out = ::open(p.outputPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out >= 0) {
            dup2(out, 1);
            dup2(out, 2);
            ::close(out);
        }
        const int in = ::open("/dev/null", O_RDONLY);
        if (in >= 0) dup2(in, 0);
        if (o.runAsUid >= 0 && (setgroups(0, nullptr) != 0 || setgid(static_cast<gid_t>(o.runAsUid)) != 0 || setuid(static_cast<uid_t>(o.runAsUid)) != 0)) {
            std::fprintf(stderr, "cannot drop to uid %d\n", o.runAsUid);
            _exit(126);
        }
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    p.pid = pid;
    return p;
}

KioskRun waitKiosk(const KioskProcess& p, double timeoutSeconds) {
    KioskRun run;
    run.screenshot = p.screenshot;
    const auto start = std::chrono::steady_clock::now();
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(p.pid, &status, WNOHANG);
        if (done == p.pid) break;
        if (done < 0) throw std::runtime_error("lost the kiosk process");
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (timeoutSeconds > 0 && elapsed > timeoutSeconds) {
            kill(p.pid, SIGKILL);
            waitpid(p.pid, &status, 0);
            run.timedOut = true;
            break;
        }
        usleep(elapsed < 1 ? 2000 : 20000);
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.exitCode = run.timedOut ? 124 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::ifstream out(p.outputPath, std::ios::binary);
    std::ostringstream text;
    text << out.rdbuf();
    run.output = text.str();
    std::ifstream in(p.statePath);
    if (in) {
        try {
            in >> run.state;
        } catch (const std::exception&) {
            run.state = nullptr;
        }
    }
    return run;
}

bool grabDisplay(const std::string& path, const std::string& size) {
    const std::string crop = size.empty() ? std::string() : " -crop " + size + "+0+0 +repage";
    const std::string command = "import -display " + display() + " -window root" + crop + " " + path + " >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

KioskRun runKiosk(const RunOptions& o) { return waitKiosk(startKiosk(o), o.timeoutSeconds > 0 ? o.timeoutSeconds * slowdown() : 0); }

nlohmann::json readJson(const std::string& path) {
    std::ifstream in(path);
    nlohmann::json j;
    in >> j;
    return j;
}

std::string tapAt(float x, float y) { return "tap " + std::to_string(x) + " " + std::to_string(y) + "\n"; }

std::string tapLabel(const nlohmann::json& state, const std::string& label, float minY) {
    for (const auto& b : state.at("buttons"))
        if (b.at("label") == label && b.at("y").get<float>() > minY) return tapAt(b.at("x"), b.at("y"));
    throw std::runtime_error("no button " + label);
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
