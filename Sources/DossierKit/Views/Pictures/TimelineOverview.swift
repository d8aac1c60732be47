/// The timeline's year-by-year overview: an inline SVG with one bar per year from the first event
/// to the last, each year with events a link to its section (or its page, when the timeline is split);
/// right to left in a language written so.
enum TimelineOverview {
    static let width = 720.0
    static let chartHeight = 60.0
    static let height = 80.0

    /// The chart. `links` gives each year with events its URL, in year order; `current` is the year
    /// of the page being drawn (highlighted), if any. The year list beside it is the text equivalent.
    static func svg(
        years: [TimelineYear], links: [Int: String], current: Int?, id: String, translations t: Translations,
        rightToLeft: Bool = false
    ) -> String {
        let axis = TimeAxis(width: width, rightToLeft: rightToLeft)
        guard let firstYear = years.first?.year, let lastYear = years.last?.year else { return "" }
        let counts = Dictionary(uniqueKeysWithValues: years.map { ($0.year, $0.events.count) })
        let peak = max(counts.values.max() ?? 1, 1)
        let span = lastYear - firstYear + 1
        let inset = 18.0
        let step = (width - 2 * inset) / Double(span)
        let gap = step > 6 ? step * 0.2 : 0
        let total = counts.values.reduce(0, +)
        let title =
            firstYear == lastYear
            ? t.text("overview_one_year", numbers: ["year": firstYear, "count": total])
            : t.text("overview_years", numbers: ["from_year": firstYear, "to_year": lastYear, "count": total])
        var svg = """
            <svg class="year-overview" viewBox="0 0 \(Markup.number(width)) \(Markup.number(height))" \
            role="group" aria-labelledby="\(id)-title" direction="ltr">\
            <title id="\(id)-title">\(HTMLEscaping.escape(title))</title>\
            <line class="axis" x1="0" y1="\(Markup.number(chartHeight))" x2="\(Markup.number(width))" \
            y2="\(Markup.number(chartHeight))"/>
            """
        let labelEvery = span <= 16 ? 1 : (span <= 60 ? 5 : (span <= 150 ? 10 : 50))
        let firstLabelled = (firstYear...lastYear).first { $0 % labelEvery == 0 }
        let labelsFirstYear = firstLabelled.map { $0 - firstYear >= max(3, labelEvery / 2 + 1) } ?? true
        for year in firstYear...lastYear {
            let x = inset + Double(year - firstYear) * step
            if year % labelEvery == 0 || (year == firstYear && labelsFirstYear) {
                svg += "<text x=\"\(Markup.number(axis.x(x + step / 2)))\" y=\"\(Markup.number(height - 4))\" "
                svg += "text-anchor=\"middle\">\(year)</text>"
            }
            guard let count = counts[year], let url = links[year] else { continue }
            let barHeight = max(3, (chartHeight - 4) * Double(count) / Double(peak))
            let isCurrent = year == current
            svg += "<a href=\"\(HTMLEscaping.escape(url))\"\(isCurrent ? " aria-current=\"page\"" : "")>"
            svg += "<title>\(HTMLEscaping.escape(t.text("overview_bar", numbers: ["year": year, "count": count])))</title>"
            svg += "<rect class=\"hit\" x=\"\(Markup.number(axis.x(x, width: max(step, 1))))\" y=\"0\" "
            svg += "width=\"\(Markup.number(max(step, 1)))\" "
            svg += "height=\"\(Markup.number(chartHeight))\"/>"
            svg += "<rect class=\"bar\(isCurrent ? " is-current" : "")\" "
            svg += "x=\"\(Markup.number(axis.x(x + gap / 2, width: max(step - gap, 1.5))))\" "
            svg += "y=\"\(Markup.number(chartHeight - barHeight))\" width=\"\(Markup.number(max(step - gap, 1.5)))\" "
            svg += "height=\"\(Markup.number(barHeight))\"/></a>"
        }
        return svg + "</svg>"
    }
}
