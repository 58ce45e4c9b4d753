/// Whether a command does something right now, as lazygit's `GetDisabledReason` says it: the
/// status line offers only what is available (with its word, which may depend on the state),
/// and a command that is not says why.
public enum Availability: Sendable, Equatable {
    /// It does something now; `hint` is the status line's word (nil: not in the status line).
    case available(hint: String?)
    /// Pressing it now does nothing, for this reason.
    case unavailable(reason: String)

    /// The status line's word, when it is available and has one.
    public var hint: String? {
        if case .available(let hint) = self { return hint }
        return nil
    }

    public var isAvailable: Bool {
        if case .available = self { return true }
        return false
    }
}
