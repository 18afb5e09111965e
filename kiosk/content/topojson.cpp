// topojson.cpp: TopoJSON arc decoding (quantised, delta-encoded) and per-country triangulation.
#include "content/topojson.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "model/triangulate.hpp"

namespace kiosk::content {
namespace {

using Json = nlohmann::json;
using Arc = std::vector<std::pair<double, double>>;

std::vector<Arc> decodeArcs(const Json& topology) {
    double sx = 1, sy = 1, tx = 0, ty = 0;
    const bool quantised = topology.contains("transform");
    if (quantised) {
        const Json& t = topology.at("transform");
        sx = t.at("scale").at(0).get<double>();
        sy = t.at("scale").at(1).get<double>();
        tx = t.at("translate").at(0).get<double>();
        ty = t.at("translate").at(1).get<double>();
    }
    std::vector<Arc> arcs;
    for (const Json& arcJson : topology.at("arcs")) {
        Arc arc;
        double x = 0, y = 0;
        for (const Json& position : arcJson) {
            const double px = position.at(0).get<double>(), py = position.at(1).get<double>();
            if (quantised) {
                x += px;  // positions are deltas from the previous one
                y += py;
                arc.emplace_back(x * sx + tx, y * sy + ty);
            } else {
                arc.emplace_back(px, py);
            }
            // Longitudes and latitudes, give or take an unwrapped antimeridian: anything else is damage, and a huge
            // or infinite value would never finish unwrapping below.
            if (!(std::fabs(arc.back().first) <= 720.0 && std::fabs(arc.back().second) <= 180.0))
                throw std::out_of_range("a map coordinate is out of range");
        }
        arcs.push_back(std::move(arc));
    }
    return arcs;
}

// A ring is a list of arc indices; ~i means arc i reversed. Consecutive arcs share their joining point.
std::vector<float> ringPoints(const Json& ring, const std::vector<Arc>& arcs) {
    std::vector<float> xy;
    for (const Json& indexJson : ring) {
        // An arc index outside int would be undefined behaviour to convert: take it as a number and check it.
        const double number = indexJson.get<double>();
        if (!(std::fabs(number) < 1e9) || number != std::floor(number)) throw std::out_of_range("arc index out of range");
        const int index = static_cast<int>(number);
        const bool reversed = index < 0;
        const size_t arcIndex = static_cast<size_t>(reversed ? ~index : index);
        if (arcIndex >= arcs.size()) throw std::out_of_range("arc index out of range");
        Arc arc = arcs[arcIndex];
        if (reversed) std::reverse(arc.begin(), arc.end());
        for (size_t k = xy.empty() ? 0 : 1; k < arc.size(); ++k) {
            xy.push_back(static_cast<float>(arc[k].first));
            xy.push_back(static_cast<float>(arc[k].second));
        }
    }
    return xy;
}

void addPolygon(model::CountryShape& shape, const Json& polygon, const std::vector<Arc>& arcs) {
    bool outer = true;
    for (const Json& ring : polygon) {
        std::vector<float> xy = ringPoints(ring, arcs);
        if (xy.size() >= 2 && xy[0] == xy[xy.size() - 2] && xy[1] == xy[xy.size() - 1]) xy.resize(xy.size() - 2);
        if (xy.size() < 6) { outer = false; continue; }
        // Rings that cross the antimeridian jump from +180 to -180; unwrapping them keeps every edge short (the
        // part past 180 degrees simply lies off the east edge of the map) instead of drawing a band across the world.
        for (size_t i = 2; i < xy.size(); i += 2) {
            while (xy[i] - xy[i - 2] > 180.0f) xy[i] -= 360.0f;
            while (xy[i] - xy[i - 2] < -180.0f) xy[i] += 360.0f;
        }
        const uint32_t base = static_cast<uint32_t>(shape.lonLat.size() / 2);
        shape.ringStarts.push_back(base);
        if (outer)
            for (uint32_t i : model::triangulateRing(xy)) shape.triangles.push_back(base + i);
        shape.lonLat.insert(shape.lonLat.end(), xy.begin(), xy.end());
        outer = false;
    }
}

}  // namespace

std::optional<std::vector<model::CountryShape>> decodeTopoJsonCountries(std::string_view json, const std::string& object,
                                                                        std::string* error) {
    try {
        const Json topology = Json::parse(json);
        if (topology.value("type", "") != "Topology") throw std::runtime_error("not a TopoJSON Topology");
        const std::vector<Arc> arcs = decodeArcs(topology);
        std::vector<model::CountryShape> shapes;
        for (const Json& geometry : topology.at("objects").at(object).at("geometries")) {
            // "type": null and "properties": null are valid TopoJSON (a feature without geometry or properties).
            const std::string type = geometry.contains("type") && geometry["type"].is_string() ? geometry["type"].get<std::string>() : "";
            if (type != "Polygon" && type != "MultiPolygon") continue;
            model::CountryShape shape;
            shape.isoNumeric = geometry.contains("id") && geometry["id"].is_string() ? geometry["id"].get<std::string>() : "";
            if (geometry.contains("properties") && geometry["properties"].is_object()) {
                const Json& properties = geometry["properties"];
                if (properties.contains("name") && properties["name"].is_string()) shape.name = properties["name"].get<std::string>();
            }
            if (type == "Polygon") addPolygon(shape, geometry.at("arcs"), arcs);
            else
                for (const Json& polygon : geometry.at("arcs")) addPolygon(shape, polygon, arcs);
            if (shape.lonLat.empty()) continue;
            shape.minLon = shape.maxLon = shape.lonLat[0];
            shape.minLat = shape.maxLat = shape.lonLat[1];
            for (size_t i = 0; i < shape.lonLat.size(); i += 2) {
                shape.minLon = std::min(shape.minLon, shape.lonLat[i]);
                shape.maxLon = std::max(shape.maxLon, shape.lonLat[i]);
                shape.minLat = std::min(shape.minLat, shape.lonLat[i + 1]);
                shape.maxLat = std::max(shape.maxLat, shape.lonLat[i + 1]);
            }
            shapes.push_back(std::move(shape));
        }
        if (shapes.empty()) throw std::runtime_error("no country polygons in object '" + object + "'");
        return shapes;
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return std::nullopt;
    }
}

}  // namespace kiosk::content
