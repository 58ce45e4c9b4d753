/// How a push reaches the device. Discriminated by `type`; unknown types keep every field so
/// they can be shown, never rejected.
public enum Provider: Sendable, Hashable {
    /// `firebase`, `apns`, or another type that carries only a token.
    case token(type: String, token: String)
    /// A web-push style provider that carries a url.
    case http(url: String)
    /// Any other shape: the type (if any) and every other field as sent.
    case other(type: String?, fields: JSONObject)

    public init(json: JSONValue?) {
        guard let object = json?.objectValue else {
            self = .other(type: nil, fields: JSONObject())
            return
        }
        let type = object["type"]?.stringValue
        var rest = object
        rest["type"] = nil
        switch type {
        case "firebase", "apns":
            if let token = object["token"]?.stringValue, rest.keys == ["token"] {
                self = .token(type: type!, token: token)
                return
            }
        case "http":
            if let url = object["url"]?.stringValue, rest.keys == ["url"] {
                self = .http(url: url)
                return
            }
        default:
            break
        }
        self = .other(type: type, fields: rest)
    }

    public var type: String {
        switch self {
        case .token(let type, _): return type
        case .http: return "http"
        case .other(let type, _): return type ?? "unknown"
        }
    }

    /// The token, for providers that have one (also an unknown type's `token` string field).
    public var token: String? {
        switch self {
        case .token(_, let token): return token
        case .http: return nil
        case .other(_, let fields): return fields["token"]?.stringValue
        }
    }

    public var url: String? {
        switch self {
        case .http(let url): return url
        case .other(_, let fields): return fields["url"]?.stringValue
        case .token: return nil
        }
    }

    /// What identifies the device at the provider: the token, else the url.
    public var address: String? { token ?? url }
}
