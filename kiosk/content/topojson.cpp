// topojson.cpp: TopoJSON decoding (quantised, delta-encoded arcs; polygons as arc references) into a map topology.
#include "content/topojson.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>


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

// A ring is a list of arc indices; ~i means arc i reversed.
std::vector<int32_t> ringReferences(const Json& ring, size_t arcCount) {
    std::vector<int32_t> references;
    for (const Json& indexJson : ring) {
        // An arc index outside int would be undefined behaviour to convert: take it as a number and check it.
        const double number = indexJson.get<double>();
        if (!(std::fabs(number) < 1e9) || number != std::floor(number)) throw std::out_of_range("arc index out of range");
        const int32_t index = static_cast<int32_t>(number);
        if (static_cast<size_t>(index < 0 ? ~index : index) >= arcCount) throw std::out_of_range("arc index out of range");
        references.push_back(index);
    }
    return references;
}

std::vector<std::vector<int32_t>> polygonReferences(const Json& polygon, size_t arcCount) {
    std::vector<std::vector<int32_t>> rings;
    for (const Json& ring : polygon) rings.push_back(ringReferences(ring, arcCount));
    return rings;
}

}  // namespace

std::optional<model::MapTopology> decodeTopoJson(std::string_view json, const std::string& object, std::string* error) {
    try {
        const Json topology = Json::parse(json);
        if (topology.value("type", "") != "Topology") throw std::runtime_error("not a TopoJSON Topology");
        model::MapTopology out;
        for (const Arc& arc : decodeArcs(topology)) {
            std::vector<double>& xy = out.arcs.emplace_back();
            for (const auto& [x, y] : arc) xy.insert(xy.end(), {x, y});
        }
        for (const Json& geometry : topology.at("objects").at(object).at("geometries")) {
            // "type": null and "properties": null are valid TopoJSON (a feature without geometry or properties).
            const std::string type = geometry.contains("type") && geometry["type"].is_string() ? geometry["type"].get<std::string>() : "";
            if (type != "Polygon" && type != "MultiPolygon") continue;
            model::MapTopology::Geometry g;
            g.isoNumeric = geometry.contains("id") && geometry["id"].is_string() ? geometry["id"].get<std::string>() : "";
            if (geometry.contains("properties") && geometry["properties"].is_object()) {
                const Json& properties = geometry["properties"];
                if (properties.contains("name") && properties["name"].is_string()) g.name = properties["name"].get<std::string>();
            }
            if (type == "Polygon") g.polygons.push_back(polygonReferences(geometry.at("arcs"), out.arcs.size()));
            else
                for (const Json& polygon : geometry.at("arcs")) g.polygons.push_back(polygonReferences(polygon, out.arcs.size()));
            out.geometries.push_back(std::move(g));
        }
        return out;
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return std::nullopt;
    }
}

std::optional<std::vector<model::CountryShape>> decodeTopoJsonCountries(std::string_view json, const std::string& object,
                                                                        std::string* error) {
    const std::optional<model::MapTopology> topology = decodeTopoJson(json, object, error);
    if (!topology) return std::nullopt;
    try {
        std::vector<model::CountryShape> shapes;
        for (model::CountryShape& shape : model::countryShapes(*topology))
            if (!shape.lonLat.empty()) shapes.push_back(std::move(shape));
        if (shapes.empty()) throw std::runtime_error("no country polygons in object '" + object + "'");
        return shapes;
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return std::nullopt;
    }
}

}  // namespace kiosk::content
