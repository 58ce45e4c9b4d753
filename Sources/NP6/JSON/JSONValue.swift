/// A JSON document kept exactly as the server sent it: object members keep their order and
/// numbers keep their literal text, so a subscription can be sent back field for field,
/// including fields this client does not know about.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number's literal text, e.g. `"12"` or `"1.50e3"`; never reformatted.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// A short, single-line rendering for display (strings unquoted, containers as JSON).
    public var displayText: String {
        switch self {
        case .string(let text): return text
        case .null: return "null"
        default: return serialized()
        }
    }
}
