import Foundation
import NP6
import Scripts
import TestTags
import Testing

/// `--from-file`: the contact file's lines, its errors with their numbers, duplicates, CSV columns.
@Suite(.tags(.unit))
struct ContactListTests {
    static func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "np6-contacts-\(UUID().uuidString)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func entries(_ list: ContactList) throws -> [ContactList.Entry] {
        var cursor = try list.entries()
        var all: [ContactList.Entry] = []
        while let entry = try cursor.next() { all.append(entry) }
        return all
    }

    @Test func eachKindOfLine() throws {
        #expect(try ContactList.parse("unicity:jeanne@example.com").get() == .unicity("jeanne@example.com"))
        #expect(
            try ContactList.parse("hash:3858f62230ac3c915f300c664312c63f").get()
                == .hash("3858f62230ac3c915f300c664312c63f"))
        #expect(try ContactList.parse("id:00000001").get() == .contactID("00000001"))
        #expect(
            try ContactList.parse("  jeanne@example.com \t").get() == .unicity("jeanne@example.com"),
            "a bare value is a unicity")
        #expect(
            try ContactList.parse("Hash: abc").get() == .hash("abc"), "the kind in any case, spaces after the colon")
        #expect(try ContactList.parse("unicity:tel:+33612345678").get() == .unicity("tel:+33612345678"))
        #expect(try ContactList.parse("").get() == nil)
        #expect(try ContactList.parse("   ").get() == nil)
        #expect(try ContactList.parse("# GDPR ticket 4211").get() == nil)
    }

    @Test func malformedLinesSayWhy() {
        #expect(throws: BatchProblem.self) { try ContactList.parse("hash:").get() }
        let unknown = try? ContactList.parse("hsh:abc").get()
        #expect(unknown == nil)
        if case .failure(let problem) = ContactList.parse("hsh:abc") {
            #expect(problem.message.contains("did you mean \"hash:\""))
        }
        if case .failure(let problem) = ContactList.parse("unicity:a\u{1B}[2Jb") {
            #expect(problem.message.contains("control character"))
        }
        if case .failure(let problem) = ContactList.parse("email:jeanne@example.com") {
            #expect(problem.message.contains("unicity:…, hash:… or id:…"))
        } else {
            Issue.record("an unknown kind is an error, not a unicity")
        }
    }

    @Test func theFirstBadLineStopsEverythingWithItsNumber() throws {
        let path = try Self.file("foobar\r\n# comment\n\nhash:\nunicity:other\n")
        defer { unlink(path) }
        do {
            _ = try ContactList(path: path, source: .lines)
            Issue.record("a line without a value must stop the run")
        } catch {
            #expect(error.line == 4)
            #expect(error.description == "line 4: \"hash:\" has no value after it")
        }
    }

    @Test func duplicatesAreReportedAndHandedOutOnce() throws {
        let path = try Self.file("foobar\nunicity:other\nfoobar\nhash:abc\nunicity:foobar\n")
        defer { unlink(path) }
        let list = try ContactList(path: path, source: .lines)
        #expect(list.count == 3)
        #expect(list.duplicates.map(\.line) == [3, 5])
        #expect(list.duplicates.map(\.first) == [1, 1])
        let entries = try Self.entries(list)
        #expect(entries.map(\.line) == [1, 2, 4])
        #expect(entries.map(\.contact) == [.unicity("foobar"), .unicity("other"), .hash("abc")])
        // The file is read again for each pass: twice gives the same.
        #expect(try Self.entries(list).map(\.line) == [1, 2, 4])
    }

    @Test func aLastLineWithoutItsLineBreakCounts() throws {
        let path = try Self.file("a\nb")
        defer { unlink(path) }
        #expect(
            try Self.entries(ContactList(path: path, source: .lines)).map(\.contact) == [.unicity("a"), .unicity("b")])
    }

    @Test func oneColumnOfACSVFile() throws {
        let csv =
            """
            ticket,email,note\r\n4211,jeanne@example.com,\"said \"\"stop\"\", \
            twice\"\r\n4212,hash:abc,\"two\nlines\"\r\n4213,,empty cell\r\n
            """
        let path = try Self.file(csv)
        defer { unlink(path) }
        let list = try ContactList(path: path, source: .csvColumn("Email"))
        let entries = try Self.entries(list)
        #expect(entries.map(\.contact) == [.unicity("jeanne@example.com"), .hash("abc")])
        #expect(entries.map(\.line) == [2, 3])
        do {
            _ = try ContactList(path: path, source: .csvColumn("unicity"))
            Issue.record("a missing column must be an error")
        } catch {
            #expect(error.description == "line 1: no column \"unicity\" in the header (columns: ticket, email, note)")
        }
    }

    @Test("a UTF-8 byte-order mark at the start is not part of the first contact, nor of the first column's name")
    func byteOrderMarkIsStripped() throws {
        let lines = try Self.file("\u{FEFF}jeanne@example.com\nana@example.com\n")
        defer { unlink(lines) }
        #expect(
            try Self.entries(ContactList(path: lines, source: .lines)).map(\.contact)
                == [.unicity("jeanne@example.com"), .unicity("ana@example.com")])
        let csv = try Self.file("\u{FEFF}Email,Name\njeanne@example.com,Jeanne\n")
        defer { unlink(csv) }
        #expect(
            try Self.entries(ContactList(path: csv, source: .csvColumn("Email"))).map(\.contact)
                == [.unicity("jeanne@example.com")])
    }

    @Test("a line longer than 1 MiB is refused with its number; /dev/zero (one endless line) ends too")
    func overlongLinesAreRefused() throws {
        let path = try Self.file(
            "ana@example.com\n" + String(repeating: "x", count: (1 << 20) + 1) + "\nb@example.com\n")
        defer { unlink(path) }
        do {
            _ = try ContactList(path: path, source: .lines)
            Issue.record("a 1 MiB line was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("longer than 1 MiB"))
        }
        #expect(throws: BatchProblem.self) { _ = try ContactList(path: "/dev/zero", source: .lines) }
        // A CSV quote that never closes stops at the record's bound, not at the end of memory.
        let csv = try Self.file("Email\n\"" + String(repeating: "a,b\n", count: 300_000))
        defer { unlink(csv) }
        #expect(throws: BatchProblem.self) { _ = try ContactList(path: csv, source: .csvColumn("Email")) }
    }

    @Test("a line of just under 1 MiB is a line like any other")
    func longLinesUnderTheBoundAreRead() throws {
        let long = String(repeating: "y", count: (1 << 20) - 20) + "@example.com"
        let path = try Self.file("ana@example.com\n\(long)\r\nb@example.com")
        defer { unlink(path) }
        #expect(
            try Self.entries(ContactList(path: path, source: .lines)).map(\.contact)
                == [.unicity("ana@example.com"), .unicity(long), .unicity("b@example.com")])
    }

    @Test func aFileThatCannotBeOpenedSaysSo() {
        #expect(throws: BatchProblem.self) { _ = try ContactList(path: "/nonexistent/contacts.txt", source: .lines) }
    }

    @Test func aLongFileIsStreamedAndCheckedWhole() throws {
        // 200,000 lines: the checks keep an 8-byte fingerprint per contact, not its text.
        let lines = (1...200_000).map { "fleet-\($0)" }.joined(separator: "\n")
        let path = try Self.file(lines + "\nfleet-17\n")
        defer { unlink(path) }
        let list = try ContactList(path: path, source: .lines)
        #expect(list.count == 200_000)
        #expect(list.duplicates.count == 1 && list.duplicates[0].first == 17)
        var cursor = try list.entries()
        var count = 0
        while try cursor.next() != nil { count += 1 }
        #expect(count == 200_000)
    }
}
