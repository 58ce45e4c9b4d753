/// What an editing key does to a text field (the prompt, the filter, a typed confirmation).
public enum TextEdit: Sendable, Hashable {
    case deleteBackward, deleteForward
    case left, right, home, end
    case deleteToStart, deleteToEnd, deleteWord
}

extension TextEdit {
    /// Its name in a config's `keys:` (after `text.`).
    var name: String {
        switch self {
        case .deleteBackward: "delete-backward"
        case .deleteForward: "delete-forward"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .deleteToStart: "delete-to-start"
        case .deleteToEnd: "delete-to-end"
        case .deleteWord: "delete-word"
        }
    }
}
