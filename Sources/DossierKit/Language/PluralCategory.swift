#if canImport(_FoundationICU)
    import _FoundationICU
#endif

/// A CLDR plural category: which form of a counted word a language uses for a number (English has
/// `one` and `other`; Russian `one`, `few`, `many` and `other`; Arabic all six).
enum PluralCategory: String, Sendable, CaseIterable, Hashable {
    case zero, one, two, few, many, other
}

/// The plural rules of one language, from the ICU that Foundation carries (CLDR's rules, not a
/// table of Dossier's own).
final class PluralRules: @unchecked Sendable {
    #if canImport(_FoundationICU)
        /// ICU's rules: read-only once opened, so `uplrules_select` may be called from any thread.
        private let rules: OpaquePointer?
    #endif
    private let language: String

    /// The rules of `language` (a BCP 47 tag); English's when ICU has none for it.
    init(language: String) {
        self.language = language
        #if canImport(_FoundationICU)
            var status = U_ZERO_ERROR
            let opened = swift_uplrules_open(language.replacingOccurrences(of: "-", with: "_"), &status)
            rules = status.rawValue <= U_ZERO_ERROR.rawValue ? opened : nil
        #endif
    }

    deinit {
        #if canImport(_FoundationICU)
            if let rules { swift_uplrules_close(rules) }
        #endif
    }

    /// The category of the whole number `count`.
    func category(of count: Int) -> PluralCategory {
        #if canImport(_FoundationICU)
            if let rules {
                var status = U_ZERO_ERROR
                var buffer = [UChar](repeating: 0, count: 16)
                let length = swift_uplrules_select(rules, Double(count), &buffer, Int32(buffer.count), &status)
                if status.rawValue <= U_ZERO_ERROR.rawValue, length > 0,
                    let category = PluralCategory(rawValue: String(decoding: buffer.prefix(Int(length)), as: UTF16.self))
                {
                    return category
                }
            }
        #endif
        return count == 1 ? .one : .other
    }

    /// Every category the language's rules use, for any number (ICU's keywords: French's `many` is
    /// for millions, Russian's `other` for fractions); English's when ICU has no rules for it.
    var categories: Set<PluralCategory> {
        #if canImport(_FoundationICU)
            if let rules {
                var status = U_ZERO_ERROR
                guard let keywords = swift_uplrules_getKeywords(rules, &status) else { return [.one, .other] }
                defer { swift_uenum_close(keywords) }
                var found: Set<PluralCategory> = []
                while status.rawValue <= U_ZERO_ERROR.rawValue, let name = swift_uenum_next(keywords, nil, &status) {
                    if let category = PluralCategory(rawValue: String(cString: name)) { found.insert(category) }
                }
                if status.rawValue <= U_ZERO_ERROR.rawValue, !found.isEmpty { return found }
            }
        #endif
        return [.one, .other]
    }
}
