// fuzz_topojson.cpp: the map data (TopoJSON), read by the content tool. Invariants: decoding never throws or
// crashes; every triangle and ring start it returns points at a real vertex, and so does a historical country merged
// from the decoded topology (its triangles only at its members' vertices).
#include "content/topojson.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string error;
    const auto shapes = kiosk::content::decodeTopoJsonCountries(kiosk::fuzz::asText(data, size), "countries", &error);
    if (!shapes) return 0;
    auto check = [](const kiosk::model::CountryShape& k) {
        const size_t vertices = k.lonLat.size() / 2;
        const size_t fill = k.firstOutlineRing > 0 && k.firstOutlineRing < k.ringStarts.size() ? k.ringStarts[k.firstOutlineRing] : vertices;
        if (k.triangles.size() % 3 != 0) kiosk::fuzz::fail("triangles not in threes");
        if (k.firstOutlineRing > k.ringStarts.size()) kiosk::fuzz::fail("first outline ring");
        for (uint32_t t : k.triangles)
            if (t >= fill) kiosk::fuzz::fail("triangle index");
        for (uint32_t r : k.ringStarts)
            if (r >= vertices) kiosk::fuzz::fail("ring start");
    };
    for (const auto& k : *shapes) check(k);
    // The same bytes as a topology: every geometry merged into one country.
    const auto topology = kiosk::content::decodeTopoJson(kiosk::fuzz::asText(data, size), "countries", &error);
    if (!topology) kiosk::fuzz::fail("decoded as countries but not as a topology");
    const auto all = kiosk::model::countryShapes(*topology);
    std::vector<size_t> members;
    for (size_t g = 0; g < all.size() && g < 64; ++g) members.push_back(g);
    check(kiosk::model::mergedCountryShape(*topology, all, members, "merged", "Merged"));
    return 0;
}
