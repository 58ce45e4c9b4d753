/// The answer of a typed confirmation: confirmed only when the field holds `expected` and the
/// person presses Enter; a wrong text says so and sends nothing.
public struct TypedAnswer: Sendable, Equatable {
    public let expected: String
    /// What the person is asked to type, e.g. "Type the contact's unicity".
    public let instruction: String
    public internal(set) var field = TextField()
    /// Set after an Enter with the wrong text.
    public internal(set) var mismatch = false

    public init(expected: String, instruction: String) {
        self.expected = expected
        self.instruction = instruction
    }
}
