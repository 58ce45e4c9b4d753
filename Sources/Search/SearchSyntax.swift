import Localization

/// The query language in brief, for the `?` overlay; docs/usage.md has the same rows (a test
/// compares them).
public enum SearchSyntax {
    public struct Entry: Sendable, Equatable {
        public let syntax: String
        public let meaningMessage: Message
        /// In the program's language.
        public var meaning: String { meaningMessage.text() }

        init(syntax: String, meaning: Message) {
            self.syntax = syntax
            self.meaningMessage = meaning
        }
    }

    public static let entries: [Entry] = [
        Entry(syntax: "a b", meaning: .syntaxTerms),
        Entry(syntax: "abc ABC", meaning: .syntaxCase),
        Entry(syntax: "!term", meaning: .syntaxExclude),
        Entry(syntax: "~term", meaning: .syntaxFuzzy),
        Entry(syntax: "\"a b\"", meaning: .syntaxPhrase),
        Entry(
            syntax: "field:x", meaning: .syntaxField
        ),
        Entry(
            syntax: "created:",
            meaning: .syntaxDates),
    ]
}
