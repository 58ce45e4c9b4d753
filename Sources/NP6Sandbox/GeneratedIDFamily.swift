/// Whose generated subscription an id is. Its last sixteen hex digits are decimal: the family
/// (8 for `bulk-N`, 9 for `fleet-K`), the contact's number and the row's index, so no two
/// generated rows share an id. Random ids did: `bulk-N`'s seed N+1 is seed N one step on, so
/// `bulk-5` and `bulk-15` drew the same ids, and a later lookup took over the other's rows.
/// Seeded ids are written by hand and never have this form (a test holds it).
enum GeneratedIDFamily: Sendable, Equatable {
    case bulk(Int)
    case fleet(Int)

    /// The largest `bulk-N` its seven digits can name (`fleet-K` stops at 9,999,999 already).
    static let largestBulk = 9_999_999

    /// `random` (a UUID) keeps its first three groups; the last two become the tag.
    func id(random: String, index: Int) -> String {
        let tag: String
        switch self {
        case .bulk(let count): tag = "8" + Self.digits(count, 7) + Self.digits(index, 8)
        case .fleet(let number): tag = "9" + Self.digits(number, 8) + Self.digits(index, 7)
        }
        return String(random.prefix(19)) + String(tag.prefix(4)) + "-" + String(tag.dropFirst(4))
    }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }
}
