// related_events_test.cpp: the walk outwards in time finds exactly what scoring every event would.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "model/related_events.hpp"

using namespace kiosk::model;

namespace {

// The definition: score every other event, best score first, then nearest in time, then lowest index.
std::vector<Index> bruteForce(const Catalog& c, Index event, size_t count) {
    const Event& e = c.events[static_cast<size_t>(event)];
    auto shared = [](const std::vector<Index>& a, const std::vector<Index>& b) {
        int n = 0;
        for (Index x : a) n += std::count(b.begin(), b.end(), x) > 0;
        return n;
    };
    struct Scored {
        Index index;
        int score;
        double distance;
    };
    std::vector<Scored> all;
    for (size_t i = 0; i < c.events.size(); ++i) {
        if (static_cast<Index>(i) == event) continue;
        const Event& o = c.events[i];
        const int score = 3 * shared(e.people, o.people) + 2 * shared(e.places, o.places) + shared(e.themes, o.themes);
        if (score > 0) all.push_back({static_cast<Index>(i), score, std::fabs(o.sortKey - e.sortKey)});
    }
    std::sort(all.begin(), all.end(), [](const Scored& a, const Scored& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.distance != b.distance) return a.distance < b.distance;
        return a.index < b.index;
    });
    std::vector<Index> out;
    for (size_t i = 0; i < all.size() && out.size() < count; ++i) out.push_back(all[i].index);
    return out;
}

}  // namespace

TEST_CASE("related events match scoring every event, on a large catalog with many ties", "[related]") {
    std::mt19937 rng(7);
    Catalog c;
    for (int i = 0; i < 6; ++i) c.themes.push_back({"t" + std::to_string(i), "T", "", "T"});
    for (int i = 0; i < 20; ++i) c.places.push_back({"p" + std::to_string(i), "P", "", 0, 0});
    for (int i = 0; i < 8; ++i) c.people.push_back({"h" + std::to_string(i), "H", ""});
    std::uniform_int_distribution<int> year(1947, 2022), theme(0, 5), place(0, 19), person(0, 7), some(0, 3);
    for (int i = 0; i < 3000; ++i) {
        Event e;
        e.id = "e" + std::to_string(i);
        e.date = {{year(rng), 0, 0}, std::nullopt, Precision::Year};  // whole years: many events share a date
        for (int k = some(rng); k > 0; --k) e.themes.push_back(theme(rng));
        for (int k = some(rng) % 2; k >= 0; --k) e.places.push_back(place(rng));
        if (some(rng) == 0) e.people.push_back(person(rng));
        c.events.push_back(std::move(e));
    }
    c.buildIndexes();
    for (Index event : {0, 1, 17, 500, 1499, 2998, 2999})
        for (size_t count : {1u, 3u, 10u}) {
            INFO("event " << event << ", count " << count);
            CHECK(relatedEvents(c, event, count) == bruteForce(c, event, count));
        }
    CHECK(relatedEvents(c, 5, 0).empty());
}
