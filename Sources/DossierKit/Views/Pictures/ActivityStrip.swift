/// The activity strip of an entity or place page: an inline SVG bar chart of the articles that
/// mention it in each month of the dossier's span, with a title and a one-sentence text equivalent.
/// In a language written right to left, time runs from right to left, as the page reads.
enum ActivityStrip {
    static let width = 720.0
    static let chartHeight = 56.0
    static let height = 74.0

    /// The chart: one bar per month with articles (its `<title>` says the month and the count), a tick
    /// at each January and year labels spaced to fit.
    static func svg(counts: [Int], span: MonthSpan, subject: String, id: String, language: SiteLanguage) -> String {
        let t = language.translations
        let label = { (index: Int) in span.label(index, in: language.dates) }
        let axis = TimeAxis(width: width, rightToLeft: language.direction == "rtl")
        if counts.count > yearlyAbove {
            return yearlySVG(counts: counts, span: span, subject: subject, id: id, translations: t, axis: axis)
        }
        let peak = max(counts.max() ?? 0, 1)
        let step = width / Double(counts.count)
        let gap = step > 4 ? step * 0.18 : 0
        var svg = opening(
            title: t.text(
                "activity_title_months", ["subject": subject, "from": label(0), "to": label(counts.count - 1)]),
            id: id)
        let years = (span.count + 11) / 12
        let labelEvery = years <= 12 ? 1 : (years <= 40 ? 5 : 10)
        for index in counts.indices {
            let (year, month) = span.yearMonth(index)
            let x = Double(index) * step
            if month == 1 {
                svg += "<line class=\"tick\" x1=\"\(Markup.number(axis.x(x)))\" y1=\"0\" x2=\"\(Markup.number(axis.x(x)))\" "
                svg += "y2=\"\(Markup.number(chartHeight + 4))\"/>"
                if year % labelEvery == 0, x + 36 <= width {
                    svg += axis.label(year, at: x + 2, y: height - 4)
                }
            }
            guard counts[index] > 0 else { continue }
            let barHeight = max(2, (chartHeight - 4) * Double(counts[index]) / Double(peak))
            svg += "<rect class=\"bar\" x=\"\(Markup.number(axis.x(x + gap / 2, width: max(step - gap, 1))))\" "
            svg += "y=\"\(Markup.number(chartHeight - barHeight))\" "
            svg += "width=\"\(Markup.number(max(step - gap, 1)))\" height=\"\(Markup.number(barHeight))\">"
            let text = t.text("activity_bar", ["when": label(index)], numbers: ["count": counts[index]])
            svg += "<title>\(HTMLEscaping.escape(text))</title></rect>"
        }
        let (firstYear, firstMonth) = span.yearMonth(0)
        if firstMonth != 1, Double(13 - firstMonth) * step > 48 {
            svg += axis.label(firstYear, at: 0, y: height - 4)
        }
        return svg + "</svg>"
    }

    /// Spans longer than this many months are drawn a bar per year: monthly bars would be under two
    /// pixels wide, and hundreds of them would weigh down every page.
    static let yearlyAbove = 120

    /// The chart for a long span: one bar per year with articles, a label every few years.
    static func yearlySVG(
        counts: [Int], span: MonthSpan, subject: String, id: String, translations t: Translations, axis: TimeAxis
    ) -> String {
        var yearly: [(year: Int, count: Int)] = []
        for index in counts.indices {
            let year = span.yearMonth(index).0
            if yearly.last?.year == year {
                yearly[yearly.count - 1].count += counts[index]
            } else {
                yearly.append((year, counts[index]))
            }
        }
        let peak = max(yearly.map(\.count).max() ?? 0, 1)
        let step = width / Double(yearly.count)
        let gap = step * 0.18
        let labelEvery = yearly.count <= 40 ? 5 : 10
        var svg = opening(
            title: t.text(
                "activity_title_years", ["subject": subject, "from": t.year(yearly.first!.year), "to": t.year(yearly.last!.year)]),
            id: id)
        for (index, entry) in yearly.enumerated() {
            let x = Double(index) * step
            if entry.year % labelEvery == 0, x + 36 <= width {
                svg += axis.label(entry.year, at: x + 2, y: height - 4)
            }
            guard entry.count > 0 else { continue }
            let barHeight = max(2, (chartHeight - 4) * Double(entry.count) / Double(peak))
            svg += "<rect class=\"bar\" x=\"\(Markup.number(axis.x(x + gap / 2, width: step - gap)))\" "
            svg += "y=\"\(Markup.number(chartHeight - barHeight))\" "
            svg += "width=\"\(Markup.number(step - gap))\" height=\"\(Markup.number(barHeight))\">"
            let text = t.text("activity_bar", ["when": t.year(entry.year)], numbers: ["count": entry.count])
            svg += "<title>\(HTMLEscaping.escape(text))</title></rect>"
        }
        return svg + "</svg>"
    }

    /// The `<svg>` start tag, its title and the base line.
    private static func opening(title: String, id: String) -> String {
        """
        <svg class="activity-chart" viewBox="0 0 \(Markup.number(width)) \(Markup.number(height))" \
        role="img" aria-labelledby="\(id)-title" direction="ltr">\
        <title id="\(id)-title">\(HTMLEscaping.escape(title))</title>\
        <line class="axis" x1="0" y1="\(Markup.number(chartHeight))" x2="\(Markup.number(width))" \
        y2="\(Markup.number(chartHeight))"/>
        """
    }

    /// One sentence for readers: how many articles over which months, and the busiest month.
    static func summary(counts: [Int], span: MonthSpan, language: SiteLanguage) -> String {
        let t = language.translations
        let label = { (index: Int) in span.label(index, in: language.dates) }
        let total = counts.reduce(0, +)
        guard total > 0, let first = counts.firstIndex(where: { $0 > 0 }), let last = counts.lastIndex(where: { $0 > 0 })
        else { return t.text("activity_none") }
        if first == last { return t.text("activity_all_in", ["when": label(first)], numbers: ["count": total]) }
        let peak = counts.max()!
        let busiest = counts.indices.filter { counts[$0] == peak }
        let most =
            busiest.count == 1
            ? t.text("activity_most_in", ["when": label(busiest[0])], numbers: ["peak": peak])
            : t.text(
                "activity_at_most", ["when": label(busiest.last!)], numbers: ["peak": peak, "months": busiest.count])
        return t.text(
            "activity_from_to", ["from": label(first), "to": label(last), "most": most], numbers: ["count": total])
    }
}
