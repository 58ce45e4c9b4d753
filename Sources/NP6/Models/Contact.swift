/// The contact a subscription is bound to. Every example in the reference has the `footprint`
/// shape; the schema lists `{type, value}`; anything else is kept as sent.
public enum Contact: Sendable, Hashable {
    case footprint(id: String?, unicity: String?, hash: String?)
    case value(type: String, value: String)
    case other(type: String?, fields: JSONObject)

    public init(json: JSONValue?) {
        guard let object = json?.objectValue else {
            self = .other(type: nil, fields: JSONObject())
            return
        }
        let type = object["type"]?.stringValue
        var rest = object
        rest["type"] = nil
        if type == "footprint", rest.keys.allSatisfy({ ["id", "unicity", "hash"].contains($0) }),
            rest.allSatisfy({ $0.value.stringValue != nil || $0.value.isNull })
        {
            self = .footprint(
                id: object["id"]?.stringValue, unicity: object["unicity"]?.stringValue,
                hash: object["hash"]?.stringValue)
        } else if let type, rest.keys == ["value"], let value = object["value"]?.stringValue {
            self = .value(type: type, value: value)
        } else {
            self = .other(type: type, fields: rest)
        }
    }

    public var type: String {
        switch self {
        case .footprint: return "footprint"
        case .value(let type, _): return type
        case .other(let type, _): return type ?? "unknown"
        }
    }

    public var id: String? {
        switch self {
        case .footprint(let id, _, _): return id
        case .value: return nil
        case .other(_, let fields): return fields["id"]?.stringValue
        }
    }

    public var unicity: String? {
        switch self {
        case .footprint(_, let unicity, _): return unicity
        case .value: return nil
        case .other(_, let fields): return fields["unicity"]?.stringValue
        }
    }

    public var hash: String? {
        switch self {
        case .footprint(_, _, let hash): return hash
        case .value: return nil
        case .other(_, let fields): return fields["hash"]?.stringValue
        }
    }

    /// The schema's `value`, if this contact has that shape.
    public var value: String? {
        if case .value(_, let value) = self { return value }
        return nil
    }
}
