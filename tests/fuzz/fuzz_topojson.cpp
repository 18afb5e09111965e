// fuzz_topojson.cpp: the map data (TopoJSON), read by the content tool. Invariants: decoding never throws or
// crashes; every triangle and ring start it returns points at a real vertex.
#include "content/topojson.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string error;
    const auto shapes = kiosk::content::decodeTopoJsonCountries(kiosk::fuzz::asText(data, size), "countries", &error);
    if (!shapes) return 0;
    for (const auto& k : *shapes) {
        const size_t vertices = k.lonLat.size() / 2;
        if (k.triangles.size() % 3 != 0) kiosk::fuzz::fail("triangles not in threes");
        for (uint32_t t : k.triangles)
            if (t >= vertices) kiosk::fuzz::fail("triangle index");
        for (uint32_t r : k.ringStarts)
            if (r >= vertices) kiosk::fuzz::fail("ring start");
    }
    return 0;
}
