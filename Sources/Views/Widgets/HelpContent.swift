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
        .browse, .anywhere, .filter, .prompt, .confirmation, .typedConfirmation, .reasonField, .help, .copyMenu,
        .profilePicker, .journal, .journalFilter, .textField,
    ]

    public static func sections(readOnly: Bool) -> [Section] {
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
        return sections
    }

    static func sectionTitle(_ context: KeyContext) -> String {
        let title = context.title
        return title.prefix(1).uppercased() + title.dropFirst()
    }
}
