import Foundation
import TestTags
import Testing

/// The files whose words all come from the catalog keep it that way: a string literal of prose
/// (two lower-case words or more) in one of them is an English text that French never sees. The
/// list grows as the rest of the program moves to the catalog (issue 22); machine formats, API
/// field names and the query language's words are not prose by this measure.
@Suite("The catalog: translated files hold no English prose", .tags(.unit))
struct CatalogCoverageTests {
    static let translated = [
        "Sources/Browser/Keys/Command+Availability.swift", "Sources/Browser/Keys/KeyContext.swift",
        "Sources/Browser/Keys/KeyMap.swift", "Sources/Browser/Confirmation/ConfirmationSubject.swift",
        "Sources/Browser/State/PendingRequest.swift", "Sources/Browser/State/DeleteVerification.swift",
        "Sources/Browser/State/BrowserState.swift", "Sources/Browser/Reducer/BrowserReducer.swift",
        "Sources/Browser/Reducer/BrowserReducer+Deletes.swift", "Sources/Browser/Reducer/BrowserReducer+History.swift",
        "Sources/Browser/Reducer/BrowserReducer+Keys.swift", "Sources/Browser/Reducer/BrowserReducer+Profiles.swift",
        "Sources/Browser/Reducer/BrowserReducer+Journal.swift", "Sources/Browser/Reducer/BrowserReducer+Copy.swift",
        "Sources/Formatting/DateText.swift",
        "Sources/Formatting/DetailDocument.swift", "Sources/Search/SearchSyntax.swift",
        "Sources/Views/Widgets/ConfirmationView.swift", "Sources/Views/Widgets/DetailView.swift",
        "Sources/Views/Widgets/HelpContent.swift", "Sources/Views/Widgets/HelpView.swift",
        "Sources/Views/Widgets/ListColumns.swift", "Sources/Views/Widgets/SubscriptionSummary.swift",
    ]

    /// `"…word word…"` outside comments, its interpolations left out.
    static func prose(in text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            for literal in code.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            where literal.offset % 2 == 1 {
                // Interpolations and `commands` are not words to translate.
                let words = literal.element.replacing(/\\\([^)]*\)/, with: " ").replacing(/`[^`]*`/, with: " ")
                if words.contains(/[a-z]{2,} [a-z]{2,}/) { found.append(String(literal.element)) }
            }
        }
        return found
    }

    @Test("no English prose is left in a translated file")
    func translatedFilesHaveNoProse() throws {
        for path in Self.translated {
            let text = try String(contentsOf: ArchitectureTests.root.appendingPathComponent(path), encoding: .utf8)
            #expect(Self.prose(in: text).isEmpty, "\(path): \(Self.prose(in: text))")
        }
    }

    @Test("the measure finds prose, and leaves formats and interpolations alone")
    func measure() {
        #expect(Self.prose(in: #"let a = "Delete this subscription?""#) == ["Delete this subscription?"])
        #expect(Self.prose(in: #"let b = "\(kind.rawValue) \(value)" + "ID""#).isEmpty)
        #expect(Self.prose(in: #"// "a comment with words""#).isEmpty)
        #expect(Self.prose(in: #"let c = "`np6-subs config init`""#).isEmpty)
    }
}
