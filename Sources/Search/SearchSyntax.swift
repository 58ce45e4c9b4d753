/// The query language in brief, for the `?` overlay; docs/usage.md has the same rows (a test
/// compares them).
public enum SearchSyntax {
    public struct Entry: Sendable, Equatable {
        public let syntax: String
        public let meaning: String
    }

    public static let entries: [Entry] = [
        Entry(syntax: "a b", meaning: "every space-separated term must match"),
        Entry(syntax: "abc ABC", meaning: "lower case ignores case; a capital asks for the exact case"),
        Entry(syntax: "!term", meaning: "exclude rows that match"),
        Entry(syntax: "~term", meaning: "fuzzy term (fzf style); rows sort best first"),
        Entry(syntax: "\"a b\"", meaning: "a phrase, spaces included"),
        Entry(
            syntax: "field:x", meaning: "provider: app: token: id: contact: user: (other words before a colon are text)"
        ),
        Entry(
            syntax: "created:",
            meaning: ">2024-01-01  >=2024  <=2023-06  2025  never  (also modified:, and ages: <30d >1y)"),
    ]
}
