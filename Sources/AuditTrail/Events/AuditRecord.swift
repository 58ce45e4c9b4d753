/// What one audit event says of a write, before the chain numbers it: the journal's intent or
/// outcome, in plain values.
public struct AuditRecord: Sendable, Equatable {
    public var phase: AuditPhase
    /// The journal entry the write is recorded under.
    public var entry: String
    /// The batch run (`delete --from-file`), if any.
    public var run: String?
    /// When the journal line was written (ISO 8601, UTC).
    public var time: String
    public var operatorName: String
    public var profile: String?
    /// The NP6 host the requests go to.
    public var host: String
    /// The journal's operation word: `delete-subscription`, `delete-contact`, `undo`, `restore`.
    public var operation: String
    /// The contact as the journal names it: its kind (`unicity`, `hash`, `id`) and value.
    public var contactKind: String?
    public var contact: String?
    public var subscriptionIDs: [String]
    public var requests: [String]
    public var reason: String?
    /// For a restore: the entry it re-creates.
    public var restores: String?
    /// For an intent: each subscription's JSON as fetched, so a restore can be made from the
    /// collector alone.
    public var subscriptionsJSON: [[UInt8]]
    /// For an outcome: `done`, `failed`, `partial`, `unknown`, `not-sent`.
    public var result: String?
    public var status: Int?
    public var error: String?
    public var milliseconds: Int?
    /// For an outcome of several requests: `ID RESULT STATUS` each.
    public var requestResults: [String]

    public init(
        phase: AuditPhase, entry: String, run: String? = nil, time: String, operatorName: String,
        profile: String? = nil, host: String, operation: String, contactKind: String? = nil, contact: String? = nil,
        subscriptionIDs: [String] = [], requests: [String] = [], reason: String? = nil, restores: String? = nil,
        subscriptionsJSON: [[UInt8]] = [], result: String? = nil, status: Int? = nil, error: String? = nil,
        milliseconds: Int? = nil, requestResults: [String] = []
    ) {
        self.phase = phase
        self.entry = entry
        self.run = run
        self.time = time
        self.operatorName = operatorName
        self.profile = profile
        self.host = host
        self.operation = operation
        self.contactKind = contactKind
        self.contact = contact
        self.subscriptionIDs = subscriptionIDs
        self.requests = requests
        self.reason = reason
        self.restores = restores
        self.subscriptionsJSON = subscriptionsJSON
        self.result = result
        self.status = status
        self.error = error
        self.milliseconds = milliseconds
        self.requestResults = requestResults
    }

    /// The outcome of the write this intent opens, with the intent's own description of it (each
    /// event stands alone in the collector).
    public func outcome(
        time: String, result: String, status: Int?, error: String?, milliseconds: Int?, requestResults: [String]
    ) -> AuditRecord {
        var outcome = self
        outcome.phase = .outcome
        outcome.time = time
        outcome.subscriptionsJSON = []
        outcome.result = result
        outcome.status = status
        outcome.error = error
        outcome.milliseconds = milliseconds
        outcome.requestResults = requestResults
        return outcome
    }
}
