import Browser

/// The keys of the current context as one line of text, for modals that say how to answer them:
/// read from the key map, like the status line.
enum KeyHintText {
    static func line(for state: BrowserState) -> String {
        BrowserReducer.hints(for: state).map { "\($0.key) \($0.text)" }.joined(separator: " · ")
    }
}
