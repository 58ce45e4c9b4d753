import Essentials
import FoundationEssentials
import Glibc
import Localization
import NP6
import Settings
import StateFolder

/// A batch run's plan on disk, `$XDG_STATE_HOME/np6-subs/runs/<run>.jsonl`: a header line (the
/// run's host, profile, reason and `--only`), then one line per contact with what the fetch found
/// (the subscriptions' JSON as the server sent it, or the fetch's error). The run streams it
/// back, so memory stays flat, and `--resume RUN` reads it to continue.
struct BatchRunFile {
    /// The first line. Codable: it holds only our own fields.
    struct Header: Sendable, Codable, Equatable {
        var run: String
        var host: String
        var profile: String?
        var reason: String?
        var only: String?
        var source: String
        /// When the plan was made; nil in a header read back from a file made before it was kept.
        var created: String?
    }

    /// The line that says the plan was confirmed.
    struct Confirmation: Codable {
        var confirmed: String
        var subscriptions: Int
    }

    struct Record: Sendable {
        var line: Int
        var contact: ContactKey
        var subscriptions: [Subscription]
        /// Why the fetch failed; nil when it answered (a 404 is an empty list).
        var fetchError: String?
        /// The earlier line that named the same contact another way (its unicity, then its hash):
        /// the server's contact id says so. This line then has nothing to delete.
        var sameAs: Int? = nil
        /// The owners of the rows left out because they are another contact's (one per row).
        var foreignOwners: [ContactKey] = []
        /// Without --only the contact's bulk DELETE would take another contact's rows too: the
        /// contact is left out whole.
        var bulkRefused = false
    }

    let path: String

    static func folder(environment: [String: String]) -> String {
        StatePaths.directory(environment: environment) + "/runs"
    }

    /// `20261130-221500-3f9a`: sortable, readable, and unique enough for one person's runs.
    static func newRunID(now: Date = Date()) -> String {
        let time = ISO8601Timestamp(secondsSince1970: now.timeIntervalSince1970).iso8601String
        let digits = String(time.filter { $0.isASCII && $0.isNumber })
        return String(digits.prefix(8)) + "-" + String(digits.dropFirst(8).prefix(6)) + "-"
            + String(UUID().uuidString.lowercased().prefix(4))
    }

    init(run: String, environment: [String: String]) {
        path = Self.folder(environment: environment) + "/\(run).jsonl"
    }

