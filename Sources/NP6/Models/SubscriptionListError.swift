/// Why a list answer could not be read: not JSON at all, or JSON of the wrong shape.
public enum SubscriptionListError: Error, Sendable, Equatable {
    case invalidJSON(JSONParser.Failure)
    case shape(NP6ModelError)
}
