// bench_process.hpp: kiosk-bench's child processes: a private Xvfb (started with -displayfd, so that parallel
// runs never race for a display number), the kiosk run to completion or for a while on the real clock, and the
// CPU time a process has used, read from /proc.
#pragma once
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::bench {

// A private X server for the whole benchmark; stopped (SIGTERM, then reaped) on destruction.
class Xvfb {
public:
    // Starts `Xvfb -displayfd` with one screen of width x height x 24. Throws std::runtime_error when it cannot.
    Xvfb(int width, int height);
    ~Xvfb();
    Xvfb(const Xvfb&) = delete;
    Xvfb& operator=(const Xvfb&) = delete;

    const std::string& display() const { return display_; }  // ":N"
    pid_t pid() const { return pid_; }

private:
    pid_t pid_ = -1;
    std::string display_;
};

struct ChildOptions {
    std::vector<std::string> argv;                // argv[0] is the program's path
    std::vector<std::string> env;                 // "NAME=value", added to (and overriding) the environment
    std::filesystem::path log;                    // standard output and error go here
};

struct ChildResult {
    int exitCode = -1;       // the exit status, 128 + signal when killed by one, -1 when it could not start
    bool timedOut = false;   // killed because it outlived the timeout
};

// Runs a program to completion; kills it (SIGKILL) after timeoutSeconds.
ChildResult runToCompletion(const ChildOptions& options, double timeoutSeconds);

// A program started in the background (for the real-clock runs: start-up, idle, attract).
class Child {
public:
    explicit Child(const ChildOptions& options);  // throws std::runtime_error when fork fails
    ~Child();                                     // SIGKILLs and reaps a child still running
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return pid_; }
    bool running();  // false once it has exited (and been reaped)
    // SIGTERM, then waits up to graceSeconds for it to exit (SIGKILL after that). Returns its result.
    ChildResult terminate(double graceSeconds);

private:
    pid_t pid_ = -1;
    ChildResult result_;
    bool reaped_ = false;
};

// User plus system CPU time of a process (all its threads), in seconds, from /proc/PID/stat; negative when the
// process is gone.
double cpuSeconds(pid_t pid);

// Sleeps, in seconds (fractions allowed).
void sleepSeconds(double seconds);

}  // namespace kiosk::bench
