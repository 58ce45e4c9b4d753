import NP6

/// One confirmation for every write, as gitui's `ConfirmPopup` carries its target: the write it
/// stands for (`subject`) and how it must be answered (`answer`). While it is open it takes every
/// key; only Ctrl-C passes, and it quits without confirming.
public struct Confirmation: Sendable, Equatable {
    public enum Answer: Sendable, Equatable {
        /// Cancel and a confirm button; Enter presses the focused one (Cancel unless moved), `y`
        /// confirms, `n`/Esc cancel.
        case button(focus: ConfirmButton)
        /// A text that must be typed, then Enter.
        case typed(TypedAnswer)
    }

    public let subject: ConfirmationSubject
    public internal(set) var answer: Answer
    /// Why (a ticket number): optional, recorded in the journal; prefilled only with the reason
    /// given for this contact and profile (`ReasonMemory`).
    public internal(set) var reason: TextField
    /// The reason field has the focus: letters are typed there, not read as keys.
    public internal(set) var reasonFocused = false
    /// Index into the recent reasons while recalling with ↑/↓; nil while typing.
    public internal(set) var reasonHistoryIndex: Int?

    /// Rows the person chose that the write leaves out, because they are another contact's (the
    /// modal names them).
    public let leftOut: [Subscription]

    public init(
        _ subject: ConfirmationSubject, answer: Answer = .button(focus: .cancel), reason: String = "",
        leftOut: [Subscription] = []
    ) {
        self.subject = subject
        self.answer = answer
        self.reason = TextField(text: reason)
        self.leftOut = leftOut
    }

    public var subscriptions: [Subscription] { subject.subscriptions }
    public var requestLine: String { subject.requestLine }

    /// The focused button; nil for a typed confirmation.
    public var focus: ConfirmButton? {
        if case .button(let focus) = answer { return focus }
        return nil
    }

    /// The typed answer so far; nil for a button confirmation.
    public var typed: TypedAnswer? {
        if case .typed(let typed) = answer { return typed }
        return nil
    }
}
