import FoundationEssentials
import Glibc
import Localization
import NP6

/// One intent and, if it came, its outcome.
public struct JournalEntry: Sendable {
    /// An outcome line: what the answer was, once it came.
    public struct Outcome: Sendable, Codable {
        public var time: String
        public var status: Int?
        public var result: JournalResult
        public var error: String?
        public var milliseconds: Int?
        /// For an entry of several requests: what each one answered.
        public var results: [JournalRequestResult]?
        /// The line as written, newer fields included (`journal --format json` passes them on).
        public var raw: JSONValue = .null

        enum CodingKeys: String, CodingKey {
            case time, status, result, error, milliseconds, results
        }
    }

    public var id: String
    public var time: String
    public var operatorName: String
    public var host: String
    /// The config profile it was recorded under; nil without one (and in older journals).
    public var profile: String?
    public var operation: JournalOperation
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
    public struct Settlement: Sendable, Codable {
        public var time: String
        public var result: JournalResult
        /// What settled it, e.g. "a re-check in the browser" or "restore 1a2b3c4d".
        public var by: String
    }

    /// Whether nobody knows yet if the request took effect: no outcome, or an unknown one, and
    /// no settlement since.
    public var isUnsettled: Bool {
        settlement == nil && (outcome == nil || outcome?.result == .unknown)
    }

    /// When the intent was written, if its time can be read.
    public var instant: Double? { ISO8601Timestamp(parsing: time)?.secondsSince1970 }

    /// The operation in words: `delete`, `delete all`, `undo`, `restore 1a2b3c4d`.
    public var operationWords: String {
        switch operation {
        case .deleteSubscription: return Message.operationDelete.text()
        case .deleteContact: return Message.operationDeleteAll.text()
        case .undo: return Message.operationUndo.text()
        case .restore:
            return restores.map { Message.operationRestoreOf(entry: String($0.prefix(8))).text() }
                ?? Message.operationRestore.text()
        case .unrecognized(let text): return Message.operationUnrecognised(operation: text).text()
        }
    }

    /// The outcome in a few words for the table: `done`, `failed (403)`, `unknown`, and how an
    /// unknown one was settled (`unknown → done`).
    public var shortOutcome: String {
        let recorded: String
        if let outcome {
            let failed = outcome.result != .done
            recorded = outcome.result.words + (failed ? outcome.status.map { " (\($0))" } ?? "" : "")
        } else {
            recorded = JournalResult.unknown.words
        }
        guard let settlement else { return recorded }
        return "\(recorded) → \(settlement.result.words)"
    }

    /// What a person reads: the outcome's result, "outcome unknown" when none was written, and
    /// how it was settled.
    public var outcomeText: String {
        let recorded =
            outcome.map { outcome in outcome.result.words + (outcome.status.map { " (\($0))" } ?? "") }
            ?? Message.outcomeUnknownWords.text()
        guard let settlement else { return recorded }
        return Message.outcomeSettled(recorded: recorded, result: settlement.result.words, by: settlement.by).text()
    }
}
