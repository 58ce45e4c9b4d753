import NP6

/// What the journal records beside a write: whom it is about (the contact as looked up) and why
/// (the reason typed in the confirmation, or given with `--reason`).
public struct WriteNote: Sendable, Equatable {
    public let contact: ContactKey?
    public let reason: String?
    /// The journal entry a re-creation restores (`u` in the journal); nil for undo and deletes.
    public let restores: String?

    public init(contact: ContactKey?, reason: String?, restores: String? = nil) {
        self.contact = contact
        self.reason = reason
        self.restores = restores
    }
}
