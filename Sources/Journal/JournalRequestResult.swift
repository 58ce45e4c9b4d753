import NP6

/// What one request of a several-request entry answered (a marked delete sends one per row).
public struct JournalRequestResult: Sendable, Equatable {
    public let subscriptionID: String
    public let status: Int?
    public let result: JournalResult

    public init(subscriptionID: String, status: Int?, result: JournalResult) {
        self.subscriptionID = subscriptionID
        self.status = status
        self.result = result
    }

    var json: JSONValue {
        .object(JSONObject([
            "id": .string(subscriptionID), "status": status.map { .number(String($0)) } ?? .null, "result": .string(result.rawValue),
        ]))
    }
}
