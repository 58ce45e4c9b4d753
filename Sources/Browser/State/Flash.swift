/// A short message on the status line that goes away by itself.
public struct Flash: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case info, success, warning, error
    }

    public var text: String
    public var kind: Kind
    public var expiresAt: Double

    public static let lifetime = 4.0

    public init(_ text: String, kind: Kind, now: Double) {
        self.text = text
        self.kind = kind
        self.expiresAt = now + Self.lifetime
    }
}
