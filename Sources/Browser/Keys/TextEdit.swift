/// What an editing key does to a text field (the prompt, the filter, a typed confirmation).
public enum TextEdit: Sendable, Hashable {
    case deleteBackward, deleteForward
    case left, right, home, end
    case deleteToStart, deleteToEnd, deleteWord
}