    /// Creates the file with its header; the run refuses to start if it cannot.
    func create(_ header: Header) throws(BatchProblem) -> FileOutput {
        let folder = path.parentFolder
        do { try StatePaths.ensureDirectory(folder) } catch {
            throw BatchProblem(message: Message.runPlanProblem(error: error.description).text())
        }
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw BatchProblem(
                message: Message.runFileCannotCreate(path: path, error: SystemErrorText.text(errno: errno)).text())
        }
        let output = FileOutput(descriptor: descriptor)
        var stamped = header
        stamped.created =
            stamped.created ?? ISO8601Timestamp(secondsSince1970: Date().timeIntervalSince1970).iso8601String
        do { try output.write(Self.encoded(stamped)) } catch {
            throw BatchProblem(message: Message.runFileCannotWrite(path: path, error: error.description).text())
        }
        return output
    }

    static let contactLinePrefix = Array(#"{"line":"#.utf8)

    /// A line of our own fields, as JSON.
    static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Strings, optionals and integers only: the encoder has nothing it could fail on.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One contact's line, written by hand: the subscriptions' bytes are copied as the server
    /// sent them (a 500,000-subscription plan is 235 MB that an encoder would parse and re-type).
    static func line(for record: Record) -> [UInt8] {
        var object = JSONObject([
            "line": .number(String(record.line)), "kind": .string(record.contact.kind.rawValue),
            "value": .string(record.contact.value),
        ])
        if let error = record.fetchError { object["error"] = .string(error) }
        if let sameAs = record.sameAs { object["same_as"] = .number(String(sameAs)) }
        var bytes = JSONValue.serializedBytes(
            of: object, appendingArray: "subscriptions", elements: record.subscriptions.map(\.jsonBytes))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The line that says the plan was confirmed (typed, or `--yes`): `--resume` refuses a plan
    /// without it (one cut short by Ctrl-C while fetching, or never confirmed).
    static func confirmationLine(subscriptions: Int) -> String {
        encoded(
            Confirmation(
                confirmed: ISO8601Timestamp(secondsSince1970: Date().timeIntervalSince1970).iso8601String,
                subscriptions: subscriptions))
    }

    /// A contact's line holds its whole answer, up to the client's 256 MiB, with room for the
    /// line's own fields.
    static let maximumLineLength = 300 << 20

    /// One pass over the plan that copies no contact's line: how many contacts it holds, and
    /// whether its confirmation line is there.
    func scan() throws(BatchProblem) -> (header: Header, contacts: Int, confirmed: Bool) {
        var (header, reader) = try open()
        defer { reader.close() }
        var contacts = 0
        var confirmed = false
        while let kind = try reader.nextKind() {
            switch kind {
            case .contact: contacts += 1
            case .other(let line):
                if (try? JSONDecoder().decode(Confirmation.self, from: Data(line))) != nil { confirmed = true }
            }
        }
        return (header, contacts, confirmed)
    }

    /// Opens the file for reading: its header, and a reader positioned on the first record.
    func open() throws(BatchProblem) -> (Header, Reader) {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw BatchProblem(
                message: Message.runFileMissing(path: path, error: SystemErrorText.text(errno: errno)).text())
        }
        var reader = Reader(
            descriptor: descriptor, lines: LineReader(descriptor: descriptor, maximumLineLength: Self.maximumLineLength)
        )
        guard let first = try reader.nextLine(), let header = try? JSONDecoder().decode(Header.self, from: Data(first))
        else {
            Glibc.close(descriptor)
            throw BatchProblem(message: Message.runFileNoHeader(path: path).text())
        }
        return (header, reader)
    }

    struct Reader {
        let descriptor: Int32
        var lines: LineReader

        /// The next line that is not empty.
        mutating func nextLine() throws(BatchProblem) -> [UInt8]? {
            while true {
                let bytes: [UInt8]?
                do { bytes = try lines.next() } catch {
                    throw BatchProblem(message: Message.runFileCannotRead(error: error.description).text())
                }
                guard let bytes else { return nil }
                if !bytes.isEmpty { return bytes }
            }
        }

        enum LineKind {
            case contact
            /// Any other line that is not empty: the confirmation, or a torn line.
            case other([UInt8])
        }

        /// The next line's kind: a contact's line is recognised by its first bytes and skipped.
        mutating func nextKind() throws(BatchProblem) -> LineKind? {
            while true {
                let line: LineReader.Line?
                do { line = try lines.next(skippingLinesStartingWith: BatchRunFile.contactLinePrefix) } catch {
                    throw BatchProblem(message: Message.runFileCannotRead(error: error.description).text())
                }
                switch line {
                case nil: return nil
                case .skipped?: return .contact
                case .read(let bytes)?: if !bytes.isEmpty { return .other(bytes) }
                }
            }
        }

        /// The next contact's record. The line is validated in one pass that builds nothing, its
        /// few small fields are parsed alone, and each subscription stays a slice of the line: a
        /// 235 MB line costs its own bytes, not a tree of them (that was 2.5 GB and minutes).
        mutating func next() throws(BatchProblem) -> Record? {
            while let bytes = try nextLine() {
                if let record = Self.record(from: bytes) { return record }
            }
            return nil
        }

        /// nil for a line that is not a contact's: the confirmation, or one cut short by a crash
        /// mid-write (the last one), which is skipped.
        static func record(from bytes: [UInt8]) -> Record? {
            let line = bytes[...]
            guard let members = try? JSONParser.memberRanges(ofObject: line) else { return nil }
            func field(_ name: String) -> JSONValue? {
                guard let range = members.first(where: { $0.name == name })?.value else { return nil }
                return try? JSONParser.parse(line[range])
            }
            guard case .number(let lineText)? = field("line"), let number = Int(lineText),
                let kind = field("kind")?.stringValue.flatMap(ContactKey.Kind.init(rawValue:)),
                let value = field("value")?.stringValue
            else { return nil }
            var subscriptions: [Subscription] = []
            if let range = members.first(where: { $0.name == "subscriptions" })?.value {
                guard let listed = try? Subscription.list(fromJSON: line[range]) else { return nil }
                subscriptions = listed
            }
            let sameAs: Int? = if case .number(let text)? = field("same_as") { Int(text) } else { nil }
            return Record(
                line: number, contact: ContactKey(kind: kind, value: value), subscriptions: subscriptions,
                fetchError: field("error")?.stringValue, sameAs: sameAs)
        }

        func close() { Glibc.close(descriptor) }
    }
}
