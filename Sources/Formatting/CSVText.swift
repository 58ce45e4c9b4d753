import Essentials
import NP6

/// RFC 4180 CSV with OWASP's guard against formula injection, as text: what `list --format csv`
/// prints and what `E` writes to a .csv file. Every cell is sanitised first (control characters,
/// escape sequences and bidi overrides become visible escapes, as on the screen); a cell that a
/// spreadsheet would run as a formula gets a leading `'`; a cell holding a comma, a quote, CR or
/// LF is quoted, its quotes doubled. Every record ends in CR LF, the last one too.
public enum CSVText {
    public static func render(header: [String], rows: [[String]]) -> String {
        records([header] + rows)
    }

    /// Records without a header (a batch writes its header once, then each contact's rows).
    public static func records(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP: = + - @, tab, CR).
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) { value = "'" + value }
        value = UntrustedText.sanitized(value)
        // By scalar: Swift reads "\r\n" as one Character, which a Character test would miss.
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
        }
        return value
    }
}
