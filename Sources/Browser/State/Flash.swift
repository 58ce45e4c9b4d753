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

/// An error that stays on screen until the next successful request or Esc: an error must not
/// be missed because it vanished while the person looked away.
public struct Banner: Sendable, Equatable {
    public var title: String
    public var message: String
    /// A sticky banner stays through later successful requests, until Esc.
    public var sticky: Bool
    public init(title: String, message: String, sticky: Bool = false) {
        self.title = title
        self.message = message
        self.sticky = sticky
    }
}

/// After a delete whose outcome is unknown (timeout, 5xx), the list is fetched again and this
/// says what the refreshed list shows: whether the delete happened after all.
public struct DeleteVerification: Sendable, Equatable {
    public var subscriptionIDs: [String]
    public var what: String
    public var cause: String

    public func verdict(remainingIDs: Set<String>) -> Banner {
        let remaining = subscriptionIDs.filter { remainingIDs.contains($0) }
        if remaining.isEmpty {
            return Banner(title: "Outcome unknown, now resolved", message: "\(cause) After refreshing, \(what) is gone: the delete happened.")
        }
        if remaining.count == subscriptionIDs.count {
            return Banner(title: "Outcome unknown, now resolved", message: "\(cause) After refreshing, \(what) is still there: it was not deleted.")
        }
        return Banner(
            title: "Outcome unknown, partly resolved",
            message: "\(cause) After refreshing, \(remaining.count) of \(subscriptionIDs.count) are still there.")
    }
}
