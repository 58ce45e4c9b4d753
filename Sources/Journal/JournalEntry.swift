import Foundation
import Glibc
import NP6

/// One intent and, if it came, its outcome.
public struct JournalEntry: Sendable {
    public struct Outcome: Sendable {
        public var time: String
        public var status: Int?
        public var result: String
        public var error: String?
        public var milliseconds: Int?
        public var raw: JSONValue
    }

    public var id: String
    public var time: String
    public var operatorName: String
    public var host: String
    /// The config profile it was recorded under; nil without one (and in older journals).
    public var profile: String?
    public var operation: String
    public var requests: [String]
    public var subscriptions: [JSONValue]
    /// Whom it was about: recorded since the journal knows it, else read from the subscriptions.
    public var contact: JournalContact?
    /// Why, as given with `--reason` or in the confirmation.
    public var reason: String?
    public var restores: String?
    /// The batch run (`delete --from-file`) this entry belongs to.
    public var run: String?
    public var outcome: Outcome?
    /// How an unknown outcome was settled later (a re-check, a restore), if it was.
    public var settlement: Settlement?
    public var raw: JSONValue

    /// A later line that says what became of an entry whose outcome was unknown.
    public struct Settlement: Sendable {
        public var time: String
        public var result: String
        /// What settled it, e.g. "a re-check in the browser" or "restore 1a2b3c4d".
        public var by: String
    }

    /// Whether nobody knows yet if the request took effect: no outcome, or an unknown one, and
    /// no settlement since.
    public var isUnsettled: Bool {
        settlement == nil && (outcome == nil || outcome?.result == JournalResult.unknown.rawValue)
    }

    /// When the intent was written, if its time can be read.
    public var instant: Double? { ISO8601Timestamp(parsing: time)?.secondsSince1970 }

    /// The operation in words: `delete`, `delete all`, `undo`, `restore 1a2b3c4d`.
    public var operationWords: String {
        switch JournalOperation(rawValue: operation) {
        case .deleteSubscription?: return "delete"
        case .deleteContact?: return "delete all"
        case .undo?: return "undo (re-create)"
        case .restore?: return restores.map { "restore \($0.prefix(8))" } ?? "restore"
        case nil: return operation
        }
    }

    /// The outcome in a few words for the table: `done`, `failed (403)`, `unknown`, and how an
    /// unknown one was settled (`unknown → done`).
    public var shortOutcome: String {
        let recorded: String
        if let outcome {
            let failed = outcome.result != JournalResult.done.rawValue
            recorded = outcome.result + (failed ? outcome.status.map { " (\($0))" } ?? "" : "")
        } else {
            recorded = "unknown"
        }
        guard let settlement else { return recorded }
        return "\(recorded) → \(settlement.result)"
    }

    /// What a person reads: the outcome's result, "outcome unknown" when none was written, and
    /// how it was settled.
    public var outcomeText: String {
        let recorded = outcome.map { outcome in outcome.result + (outcome.status.map { " (\($0))" } ?? "") } ?? "outcome unknown"
        guard let settlement else { return recorded }
        return "\(recorded), settled: \(settlement.result) by \(settlement.by)"
    }
}
