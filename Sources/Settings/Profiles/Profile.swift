import AuditTrail

/// One account and environment from the config file: where its API is and how to get its key.
public struct Profile: Sendable, Equatable {
    public var name: String
    /// Nil: the production server (`ConnectionResolver.defaultBaseURL`).
    public var baseURL: String?
    public var keySource: KeySource
    /// Marks the whole session: a danger band in the header, the profile named in every delete
    /// modal and typed in the typed confirmation.
    public var production: Bool
    /// Like `--read-only`; `--read-write` lifts it for one session.
    public var readOnly: Bool
    /// A name for people, e.g. "ACME production"; the band shows it.
    public var label: String?
    /// A CA certificate (PEM file, or a folder of them) trusted besides the system's: a network
    /// that inspects TLS with a private CA.
    public var caFile: String?
    /// An HTTP proxy (`http://[user:password@]host:port`) for this profile's server.
    public var proxy: String?
    /// The team's audit collector for this profile's writes (its own `audit:`, else the config's).
    public var audit: AuditSection?

    public init(
        name: String, baseURL: String? = nil, keySource: KeySource, production: Bool = false, readOnly: Bool = false,
        label: String? = nil,
        caFile: String? = nil, proxy: String? = nil, audit: AuditSection? = nil
    ) {
        self.audit = audit
        self.caFile = caFile
        self.proxy = proxy
        self.name = name
        self.baseURL = baseURL
        self.keySource = keySource
        self.production = production
        self.readOnly = readOnly
        self.label = label
    }

    /// `[A-Za-z0-9][A-Za-z0-9._-]*`: nothing a shell would expand when it completes `--profile`
    /// (a name like `$(touch x)` ran as code on TAB), nothing a terminal would interpret.
    public static func isSafeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isAlphanumeric(first), name.utf8.count <= 64 else { return false }
        return name.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// The collector this profile's writes are audited to, `required` settled by `production`.
    public var auditCollector: AuditCollector? { audit?.collector(production: production) }

    /// The label if there is one, else the name.
    public var displayName: String { label ?? name }
}
