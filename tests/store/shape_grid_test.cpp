// shape_grid_test.cpp: the map's quick point-in-country answers agree with the exact test on every real country.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "model/map_labels.hpp"
#include "model/shape_grid.hpp"
#include "real_db.hpp"
#include "store/catalog_reader.hpp"

using namespace kiosk;

TEST_CASE("on every real country and historical country, the indexed point-in-country test answers as the exact one", "[store][map]") {
    const model::Catalog c = store::readCatalog(test::realDatabase());
    std::mt19937 random(1947);
    size_t shapes = 0, points = 0, quick = 0;
    for (const auto* list : {&c.countries, &c.historicalShapes})
        for (const model::CountryShape& indexed : *list) {
            if (indexed.lonLat.empty()) continue;
            REQUIRE(indexed.insideIndex.cells.size() == static_cast<size_t>(model::kShapeGridSize * model::kShapeGridSize));
            model::CountryShape exact = indexed;
            exact.insideIndex = {};
            ++shapes;
            std::uniform_real_distribution<double> lon(indexed.minLon, indexed.maxLon), lat(indexed.minLat, indexed.maxLat);
            for (int i = 0; i < 2000; ++i) {
                const double x = lon(random), y = lat(random);
                INFO(indexed.name << " at " << x << ", " << y);
                REQUIRE(model::shapeContains(indexed, x, y) == model::shapeContains(exact, x, y));
                quick += model::gridAnswer(indexed, x, y) != model::GridAnswer::Unsure;
                ++points;
            }
            // And right on the outline, where only the row's edges decide: beside its vertices.
            std::uniform_int_distribution<size_t> vertex(0, indexed.lonLat.size() / 2 - 1);
            std::normal_distribution<double> jitter(0.0, 0.02);
            for (int i = 0; i < 500; ++i) {
                const size_t v = vertex(random);
                const double x = std::clamp(indexed.lonLat[2 * v] + jitter(random), static_cast<double>(indexed.minLon), static_cast<double>(indexed.maxLon));
                const double y = std::clamp(indexed.lonLat[2 * v + 1] + jitter(random), static_cast<double>(indexed.minLat), static_cast<double>(indexed.maxLat));
                INFO(indexed.name << " beside its outline at " << x << ", " << y);
                REQUIRE(model::shapeContains(indexed, x, y) == model::shapeContains(exact, x, y));
            }
        }
    CHECK(shapes >= 100);
    // It is worth having: most points are answered without walking the outline.
    CHECK(static_cast<double>(quick) / static_cast<double>(points) > 0.5);
}

TEST_CASE("a square with a hole: the grid knows the inside, the hole and the outside, and leaves the edges to the exact test", "[map]") {
    model::CountryShape k;
    k.lonLat = {0, 0, 10, 0, 10, 10, 0, 10, 4, 4, 6, 4, 6, 6, 4, 6};
    k.ringStarts = {0, 4};
    k.minLon = 0, k.minLat = 0, k.maxLon = 10, k.maxLat = 10;
    model::indexShapeInside(k);
    CHECK(model::gridAnswer(k, 2, 2) == model::GridAnswer::Inside);
    CHECK(model::gridAnswer(k, 5, 5) == model::GridAnswer::Outside);
    CHECK(model::gridAnswer(k, 4.0, 5) == model::GridAnswer::Unsure);
    CHECK(model::shapeContains(k, 2, 2));
    CHECK_FALSE(model::shapeContains(k, 5, 5));
    CHECK(model::shapeContains(k, 3.99, 5));
    CHECK_FALSE(model::shapeContains(k, 4.01, 5));
}
