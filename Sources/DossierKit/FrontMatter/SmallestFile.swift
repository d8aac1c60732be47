extension ContentKind {
    /// What the smallest file of this kind holds, for the message about an empty file: its front
    /// matter with the required fields between two lines `---`, one a line.
    var smallestFile: String {
        let fence = "between two lines '---'"
        switch self {
        case .article:
            return
                "the smallest article is a front matter block with its title and date \(fence) ('---', 'title: …', 'date: 2016-04-11', '---', one a line), then its text"
        case .entity:
            return
                "the smallest entity file is a front matter block with its name \(fence) ('---', 'name: …', '---', one a line); its type ('type: person') and a profile under the block are optional"
        case .place:
            return
                "the smallest place file is a front matter block with its name \(fence) ('---', 'name: …', '---', one a line); its type ('type: city') and a description under the block are optional"
        case .page:
            return
                "the smallest page is a front matter block with its title \(fence) ('---', 'title: …', '---', one a line), then its text"
        case .timeline:
            return "a timeline file is a list of events, each starting with '- date: …'"
        }
    }
}
