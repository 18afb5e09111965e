// fuzz_support.hpp: shared by the libFuzzer targets and by the replay driver that runs their corpora and
// regression inputs in the normal test suite (replay_main.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// libFuzzer calls these; replay_main.cpp calls them the same way, without libFuzzer.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace kiosk::fuzz {

inline std::string_view asText(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// A broken invariant: report it and abort, so libFuzzer saves the input as a crash and the replay test fails.
[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz invariant broken: %s %.*s\n", what, static_cast<int>(std::min<size_t>(detail.size(), 200)), detail.data());
    std::abort();
}

}  // namespace kiosk::fuzz
