/// A one-line editable text with a cursor (in characters). The keys that edit it are in the
/// key map (`TextEdit`), so the help lists them and dispatch reads them from one table.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    public private(set) var cursor: Int

    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    mutating func insert(_ character: Character) {
        var characters = Array(text)
        characters.insert(character, at: cursor)
        cursor += 1
        text = String(characters)
    }

    mutating func apply(_ edit: TextEdit) {
        var characters = Array(text)
        switch edit {
        case .deleteBackward:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .deleteToStart:
            characters.removeFirst(cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeLast(characters.count - cursor)
        case .deleteWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        }
        text = String(characters)
    }
}
