/// CLDR's plural categories that np6-subs' languages use, and their rules for whole numbers
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
public enum PluralCategory: String, Sendable, CaseIterable {
    case one, many, other

    /// English: `one` is exactly 1. French: `one` is 0 and 1; `many` is a non-zero multiple of a
    /// million ("1 000 000 d'abonnements"); else `other`.
    public init(_ number: Int, in language: Language) {
        let magnitude = number.magnitude
        switch language {
        case .english:
            self = magnitude == 1 ? .one : .other
        case .french:
            if magnitude <= 1 {
                self = .one
            } else if magnitude % 1_000_000 == 0 {
                self = .many
            } else {
                self = .other
            }
        }
    }
}
