/// The ten operations of the NP6 subscription API that this client speaks, as data: the client,
/// the log and the delete modal ("the exact request it will send") all describe a request from here.
public enum NP6Operation: Sendable, Hashable {
    case listByContactID(String)
    case deleteByContactID(String)
    case listByUnicity(String)
    case deleteByUnicity(String)
    case listByHash(String)
    case deleteByHash(String)
    case getSubscription(id: String)
    case deleteSubscription(id: String)
    case putSubscription
    case listApplications

    public enum Method: String, Sendable {
        case get = "GET"
        case delete = "DELETE"
        case put = "PUT"
    }

    public var method: Method {
        switch self {
        case .listByContactID, .listByUnicity, .listByHash, .getSubscription, .listApplications: return .get
        case .deleteByContactID, .deleteByUnicity, .deleteByHash, .deleteSubscription: return .delete
        case .putSubscription: return .put
        }
    }

    /// The path and query, percent-encoded, relative to the server's base URL.
    public var pathAndQuery: String {
        switch self {
        case .listByContactID(let id), .deleteByContactID(let id):
            return "/targets/\(PercentEncoding.encode(id))/subscriptions"
        case .listByUnicity(let unicity), .deleteByUnicity(let unicity):
            return "/targets/subscriptions?unicity=\(PercentEncoding.encode(unicity))"
        case .listByHash(let hash), .deleteByHash(let hash):
            return "/targets/subscriptions?hash=\(PercentEncoding.encode(hash))"
        case .getSubscription(let id), .deleteSubscription(let id):
            return "/subscriptions/\(PercentEncoding.encode(id))"
        case .putSubscription:
            return "/subscriptions"
        case .listApplications:
            return "/parameters/applications"
        }
    }

    /// `DELETE /subscriptions/0581e259-…`: what a person reads before confirming.
    public var requestLine: String { "\(method.rawValue) \(pathAndQuery)" }

    /// Reads may be repeated safely; a DELETE or PUT that may have reached the server must not be.
    public var isRetryable: Bool { method == .get }

    /// What a 404 means for this operation, in words.
    var notFoundSubject: String {
        switch self {
        case .listByContactID, .deleteByContactID, .listByUnicity, .deleteByUnicity, .listByHash, .deleteByHash:
            return "contact"
        case .getSubscription, .deleteSubscription, .putSubscription:
            return "subscription"
        case .listApplications:
            return "resource"
        }
    }
}
