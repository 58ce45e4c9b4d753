import Foundation
import Glibc

/// RFC 4180 CSV. A cell that a spreadsheet would run as a formula (= + @) gets a leading quote.
enum CSV {
    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n")
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+@".contains(first) { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
