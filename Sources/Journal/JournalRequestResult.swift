import NP6

/// What one request of a several-request entry answered (a marked delete sends one per row).
public struct JournalRequestResult: Sendable, Equatable, Codable {
    public let subscriptionID: String
    public let status: Int?
    public let result: JournalResult

    enum CodingKeys: String, CodingKey {
        case subscriptionID = "id"
        case status
        case result
    }

    public init(subscriptionID: String, status: Int?, result: JournalResult) {
        self.subscriptionID = subscriptionID
        self.status = status
        self.result = result
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subscriptionID, forKey: .subscriptionID)
        // Written as null when no answer came, as the journal always has.
        try container.encode(status, forKey: .status)
        try container.encode(result, forKey: .result)
    }
}
