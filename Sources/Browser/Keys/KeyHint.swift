import Primitives

/// One entry of the status line: a key and what it does now.
public struct KeyHint: Sendable, Equatable {
    /// The key the hint names (the binding's first).
    public let press: Key
    /// How the status line writes it: `^F`, `␣`.
    public let key: String
    public let text: String
    /// `? help` and `q quit`: shown whatever the width.
    public let pinned: Bool

    public init(press: Key, text: String, pinned: Bool = false) {
        self.press = press
        self.key = press.shortLabel
        self.text = text
        self.pinned = pinned
    }
}
