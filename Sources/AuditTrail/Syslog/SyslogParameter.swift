/// One SD-PARAM of RFC 5424 (§6.3.3): a name and its value, held unescaped.
public struct SyslogParameter: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name="value"`, the value escaped as the RFC requires: `"`, `\` and `]` take a backslash.
    public var encoded: String {
        var text = name + "=\""
        for character in value.unicodeScalars {
            if character == "\"" || character == "\\" || character == "]" { text.unicodeScalars.append("\\") }
            text.unicodeScalars.append(character)
        }
        return text + "\""
    }
}
