// attract_tour.hpp: the guided tour shown while nobody is using the kiosk: the key events, in date order.
#pragma once
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::app {

// The key events: those with the most sources (excerpts, disagreements), at most `count`, in date order. Events
// with places come first among equals, so the map has somewhere to fly.
std::vector<model::Index> pickTourEvents(const model::Catalog& catalog, size_t count = 12);
// The tour's stops: the exhibit's own list (exhibit.toml's `tour`, in its order; ids no longer in the catalog are
// skipped), or pickTourEvents when it names none that exist.
std::vector<model::Index> tourEvents(const model::Catalog& catalog);

class AttractTour {
public:
    AttractTour(std::vector<model::Index> stops, double secondsPerStop = 9.0) : stops_(std::move(stops)), dwell_(secondsPerStop) {}
    // The stop to show at `elapsed` seconds into the tour, or kNone when the tour is empty.
    model::Index stopAt(double elapsed) const;
    bool empty() const { return stops_.empty(); }
    const std::vector<model::Index>& stops() const { return stops_; }
    double secondsPerStop() const { return dwell_; }

private:
    std::vector<model::Index> stops_;
    double dwell_;
};

}  // namespace kiosk::app
