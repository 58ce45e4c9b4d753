/// Which of a write's two events: the intent, before the request is sent; the outcome, after it.
public enum AuditPhase: String, Sendable, Equatable {
    case intent
    case outcome
    /// `doctor`'s test event: outside every chain, never a write.
    case test
}
