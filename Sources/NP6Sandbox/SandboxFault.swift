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
    /// Looks up normally, but the answer says the quota is spent until 31 years from now
    /// (`X-RateLimit-Remaining: 0`, a far `X-RateLimit-Reset`): a batch must cap its wait, say
    /// what it waits for, and stop on Ctrl-C.
    case farReset = "fault-far-reset"

    var contactID: String {
        "F" + String(Self.allCases.firstIndex(of: self)! + 1)
    }

    var subscriptionID: String {
        let number = String(Self.allCases.firstIndex(of: self)! + 1)
        return "fa017000-0000-4000-8000-" + String(repeating: "0", count: 12 - number.count) + number
    }
}
