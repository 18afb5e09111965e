// historical_countries_test.cpp: the historical countries of data/map/historical_countries.toml: merged on the real
// 1:110m and 1:50m atlas without inner borders, and each rule of the file, broken in a copy of the real data.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "content/content_loader.hpp"
#include "content/topojson.hpp"
#include "model/historical_map.hpp"

namespace fs = std::filesystem;
using namespace kiosk::content;
using kiosk::model::MapTopology;

namespace {

const std::string kFile = "map/historical_countries.toml";
const std::vector<std::string> kSoviet = {"Russia", "Ukraine", "Belarus", "Estonia", "Latvia", "Lithuania", "Moldova", "Georgia",
                                          "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan"};

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

SourceFiles realSources() {
    SourceFiles files;
    for (const auto& e : fs::recursive_directory_iterator(KIOSK_DATA_DIR))
        if (e.is_regular_file()) files[fs::relative(e.path(), KIOSK_DATA_DIR).generic_string()] = readFile(e.path());
    return files;
}

MapTopology atlas(const std::string& file) {
    std::string error;
    auto topology = decodeTopoJson(readFile(fs::path(KIOSK_DATA_DIR) / "map" / file), "countries", &error);
    INFO(error);
    REQUIRE(topology);
    return *topology;
}

size_t geometryNamed(const MapTopology& t, const std::string& name) {
    for (size_t g = 0; g < t.geometries.size(); ++g)
        if (t.geometries[g].name == name) return g;
    FAIL("no country named " << name);
    return 0;
}

using Point = std::pair<float, float>;
using Segment = std::pair<Point, Point>;  // the smaller point first: direction does not matter
Segment segment(Point a, Point b) { return a < b ? Segment{a, b} : Segment{b, a}; }

std::vector<Segment> ringSegments(const kiosk::model::CountryShape& s, size_t firstRing) {
    std::vector<Segment> out;
    const size_t n = s.lonLat.size() / 2;
    for (size_t r = firstRing; r < s.ringStarts.size(); ++r) {
        const size_t from = s.ringStarts[r], to = r + 1 < s.ringStarts.size() ? s.ringStarts[r + 1] : n;
        for (size_t i = from; i < to; ++i) {
            const size_t j = i + 1 < to ? i + 1 : from;
            out.push_back(segment({s.lonLat[2 * i], s.lonLat[2 * i + 1]}, {s.lonLat[2 * j], s.lonLat[2 * j + 1]}));
        }
    }
    return out;
}

// Replaces the first `from` after `anchor` in the file; returns the 1-based line where it stood.
int edit(SourceFiles& files, const std::string& file, const std::string& anchor, const std::string& from, const std::string& to) {
    std::string& text = files.at(file);
    const size_t a = text.find(anchor);
    REQUIRE(a != std::string::npos);
    const size_t at = text.find(from, a);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

void requireError(const LoadedContent& loaded, int line, const std::string& fragment) {
    INFO("reported:\n" << loaded.diagnostics.format());
    CHECK_FALSE(loaded.ok());
    const auto& all = loaded.diagnostics.all();
    const auto d = std::find_if(all.begin(), all.end(), [&](const Diagnostic& x) {
        return x.severity == Diagnostic::Severity::Error && x.file == kFile && x.message.find(fragment) != std::string::npos;
    });
    REQUIRE(d != all.end());
    CHECK(d->line == line);
}

}  // namespace

TEST_CASE("the Soviet Union merged on the real atlas has no inner border left, at both scales", "[historical]") {
    for (const std::string file : {"countries-110m.json", "countries-50m.json"}) {
        INFO(file);
        const MapTopology t = atlas(file);
        const auto shapes = kiosk::model::countryShapes(t);
        std::vector<size_t> members;
        for (const std::string& name : kSoviet) members.push_back(geometryNamed(t, name));
        // The inner borders: segments on the outlines of two different republics (Russia-Kazakhstan among them).
        std::map<Segment, std::set<size_t>> owners;
        for (size_t m : members)
            for (const Segment& s : ringSegments(shapes[m], 0)) owners[s].insert(m);
        std::set<Segment> inner;
        for (const auto& [s, who] : owners)
            if (who.size() > 1) inner.insert(s);
        std::set<Segment> russiaKazakhstan;
        const size_t russia = geometryNamed(t, "Russia"), kazakhstan = geometryNamed(t, "Kazakhstan");
        for (const auto& [s, who] : owners)
            if (who.count(russia) && who.count(kazakhstan)) russiaKazakhstan.insert(s);
        CHECK(russiaKazakhstan.size() > 10);  // the test means something: there is a long border to drop

        const auto merged = kiosk::model::mergedCountryShape(t, shapes, members, "soviet-union", "Soviet Union");
        const auto outline = ringSegments(merged, merged.firstOutlineRing);
        REQUIRE_FALSE(outline.empty());
        size_t innerLeft = 0;
        for (const Segment& s : outline) innerLeft += inner.count(s);
        CHECK(innerLeft == 0);
        // Every other segment of the republics' outlines (coasts, borders with others) is on the merged outline.
        const std::set<Segment> drawn(outline.begin(), outline.end());
        size_t outer = 0, kept = 0;
        for (const auto& [s, who] : owners)
            if (!inner.count(s)) {
                ++outer;
                kept += drawn.count(s);
            }
        CHECK(kept == outer);
        // The members' fills are all there.
        size_t triangles = 0;
        for (size_t m : members) triangles += shapes[m].triangles.size();
        CHECK(merged.triangles.size() == triangles);
    }
}

TEST_CASE("the real historical countries load, with their shapes at both scales", "[historical]") {
    const LoadedContent loaded = loadContent(KIOSK_DATA_DIR);
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    const auto& c = loaded.catalog;
    REQUIRE(c.historicalShapes.size() == c.historicalCountries.size());
    REQUIRE(c.historicalShapesCoarse.size() == c.historicalCountries.size());
    auto at = [&](double year) {
        std::vector<std::string> names;
        for (auto h : kiosk::model::historicalCountriesAt(c.historicalCountries, year)) names.push_back(c.historicalCountries[static_cast<size_t>(h)].id);
        return names;
    };
    const auto in1966 = at(1966.0);
    CHECK(std::count(in1966.begin(), in1966.end(), "soviet-union") == 1);
    CHECK(std::count(in1966.begin(), in1966.end(), "pakistan-1955") == 1);
    const auto in1995 = at(1995.5);
    CHECK(std::count(in1995.begin(), in1995.end(), "soviet-union") == 0);
    CHECK(std::count(in1995.begin(), in1995.end(), "pakistan-1955") == 0);
    // The Soviet Union stands until 26 December 1991; Bangladesh is East Pakistan until 16 December 1971.
    CHECK(at(kiosk::model::toYears({1991, 12, 25})) == std::vector<std::string>{"soviet-union-1991", "yugoslavia-1991-09", "czechoslovakia", "ethiopia-eritrea", "sudan-1956"});
    const auto after = at(kiosk::model::toYears({1991, 12, 26}));
    CHECK(std::find(after.begin(), after.end(), "soviet-union-1991") == after.end());
    const auto before1971 = at(kiosk::model::toYears({1971, 12, 15}));
    CHECK(std::find(before1971.begin(), before1971.end(), "pakistan-1955") != before1971.end());
    const auto after1971 = at(kiosk::model::toYears({1971, 12, 16}));
    CHECK(std::find(after1971.begin(), after1971.end(), "pakistan-1955") == after1971.end());
    for (size_t h = 0; h < c.historicalCountries.size(); ++h) {
        INFO(c.historicalCountries[h].id);
        CHECK_FALSE(c.historicalShapes[h].lonLat.empty());
        CHECK(c.historicalShapes[h].firstOutlineRing > 0);
        CHECK(c.historicalShapes[h].isoNumeric == c.historicalCountries[h].id);
    }
    const auto pakistan = std::find_if(c.historicalCountries.begin(), c.historicalCountries.end(), [](const auto& h) { return h.id == "pakistan-1955"; });
    REQUIRE(pakistan != c.historicalCountries.end());
    CHECK(pakistan->memberLabels == std::vector<std::string>{"", "East Pakistan"});
}

TEST_CASE("each rule of the historical countries file is reported with its line", "[historical][content]") {
    const SourceFiles real = realSources();
    const SourceOptions noMap{.map = false};  // the rules that need no map: fast
    {
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"czechoslovakia\"", "members =", "borders = 1\nmembers =");
        requireError(loadContentSources(f, noMap), line, "unknown key 'borders'");
    }
    {
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"czechoslovakia\"", "end = \"1993-01-01\"", "end = \"1993-01\"");
        requireError(loadContentSources(f, noMap), line, "'end' should be a day");
    }
    {
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"czechoslovakia\"", "end = \"1993-01-01\"", "end = \"1917-01-01\"");
        requireError(loadContentSources(f, noMap), line, "ends before it starts");
    }
    {
        SourceFiles f = real;
        // Kazakhstan in two countries at once: the map could not draw both.
        const int line = edit(f, kFile, "id = \"czechoslovakia\"", "members = [\"Czechia\"", "members = [\"Kazakhstan\", \"Czechia\"");
        requireError(loadContentSources(f, noMap), line, "'Kazakhstan' is also in 'soviet-union'");
    }
    {
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"pakistan-1955\"", "member = \"Bangladesh\"", "member = \"India\"");
        requireError(loadContentSources(f, noMap), line, "'India' is not one of this country's members");
    }
    {
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"czechoslovakia\"", "\"Slovakia\"]", "\"Slovakia\", \"Slovakia\"]");
        requireError(loadContentSources(f, noMap), line, "'Slovakia' is listed twice");
    }
    {
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"burma\"", "burma", "Burma");
        requireError(loadContentSources(f, noMap), line, "id 'Burma' should use only lower-case letters");
    }
    {
        // A member the atlas does not know (a typo for a Natural Earth name) needs the map to be found.
        SourceFiles f = real;
        const int line = edit(f, kFile, "id = \"czechoslovakia\"", "\"Czechia\"", "\"Czech Republic\"");
        requireError(loadContentSources(f), line, "'Czech Republic' is not a country in map/countries-50m.json");
    }
}
