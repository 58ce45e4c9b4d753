extension JSONValue {
    /// Compact JSON text. Member order and number text are kept as parsed.
    public func serialized() -> String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// Indented JSON text for people (two spaces a level).
    public func prettySerialized() -> String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    public func serializedBytes() -> [UInt8] { Array(serialized().utf8) }

    /// Compact JSON of `object` with one more member last: an array whose elements are already
    /// JSON text (subscriptions as the server sent them), copied in as bytes. A batch plan's line
    /// and a journal intent hold up to 235 MB of them, which a tree would multiply.
    public static func serializedBytes(
        of object: JSONObject, appendingArray name: String, elements: [ArraySlice<UInt8>]
    ) -> [UInt8] {
        var bytes = Array(JSONValue.object(object).serialized().utf8.dropLast())
        bytes.reserveCapacity(bytes.count + name.utf8.count + elements.reduce(8) { $0 + $1.count + 1 })
        if !object.isEmpty { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: JSONValue.string(name).serialized().utf8)
        bytes.append(contentsOf: ":[".utf8)
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: element)
        }
        bytes.append(contentsOf: "]}".utf8)
        return bytes
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                Self.newline(&output, indent: indent, level: level + 1)
                element.write(to: &output, indent: indent, level: level + 1)
            }
            Self.newline(&output, indent: indent, level: level)
            output += "]"
        case .object(let object):
            if object.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            for (position, member) in object.members.enumerated() {
                if position > 0 { output += "," }
                Self.newline(&output, indent: indent, level: level + 1)
                Self.writeString(member.key, to: &output)
                output += indent == nil ? ":" : ": "
                member.value.write(to: &output, indent: indent, level: level + 1)
            }
            Self.newline(&output, indent: indent, level: level)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, indent: String?, level: Int) {
        guard let indent else { return }
        output += "\n"
        for _ in 0..<level { output += indent }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                // Controls, C1 and bidi overrides are escaped: still the same JSON string, but
                // harmless when printed to a terminal.
                // The controls the screen escapes too (UntrustedText.isControl): all below U+FFFF,
                // so one \uXXXX each is valid JSON.
                if UntrustedText.isControl(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
