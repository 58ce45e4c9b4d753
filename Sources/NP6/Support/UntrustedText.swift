import Essentials
import FoundationEssentials

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

    /// Whether `scalar` is shown as an escape: a control (it could drive the terminal), or a
    /// character whose width the terminal does not draw predictably.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || hasUnpredictableWidth(scalar)
    }

    /// C0, DEL, C1 and the bidi controls: what could move the cursor, recolour the screen or
    /// reorder what is shown.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return true }
        return isBidiControl(value)
    }

    /// Characters that make a cluster's width a matter of the terminal's taste (emoji joined by
    /// ZWJ, variation selectors, skin-tone modifiers, flags, tags), invisible format characters,
    /// and whatever the terminal cannot print at all (unassigned code points). Escaping them
    /// leaves only characters whose width `wcwidth` gives, so no column can shift.
    public static func hasUnpredictableWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value == 0xAD }
        switch value {
        case 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF, 0xE0000...0xE007F:
            return true
        default: break
        }
        if scalar.properties.generalCategory == .format { return true }
        return TerminalWidth.of(scalar) < 0
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
    /// `redact` runs on the body's text before anything else (see `APIKey.redact`), so a secret
    /// that the server echoes is gone before markup is stripped or spaces are folded.
    public static func excerpt(ofBody body: [UInt8], limit: Int = 160, redact: (String) -> String = { $0 }) -> String {
        var text = redact(String(decoding: body.prefix(64 * 1024), as: UTF8.self))
        if looksLikeHTML(text) { text = textOfHTML(text) }
        let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let clipped = words.count > limit ? String(words.prefix(limit - 1)) + "…" : words
        return redact(sanitized(clipped))
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(512).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || head.contains("<title")
    }

    static func textOfHTML(_ html: String) -> String {
        // Found in the page's own bytes, ASCII case-insensitively: positions taken from a
        // lower-cased copy need not exist in the original (lower-casing may change lengths).
        let bytes = Array(html.utf8)
        if let open = asciiCaseInsensitiveRange(of: "<title>", in: bytes, from: 0),
            let close = asciiCaseInsensitiveRange(of: "</title>", in: bytes, from: open.upperBound)
        {
            let title = String(decoding: bytes[open.upperBound..<close.lowerBound], as: UTF8.self).trimmingWhitespace()
            if !title.isEmpty { return title }
        }
        var output = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
                output.append(" ")
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                output.append(character)
            }
        }
        return output
    }

    /// Where `needle` (ASCII) first occurs in `bytes` at or after `start`, ignoring ASCII case.
    static func asciiCaseInsensitiveRange(of needle: String, in bytes: [UInt8], from start: Int) -> Range<Int>? {
        let pattern = Array(needle.lowercased().utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        for offset in start...(bytes.count - pattern.count) {
            var matches = true
            for (index, expected) in pattern.enumerated() {
                var byte = bytes[offset + index]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != expected {
                    matches = false
                    break
                }
            }
            if matches { return offset..<(offset + pattern.count) }
        }
        return nil
    }
}
