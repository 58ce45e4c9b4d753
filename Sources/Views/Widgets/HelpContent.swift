/// Every key the browser knows, for the `?` overlay. docs/usage.md lists the same keys; a test
/// keeps the two in step.
public enum HelpContent {
    public struct Entry: Sendable, Equatable {
        public var keys: String
        public var action: String
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var entries: [Entry]
    }

    public static func sections(readOnly: Bool) -> [Section] {
        var sections = [
            Section(title: "Look up", entries: [
                Entry(keys: "o", action: "look up a contact (prompt)"),
                Entry(keys: "Tab", action: "in the prompt: cycle unicity, hash, contact id, subscription id"),
                Entry(keys: "↑ ↓", action: "in the prompt: recall recent lookups"),
                Entry(keys: "Enter", action: "in the prompt: fetch"),
                Entry(keys: "r", action: "refresh the contact"),
                Entry(keys: "Esc", action: "cancel a lookup in flight; clear an error or the filter"),
            ]),
            Section(title: "Move", entries: [
                Entry(keys: "j k ↓ ↑", action: "next / previous subscription"),
                Entry(keys: "PgDn PgUp", action: "page down / up"),
                Entry(keys: "g G Home End", action: "first / last"),
                Entry(keys: "Tab", action: "focus the list or the detail (the detail then scrolls)"),
                Entry(keys: "Enter", action: "focus the detail"),
                Entry(keys: "mouse", action: "click selects a row; the wheel scrolls"),
            ]),
            Section(title: "Filter", entries: [
                Entry(keys: "/", action: "filter: every space-separated term must match"),
                Entry(keys: "Enter", action: "in the filter: keep it"),
                Entry(keys: "Esc", action: "in the filter: clear it"),
                Entry(keys: "abc ABC", action: "lower case ignores case; a capital asks for the exact case"),
                Entry(keys: "!term", action: "exclude rows that match"),
                Entry(keys: "~term Ctrl-F", action: "fuzzy term (fzf style), or all terms fuzzy; best first"),
                Entry(keys: "\"a b\"", action: "a phrase, spaces included"),
                Entry(keys: "field:x", action: "provider: app: token: id: contact: user:"),
                Entry(keys: "created:", action: ">2024-01-01  <2023-06  2025  (also modified:, and ages: <30d >1y)"),
            ]),
            Section(title: "Act", entries: [
                Entry(keys: "c", action: "copy the full token (or url) to the clipboard (OSC 52)"),
            ]),
            Section(title: "Program", entries: [
                Entry(keys: "?", action: "this help"),
                Entry(keys: "q Ctrl-C", action: "quit"),
            ]),
        ]
        if !readOnly {
            sections[3].entries += [
                Entry(keys: "Space", action: "mark or unmark the row (Esc clears all marks)"),
                Entry(keys: "d", action: "delete the selected subscription, or every marked one (asks first)"),
                Entry(keys: "D", action: "delete all of the contact's subscriptions (type to confirm)"),
                Entry(keys: "u", action: "undo: re-create what the last delete removed (asks first)"),
            ]
        }
        return sections
    }
}
