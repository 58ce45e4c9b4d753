import Localization

/// Whether a session may delete or re-create: one rule for the browser (at start and after `P`),
/// the subcommands and the batches. `--read-only` and `NP6_READ_ONLY` cannot be lifted; a
/// profile's `read_only` is lifted by `--read-write` for the session. `ConnectionResolver` makes
/// the value from the flags and the environment.
public struct WriteAccess: Sendable, Equatable {
    public enum Decision: Sendable, Equatable {
        case allowed
        /// `--read-write` lifted the profile's `read_only` for this session.
        case allowedOverridingProfile
        /// `--read-only` or `NP6_READ_ONLY` (named): nothing lifts it.
        case forcedReadOnly(by: String)
        /// The profile (named) says `read_only: true`.
        case profileReadOnly(profile: String)

        public var mayWrite: Bool {
            switch self {
            case .allowed, .allowedOverridingProfile: true
            case .forcedReadOnly, .profileReadOnly: false
            }
        }

        /// Why a write is refused, with what lifts it (nil when it is allowed).
        public var refusal: String? {
            switch self {
            case .allowed, .allowedOverridingProfile: nil
            case .forcedReadOnly(let source): Message.refusalForcedReadOnly(source: source).text()
            case .profileReadOnly(let profile): Message.refusalProfileReadOnly(profile: profile).text()
            }
        }
    }

    /// What makes every profile read-only (`--read-only`, `NP6_READ_ONLY`), if anything does.
    public let forcedBy: String?
    /// `--read-write`: lifts a profile's `read_only` for this session.
    public let readWrite: Bool

    public init(forcedBy: String? = nil, readWrite: Bool = false) {
        self.forcedBy = forcedBy
        self.readWrite = readWrite
    }

    /// The decision for a session on `profile` (nil without one) whose `read_only` is `profileReadOnly`.
    public func decision(profile: String?, profileReadOnly: Bool) -> Decision {
        if let forcedBy { return .forcedReadOnly(by: forcedBy) }
        guard profileReadOnly else { return .allowed }
        return readWrite ? .allowedOverridingProfile : .profileReadOnly(profile: profile ?? "")
    }
}
