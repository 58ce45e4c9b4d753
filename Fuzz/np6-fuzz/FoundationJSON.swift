import Foundation
import NP6

/// Comparing np6's JSON values with Foundation's, where the two are meant to agree.
enum FoundationJSON {
    /// Documents where the two parsers may legitimately differ are left out: escaped surrogates
    /// (Foundation rejects lone ones differently), numbers beyond Double's range or precision
    /// (np6 keeps the text, Foundation rounds), nesting deeper than np6's limit, and NUL bytes.
    static func comparable(_ bytes: [UInt8]) -> Bool {
        guard !bytes.contains(0), !String(decoding: bytes, as: UTF8.self).lowercased().contains("\\ud") else {
            return false
        }
        var depth = 0
        var deepest = 0
        var digits = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                depth += 1
                deepest = max(deepest, depth)
            }
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { depth -= 1 }
            let isDigit = byte >= 0x30 && byte <= 0x39
            digits = isDigit ? digits + 1 : 0
            if digits > 15 { return false }
            let afterNumber = (previous >= 0x30 && previous <= 0x39) || previous == UInt8(ascii: ".")
            if afterNumber && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) { return false }
            previous = byte
        }
        return deepest < 400
    }

    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .null: return other is NSNull
        case .bool(let flag):
            return (other as? Bool) == flag
        case .number(let text):
            guard let expected = Double(text) else { return false }
            if let number = other as? NSNumber {
                return number.doubleValue == expected || abs(number.doubleValue - expected) <= abs(expected) * 1e-12
            }
            return false
        case .string(let string): return (other as? String) == string
        case .array(let elements):
            guard let array = other as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { same($0, $1) }
        case .object(let object):
            guard let dictionary = other as? [String: Any] else { return false }
            var last: [String: JSONValue] = [:]
            for member in object { last[member.key] = member.value }
            guard last.count == dictionary.count else { return false }
            return last.allSatisfy { key, value in dictionary[key].map { same(value, $0) } ?? false }
        }
    }
}
