/// One line of the `C` copy menu: what it copies, a preview, and the exact text.
public struct CopyChoice: Sendable, Equatable {
    /// `token`, `subscription id`, `contact unicity`, `JSON as sent`, `curl command`.
    public let label: String
    /// Sanitised and short enough for one line of the menu.
    public let preview: String
    /// What goes on the clipboard.
    public let text: String
}
