/// The page views of one language's edition in the build's memo: each page known by its path in
/// the site (`ru/articles/x/index.html`), not by its path from the edition's folder, which every
/// edition shares.
struct EditionViewMemo: PageViewMemo {
    let memo: any PageViewMemo
    /// The edition's folder (`ru/`).
    let folder: String

    init(_ memo: any PageViewMemo, folder: String) {
        self.memo = memo
        self.folder = folder
    }

    func recordedView(at path: String) -> RecordedView? { memo.recordedView(at: folder + path) }

    func record(_ view: RecordedView, at path: String) { memo.record(view, at: folder + path) }
}
