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
    public var operation: String
    public var requests: [String]
    public var subscriptions: [JSONValue]
    public var restores: String?
    public var outcome: Outcome?
    public var raw: JSONValue

    /// What a person reads: the outcome's result, or "outcome unknown" when none was written.
    public var outcomeText: String {
        guard let outcome else { return "outcome unknown" }
        let status = outcome.status.map { " (\($0))" } ?? ""
        return outcome.result + status
    }
}
