/// An application (its name, or its UUID when the name is unknown) and how many subscriptions
/// a write touches in it.
public struct ApplicationCount: Sendable, Equatable {
    public let name: String
    public let count: Int
}
