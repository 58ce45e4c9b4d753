import Browser
import Localization
import Search

/// What the `?` overlay lists: every binding of the key map by context (without the writing keys
/// in read-only), then the filter syntax.
public enum HelpContent {
    public struct Entry: Sendable, Equatable {
        public var keys: String
        public var action: String
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var entries: [Entry]
    }

    /// The order in which the contexts are explained.
    static let contexts: [KeyContext] = [
        .browse, .anywhere, .filter, .prompt, .confirmation, .typedConfirmation, .reasonField, .help, .helpFilter,
        .palette, .detailSearch, .exportPrompt, .exportOverwrite, .copyMenu, .profilePicker, .journal, .journalFilter,
        .textField,
    ]

    /// `filter`: only the entries whose keys or text hold it (lower case matches any case), and
    /// the sections that keep one.
    public static func sections(readOnly: Bool, filter: String = "") -> [Section] {
        var sections = contexts.map { context in
            Section(
                title: sectionTitle(context),
                entries: KeyMap.bindings.filter { $0.context == context && $0.isAvailable(readOnly: readOnly) }.map {
                    Entry(keys: $0.label, action: $0.help)
                })
        }
        sections.append(
            Section(
                title: Message.helpFilterSyntax.text(),
                entries: SearchSyntax.entries.map { Entry(keys: $0.syntax, action: $0.meaning) }
            ))
        guard !filter.isEmpty else { return sections }
        let caseSensitive = filter != filter.lowercased()
        func holds(_ text: String) -> Bool { (caseSensitive ? text : text.lowercased()).contains(filter) }
        return sections.compactMap { section in
            let kept = section.entries.filter { holds($0.keys) || holds($0.action) || holds(section.title) }
            return kept.isEmpty ? nil : Section(title: section.title, entries: kept)
        }
    }

    static func sectionTitle(_ context: KeyContext) -> String {
        let title = context.title
        return title.prefix(1).uppercased() + title.dropFirst()
    }
}
