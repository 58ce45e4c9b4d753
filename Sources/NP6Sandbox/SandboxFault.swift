/// Contacts whose lookups misbehave on purpose, so tests and demos can show every error path.
/// Each is a unicity; docs/sandbox.md lists them.
public enum SandboxFault: String, CaseIterable, Sendable {
    /// 500 with a JSON error body.
    case internalError = "fault-500"
    /// 502 with an HTML page, as a gateway sends.
    case badGateway = "fault-502"
    /// 429 with `Retry-After: 1`, every time.
    case rateLimited = "fault-429"
    /// 429 with `Retry-After: 1` on the first lookup, then the normal answer.
    case rateLimitedOnce = "fault-429-once"
    /// 200 with a JSON body cut off in the middle.
    case truncatedJSON = "fault-truncated"
    /// The normal answer, 10 seconds late.
    case slow = "fault-slow"
    /// 500 whose body quotes the request's X-Key back, for lookups and for deleting its
    /// subscription: the client must redact it from every message.
    case echoKey = "fault-echo-key"
    /// Deletes (its subscription, or the whole contact) happen, but the answer breaks off after
    /// its status line: the client cannot know, and must say the outcome is unknown and check.
    case brokenAnswer = "fault-broken-answer"

    var contactID: String {
        "F" + String(Self.allCases.firstIndex(of: self)! + 1)
    }

    var subscriptionID: String {
        "fa017000-0000-4000-8000-00000000000\(Self.allCases.firstIndex(of: self)! + 1)"
    }
}
