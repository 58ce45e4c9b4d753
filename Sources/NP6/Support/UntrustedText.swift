import Essentials
import Foundation

/// Text that came from the server (or any other outside source) made safe to print on a terminal:
/// control characters, escape sequences and bidirectional overrides become visible escapes, so
/// nothing the server sends can move the cursor, recolour the screen or reorder what is shown.
public enum UntrustedText {
    public static func sanitized(_ text: String) -> String {
        // Fast path: most text has nothing to escape.
        if !text.unicodeScalars.contains(where: needsEscape) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { output += escape(scalar) } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }

    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return true }
        return isBidiControl(value)
    }

    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            || value == 0x061C
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x1B: return "\\e"
        case 0..<0x80: return "\\x" + hex(scalar.value, width: 2)
        default: return "<U+" + hex(scalar.value, width: 4) + ">"
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A short, single-line, sanitised excerpt of an error body. HTML from a gateway is reduced to
    /// its title or text, so "502 Bad Gateway" reads as that rather than as markup.
    public static func excerpt(ofBody body: [UInt8], limit: Int = 160) -> String {
        var text = String(decoding: body.prefix(64 * 1024), as: UTF8.self)
        if looksLikeHTML(text) { text = textOfHTML(text) }
        let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let clipped = words.count > limit ? String(words.prefix(limit - 1)) + "…" : words
        return sanitized(clipped)
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(512).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<title")
    }

    static func textOfHTML(_ html: String) -> String {
        let lower = html.lowercased()
        if let open = lower.range(of: "<title>"), let close = lower.range(of: "</title>", range: open.upperBound..<lower.endIndex) {
            let start = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: open.upperBound))
            let end = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: close.lowerBound))
            let title = String(html[start..<end]).trimmingWhitespace()
            if !title.isEmpty { return title }
        }
        var output = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; output.append(" ") } else if character == ">" { inTag = false } else if !inTag { output.append(character) }
        }
        return output
    }
}
