import Essentials
import Localization

/// Reads entries from lines, or from one column of CSV records.
struct ContactListReader {
    var lines: LineReader
    /// The CSV column's index, once the header was read; nil for plain lines.
    var column: Int?

    mutating func findColumn(_ name: String) throws(BatchProblem) {
        guard let header = try record() else {
            throw BatchProblem(line: 1, message: Message.contactFileCSVEmpty(name: name).text())
        }
        let names = header.fields.map { $0.trimmingWhitespace() }
        guard
            let index = names.firstIndex(of: name) ?? names.firstIndex(where: { $0.lowercased() == name.lowercased() })
        else {
            throw BatchProblem(
                line: header.line,
                message: Message.contactFileNoColumn(name: name, columns: names.joined(separator: ", ")).text())
        }
        column = index
    }

    mutating func next() throws(BatchProblem) -> ContactList.Entry? {
        while true {
            let text: String
            let line: Int
            if let column {
                guard let record = try record() else { return nil }
                line = record.line
                guard column < record.fields.count else {
                    throw BatchProblem(
                        line: line,
                        message: Message.contactFileShortRecord(count: record.fields.count, column: column + 1).text()
                    )
                }
                text = record.fields[column]
            } else {
                guard let bytes = try nextLine() else { return nil }
                line = lines.lineNumber
                text = try Self.decode(bytes, line: line)
            }
            switch ContactList.parse(text) {
            case .success(let key?): return ContactList.Entry(line: line, contact: key)
            case .success(nil): continue
            case .failure(var problem):
                problem.line = line
                throw problem
            }
        }
    }

    private mutating func nextLine() throws(BatchProblem) -> [UInt8]? {
        let line: [UInt8]?
        do { line = try lines.next() } catch {
            if let tooLong = error.line {
                throw BatchProblem(
                    line: tooLong, message: Message.contactFileLineTooLong.text())
            }
            throw BatchProblem(message: Message.contactFileCannotRead(error: error.description).text())
        }
        // A file saved by a spreadsheet or Notepad may start with a UTF-8 byte-order mark: it is
        // not part of the first contact (or the first column's name), which would be lost.
        if lines.lineNumber == 1, let bytes = line, bytes.starts(with: Self.byteOrderMark) {
            return Array(bytes.dropFirst(Self.byteOrderMark.count))
        }
        return line
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let maximumRecordLength = 1 << 20

    private static func quoteCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
    }

    private static func decode(_ bytes: [UInt8], line: Int) throws(BatchProblem) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BatchProblem(line: line, message: "not UTF-8 text")
        }
        return text
    }

    /// One RFC 4180 record: fields split on commas, quotes doubled inside quoted fields, which
    /// may span lines. `line` is where the record starts.
    mutating func record() throws(BatchProblem) -> (line: Int, fields: [String])? {
        guard let first = try nextLine() else { return nil }
        let start = lines.lineNumber
        var text = try Self.decode(first, line: start)
        // A quoted field that holds a line break continues on the next line.
        // Quotes are counted once per line (recounting the whole record was quadratic), and a
        // record is bounded as a line is.
        var quotes = Self.quoteCount(first)
        var length = first.count
        while quotes % 2 == 1 {
            guard let more = try nextLine() else {
                throw BatchProblem(line: start, message: Message.contactFileUnclosedQuote.text())
            }
            length += more.count + 1
            guard length <= Self.maximumRecordLength else {
                throw BatchProblem(
                    line: start, message: Message.contactFileRecordTooLong.text())
            }
            quotes += Self.quoteCount(more)
            text += "\n" + (try Self.decode(more, line: lines.lineNumber))
        }
        var fields: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pendingQuote = false
        while let scalar = scalars.next() {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if scalar == "\"" {
                        field.unicodeScalars.append("\"")
                        continue
                    }
                    quoted = false
                } else if scalar == "\"" {
                    pendingQuote = true
                    continue
                } else {
                    field.unicodeScalars.append(scalar)
                    continue
                }
            }
            if scalar == "," {
                fields.append(field)
                field = ""
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        fields.append(field)
        return (start, fields)
    }
}
