// replay_main.cpp: runs a fuzz target over files and folders of inputs, without libFuzzer, so that the seed
// corpus and every crash ever found (tests/fuzz/regressions/<target>/) are replayed by the normal test suite, with
// any compiler (and under the sanitizers in CI's sanitizer tree).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "fuzz_support.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    LLVMFuzzerInitialize(&argc, &argv);
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path p = argv[i];
        if (fs::is_directory(p)) {
            for (const auto& e : fs::recursive_directory_iterator(p))
                if (e.is_regular_file() && e.path().filename().string()[0] != '.' && e.path().filename() != "README.md") inputs.push_back(e.path());
        } else if (fs::exists(p)) {
            inputs.push_back(p);
        } else {
            std::fprintf(stderr, "replay: %s does not exist (no inputs there yet)\n", argv[i]);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path& p : inputs) {
        std::ifstream in(p, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::fprintf(stderr, "replay: %s (%zu bytes)\n", p.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
    std::printf("replayed %zu inputs without a failure\n", inputs.size());
    return inputs.empty() ? 1 : 0;
}
