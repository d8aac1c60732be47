import Foundation

/// The locator map of the places index and of each place page: the dossier's places that have
/// coordinates, plotted as linked dots on a plain equirectangular projection of their bounding box
/// (no tiles, no script), with the current place highlighted.
enum LocatorMap {
    static let width = 640.0

    /// A place with coordinates, as the maps know it.
    struct Location: Sendable {
        let place: Int
        let latitude: Double
        let longitude: Double
        /// Articles about the place and the places within it.
        let mentions: Int

        /// Every place of `graph` that has coordinates, most mentioned first.
        static func all(in graph: DossierGraph) -> [Location] {
            graph.places.indices.compactMap { index in
                graph.places[index].coordinates.map {
                    Location(
                        place: index, latitude: $0.latitude, longitude: $0.longitude,
                        mentions: graph.placeLinks[index].articles.count)
                }
            }.enumerated().sorted { a, b in
                a.element.mentions != b.element.mentions ? a.element.mentions > b.element.mentions : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// A projection: the bounding box of some places, padded, and every place that falls inside it.
    struct Frame: Sendable {
        struct Point: Sendable {
            let place: Int
            let x: Double
            let y: Double
            let mentions: Int
        }

        /// The places inside the frame, most mentioned first.
        let points: [Point]
        let height: Double
        /// Parallels and meridians: position in the SVG and label ("40° N").
        let parallels: [(y: Double, label: String)]
        let meridians: [(x: Double, label: String)]
        /// `points` by place index.
        let pointByPlace: [Int: Int]
        let peakMentions: Int

        /// The frame that fits `fitted` (place indices; all of `locations` when `nil`), at least
        /// `minimumSpan` degrees each way; `nil` when none of them has coordinates. With `keeping`,
        /// only that many of the other places inside it are kept (the most mentioned), besides the
        /// fitted ones: a map draws no more, and a large dossier has thousands of places per frame.
        init?(locations: [Location], fitting fitted: Set<Int>? = nil, minimumSpan: Double = 1.2, keeping limit: Int? = nil) {
            let fit = fitted.map { set in locations.filter { set.contains($0.place) } } ?? locations
            guard !fit.isEmpty else { return nil }
            let lats = fit.map(\.latitude)
            let lons = fit.map(\.longitude)
            let latMiddle = (lats.max()! + lats.min()!) / 2
            let lonMiddle = (lons.max()! + lons.min()!) / 2
            let latHalf = max((lats.max()! - lats.min()!) * 0.56, minimumSpan / 3)
            let lonHalf = max((lons.max()! - lons.min()!) * 0.54, minimumSpan / 2)
            let south = max(latMiddle - latHalf, -89.9)
            let north = min(latMiddle + latHalf, 89.9)
            let west = lonMiddle - lonHalf
            let east = lonMiddle + lonHalf
            let squeeze = cos((south + north) / 2 * .pi / 180)
            let naturalHeight = LocatorMap.width * (north - south) / ((east - west) * squeeze)
            let height = min(max(naturalHeight, 220), 360)
            let scale = min(LocatorMap.width / ((east - west) * squeeze), height / (north - south))
            let xOffset = (LocatorMap.width - (east - west) * squeeze * scale) / 2
            let yOffset = (height - (north - south) * scale) / 2
            func x(_ lon: Double) -> Double { xOffset + (lon - west) * squeeze * scale }
            func y(_ lat: Double) -> Double { yOffset + (north - lat) * scale }

            var points: [Point] = []
            var others = 0
            var peak = 1
            for location in locations {
                let point = Point(
                    place: location.place, x: x(location.longitude), y: y(location.latitude), mentions: location.mentions)
                guard (4...(LocatorMap.width - 4)).contains(point.x) && (4...(height - 4)).contains(point.y) else { continue }
                peak = max(peak, point.mentions)
                let isFitted = fitted?.contains(point.place) ?? false
                if let limit, !isFitted, others >= limit { continue }
                if !isFitted { others += 1 }
                points.append(point)
            }
            self.points = points
            self.height = height
            pointByPlace = Dictionary(uniqueKeysWithValues: points.enumerated().map { ($1.place, $0) })
            peakMentions = peak
            let visibleSouth = north - (height - yOffset) / scale
            let visibleNorth = north + yOffset / scale
            let visibleWest = west - xOffset / (squeeze * scale)
            let visibleEast = west + (LocatorMap.width - xOffset) / (squeeze * scale)
            parallels = Self.gridLines(from: visibleSouth, to: visibleNorth).map { (y($0), Self.degrees($0, "N", "S")) }
            meridians = Self.gridLines(from: visibleWest, to: visibleEast).map { (x($0), Self.degrees($0, "E", "W")) }
        }

        /// Round degree values between `low` and `high`, three to seven of them.
        private static func gridLines(from low: Double, to high: Double) -> [Double] {
            let step = [0.5, 1, 2, 5, 10, 15, 20, 30, 45].first { (high - low) / $0 <= 6 } ?? 60
            var value = (low / step).rounded(.up) * step
            var lines: [Double] = []
            while value < high {
                lines.append(value)
                value += step
            }
            return lines
        }

        private static func degrees(_ value: Double, _ positive: String, _ negative: String) -> String {
            let text = value == value.rounded() ? String(Int(abs(value))) : String(format: "%.1f", abs(value))
            return value == 0 ? "0°" : "\(text)° \(value > 0 ? positive : negative)"
        }
    }

    /// The map of `frame`: `highlighted` places are drawn larger and labelled; `limit` caps the
    /// number of dots (the highlighted places, their neighbours in `preferred`, then the most
    /// mentioned).
    static func view(
        graph: DossierGraph, frame: Frame, highlighted: [Int], preferred: [Int] = [], limit: Int, id: String, title: String,
        translations: Translations
    ) -> LocatorMapView {
        let highlightedSet = Set(highlighted)
        var chosen: [Int] = []
        var seen = Set<Int>()
        for place in highlighted + preferred + frame.points.map(\.place) where chosen.count < limit {
            if frame.pointByPlace[place] != nil, seen.insert(place).inserted { chosen.append(place) }
        }
        let drawn = chosen.map { place in
            let point = frame.points[frame.pointByPlace[place]!]
            return LocatorMapView.Dot(
                x: point.x, y: point.y, mentions: point.mentions, name: graph.places[place].name,
                url: SiteLink(SiteURLs.place(graph.places[place].id)), isCurrent: highlightedSet.contains(place))
        }
        return LocatorMapView(
            id: id, title: title, height: frame.height, parallels: frame.parallels.map { .init(position: $0.y, label: $0.label) },
            meridians: frame.meridians.map { .init(position: $0.x, label: $0.label) }, peakMentions: frame.peakMentions,
            dots: drawn, marksOnePage: highlighted.count == 1,
            summary: summary(graph: graph, frame: frame, highlighted: highlighted, drawn: drawn.count, translations))
    }

    /// The map's SVG, its links relative to a page whose way back to the root is `root`.
    static func svg(_ map: LocatorMapView, root: String) -> String {
        var svg = """
            <svg class="locator-map" viewBox="0 0 \(Markup.number(width)) \(Markup.number(map.height))" \
            role="group" aria-labelledby="\(map.id)-title" direction="ltr">\
            <title id="\(map.id)-title">\(HTMLEscaping.escape(map.title))</title>\
            <rect class="map-sea" x="0" y="0" width="\(Markup.number(width))" height="\(Markup.number(map.height))"/>
            """
        for line in map.parallels {
            let y = line.position
            svg +=
                "<line class=\"grid\" x1=\"0\" y1=\"\(Markup.number(y))\" x2=\"\(Markup.number(width))\" y2=\"\(Markup.number(y))\"/>"
            svg += "<text class=\"grid-label\" x=\"4\" y=\"\(Markup.number(y - 3))\">\(line.label)</text>"
        }
        for line in map.meridians where line.position < width - 36 {
            let x = line.position
            svg += "<line class=\"grid\" x1=\"\(Markup.number(x))\" y1=\"0\" x2=\"\(Markup.number(x))\" "
            svg += "y2=\"\(Markup.number(map.height))\"/>"
            svg +=
                "<text class=\"grid-label\" x=\"\(Markup.number(x + 3))\" y=\"\(Markup.number(map.height - 4))\">\(line.label)</text>"
        }
        let ordered = map.dots.filter { !$0.isCurrent } + map.dots.filter(\.isCurrent)
        for dot in ordered {
            let radius = (dot.isCurrent ? 6.5 : 3) + 3 * (Double(dot.mentions) / Double(map.peakMentions)).squareRoot()
            let url = dot.url.relative(from: root)
            svg +=
                "<a href=\"\(HTMLEscaping.escape(url))\"\(dot.isCurrent && map.marksOnePage ? " aria-current=\"page\"" : "")>"
            svg += "<title>\(HTMLEscaping.escape(dot.name))</title>"
            svg += "<circle class=\"dot\(dot.isCurrent ? " is-current" : "")\" cx=\"\(Markup.number(dot.x))\" "
            svg += "cy=\"\(Markup.number(dot.y))\" r=\"\(Markup.number(radius))\"/></a>"
        }
        svg += labels(for: map.dots, frameHeight: map.height)
        svg += "</svg>"
        return svg
    }

    /// Names beside the highlighted dots and the most mentioned others, skipping any that would
    /// overlap a name already placed.
    private static func labels(for drawn: [LocatorMapView.Dot], frameHeight: Double) -> String {
        var boxes: [(Double, Double, Double, Double)] = []
        var text = ""
        let candidates = drawn.filter(\.isCurrent) + drawn.filter { !$0.isCurrent }.prefix(8)
        for point in candidates {
            let name = point.name
            let isCurrent = point.isCurrent
            let charWidth = isCurrent ? 8.0 : 6.6
            let labelWidth = Double(name.count) * charWidth
            var x = point.x + 9
            if x + labelWidth > width - 2 { x = point.x - 9 - labelWidth }
            let y = min(max(point.y + 4, 14), frameHeight - 16)
            let box = (x - 2, y - 12, x + labelWidth + 2, y + 3)
            if boxes.contains(where: { $0.0 < box.2 && box.0 < $0.2 && $0.1 < box.3 && box.1 < $0.3 }) { continue }
            boxes.append(box)
            text += "<text class=\"place-label\(isCurrent ? " is-current" : "")\" x=\"\(Markup.number(x))\" "
            text += "y=\"\(Markup.number(y))\" aria-hidden=\"true\">\(HTMLEscaping.escape(name))</text>"
        }
        return text
    }

    /// The caption: how many places are drawn, and which are marked (at most five named).
    private static func summary(
        graph: DossierGraph, frame: Frame, highlighted: [Int], drawn: Int, _ t: Translations
    ) -> String {
        let names = highlighted.filter { frame.pointByPlace[$0] != nil }.map { graph.places[$0].name }
        let places = t.text("map_summary", numbers: ["count": drawn])
        guard !names.isEmpty else { return places }
        let rest = names.count - 5
        let listed = t.list(Array(names.prefix(5)) + (rest > 0 ? [t.text("more_count", numbers: ["count": rest])] : []))
        return places + " " + t.text("map_marked", ["names": listed], numbers: ["count": names.count])
    }
}
