/// A scalar's text and what YAML 1.1's core rules make of it (the rules PyYAML and Yams use): a
/// plain `yes` is a boolean, a quoted `"yes"` or a `!!str yes` is text.
public struct YAMLScalar: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case null, bool, int, float, string
        /// A tag this reader does not resolve (`!!binary`, `!custom`): kept as text.
        case other
    }

    public let text: String
    public let kind: Kind
    /// Written without quotes (numbers are read only from plain scalars, as Yams reads them).
    public let plain: Bool

    public init(text: String, tag: String?, plain: Bool) {
        self.text = text
        self.plain = plain
        self.kind = Self.kind(of: text, tag: tag, plain: plain)
    }

    static let boolWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
        "off", "Off", "OFF",
    ]

    static func kind(of text: String, tag: String?, plain: Bool) -> Kind {
        switch tag {
        case "tag:yaml.org,2002:str", "!": return .string
        case "tag:yaml.org,2002:null": return .null
        case "tag:yaml.org,2002:bool": return .bool
        case "tag:yaml.org,2002:int": return .int
        case "tag:yaml.org,2002:float": return .float
        case .some: return .other
        case nil: break
        }
        guard plain else { return .string }
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if boolWords.contains(text) { return .bool }
        if isInteger(text) { return .int }
        if number(text) != nil { return .float }
        return .string
    }

    /// `12`, `-3`, `1_000`: decimal integers only (octal and hex are not config values here).
    static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if let sign = digits.first, sign == "+" || sign == "-" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.first != "_" && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") }
    }

    /// A YAML number (`2`, `2.5`, `1e3`, `1_000`, `.inf`), or nil. Sexagesimal (`1:30`) is not
    /// read: no config value is a duration in that form.
    static func number(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let allowed = Set("0123456789+-._eE")
        guard text.contains(where: \.isNumber), text.allSatisfy({ allowed.contains($0) }) else { return nil }
        return Double(text.filter { $0 != "_" })
    }
}
