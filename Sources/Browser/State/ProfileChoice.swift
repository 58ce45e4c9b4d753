/// A config profile as the browser shows it: in the picker, the header and the modals. The key
/// never comes here, only the kind of its source.
public struct ProfileChoice: Sendable, Equatable {
    public let name: String
    public let label: String?
    public let host: String
    /// `file`, `env` or `command`.
    public let keySourceKind: String
    public let production: Bool
    public let readOnly: Bool

    public init(
        name: String, label: String? = nil, host: String, keySourceKind: String, production: Bool = false,
        readOnly: Bool = false
    ) {
        self.name = name
        self.label = label
        self.host = host
        self.keySourceKind = keySourceKind
        self.production = production
        self.readOnly = readOnly
    }

    /// The label if there is one, else the name.
    public var displayName: String { label ?? name }
}
