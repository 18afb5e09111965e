// search_tally.hpp: one usage "search" per query a visitor settled on, not one per keystroke. Pure and tested.
#pragma once
#include <optional>
#include <string>

namespace kiosk::app {

// Fed every query change; a query counts once it is settled: its results opened, the keyboard closed, the visitor
// gone (reset), or left unchanged for `pauseSeconds`. The same query settled twice in a row counts once.
class SearchTally {
public:
    explicit SearchTally(double pauseSeconds = 3.0) : pause_(pauseSeconds) {}
    void changed(const std::string& query, int results, double now);
    // The query is settled now: returns its result count when it is to be recorded.
    std::optional<int> settle();
    // Called every frame: returns the result count once the query has been left alone long enough.
    std::optional<int> poll(double now);
    // A new visitor: forget the last recorded query so theirs counts even when it is the same.
    void newVisitor();

private:
    double pause_;
    std::string pending_, recorded_;  // in memory only: what was typed is never written anywhere
    int results_ = 0;
    double changedAt_ = 0;
    bool hasPending_ = false;
};

}  // namespace kiosk::app
