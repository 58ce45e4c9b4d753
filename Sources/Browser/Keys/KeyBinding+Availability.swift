import Localization

extension KeyBinding {
    /// Whether the binding is there at all in this session: one that writes is gone in read-only
    /// (from the help and the hints; the palette lists it with the reason).
    public func isAvailable(readOnly: Bool) -> Bool { !(readOnly && writes) }

    /// What pressing it does now: available with the status line's word, or not and why. The
    /// hint bar and the help read this, not a list of their own.
    public func availability(in state: BrowserState) -> Availability {
        guard isAvailable(readOnly: state.connection.readOnly) else {
            return .unavailable(reason: Message.readOnlySession.text())
        }
        return command.availability(in: state, hint: hint)
    }
}
