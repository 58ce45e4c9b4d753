import Essentials
import Glibc
import Localization
import NP6

/// The contacts of `--from-file`: one per line (`unicity:…`, `hash:…` or `id:…`; a bare value is
/// a unicity; blank lines and `#` comments are skipped), or one column of a CSV file
/// (`--csv-column NAME`). The file is read twice, streamed both times: once to check every line
/// before anything is sent, once to hand out the contacts. Standard input (`-`) is first copied
/// to an unlinked temporary file so that it can be read twice.
public final class ContactList: Sendable {
    public enum Source: Sendable, Equatable {
        case lines
        case csvColumn(String)
    }

    public struct Entry: Sendable, Equatable {
        public var line: Int
        public var contact: ContactKey
    }

    /// Where the file is read from: its own descriptor, rewound for each pass.
    private let descriptor: Int32
    public let name: String
    public let source: Source
    /// Distinct contacts, and the lines that repeated an earlier one (line, first line).
    public let count: Int
    public let duplicates: [(line: Int, first: Int)]
    /// Contacts by fingerprint → their first line: the second pass hands out only those lines.
    /// A 64-bit fingerprint per contact, not its text, so a million contacts take a few MB.
    private let firstLines: [Int: Int]

    /// Opens and checks the whole file; throws the first malformed line.
    public init(path: String, source: Source) throws(BatchProblem) {
        if path == "-" {
            descriptor = try Self.spoolStandardInput()
            name = Message.standardInput.text()
        } else {
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else {
                throw BatchProblem(
                    message: Message.fileCannotOpen(path: path, error: SystemErrorText.text(errno: errno)).text())
            }
            descriptor = opened
            name = path
        }
        self.source = source
        var firstLines: [Int: Int] = [:]
        var duplicates: [(line: Int, first: Int)] = []
        do {
            var reader = try Self.reader(descriptor, source: source)
            while let entry = try reader.next() {
                let fingerprint = Self.fingerprint(entry.contact)
                if let first = firstLines[fingerprint] {
                    duplicates.append((entry.line, first))
                } else {
                    firstLines[fingerprint] = entry.line
                }
            }
        } catch {
            close(descriptor)
            throw error
        }
        self.firstLines = firstLines
        self.duplicates = duplicates
        count = firstLines.count
    }

    deinit { close(descriptor) }

    /// The contacts in file order, each once (at its first line).
    public func entries() throws(BatchProblem) -> Cursor {
        Cursor(reader: try Self.reader(descriptor, source: source), firstLines: firstLines)
    }

    public struct Cursor {
        fileprivate var reader: ContactListReader
        fileprivate let firstLines: [Int: Int]

        public mutating func next() throws(BatchProblem) -> Entry? {
            while let entry = try reader.next() {
                if firstLines[ContactList.fingerprint(entry.contact)] == entry.line { return entry }
            }
            return nil
        }
    }

    static func fingerprint(_ contact: ContactKey) -> Int {
        var hasher = Hasher()
        hasher.combine(contact)
        return hasher.finalize()
    }

    private static func reader(_ descriptor: Int32, source: Source) throws(BatchProblem) -> ContactListReader {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw BatchProblem(
                message: Message.contactFileCannotReadAgain(error: SystemErrorText.text(errno: errno)).text())
        }
        var reader = ContactListReader(lines: LineReader(descriptor: descriptor), column: nil)
        if case .csvColumn(let name) = source { try reader.findColumn(name) }
        return reader
    }

    static let maximumStandardInput = 1 << 30

    /// Copies standard input to a temporary file that is unlinked at once (nothing is left behind).
    private static func spoolStandardInput() throws(BatchProblem) -> Int32 {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((folder + "/np6-subs-contacts-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw BatchProblem(
                message: Message.stdinNoTemporaryFile(error: SystemErrorText.text(errno: errno)).text())
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var block = [UInt8](repeating: 0, count: 64 * 1024)
        var total = 0
        while true {
            let count = block.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { break }
            total += max(count, 0)
            // `< /dev/zero` must not fill the temporary folder: a million contacts is far less.
            guard total <= maximumStandardInput else {
                close(descriptor)
                throw BatchProblem(message: Message.stdinTooLarge.text())
            }
            if count < 0 {
                if errno == EINTR { continue }
                close(descriptor)
                throw BatchProblem(message: Message.stdinCannotRead(error: SystemErrorText.text(errno: errno)).text())
            }
            do {
                try block.withUnsafeBufferPointer { (bytes) throws(OutputError) in
                    try FileOutput(descriptor: descriptor).write(UnsafeBufferPointer(rebasing: bytes[..<count]))
                }
            } catch {
                close(descriptor)
                throw BatchProblem(message: Message.stdinCannotKeep(error: error.description).text())
            }
        }
        return descriptor
    }

    /// One line of a contact file: nil for a blank line or a comment.
    public static func parse(_ text: String) -> Result<ContactKey?, BatchProblem> {
        let line = text.trimmingWhitespace()
        if line.isEmpty || line.hasPrefix("#") { return .success(nil) }
        if let colon = line.firstIndex(of: ":") {
            let prefix = String(line[..<colon])
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            if !prefix.isEmpty, prefix.count <= 16,
                prefix.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || $0 == "-" })
            {
                let key: ContactKey
                switch prefix.lowercased() {
                case "unicity": key = .unicity(value)
                case "hash": key = .hash(value)
                case "id", "contact-id", "contact_id": key = .contactID(value)
                default:
                    let nearest = EditDistance.nearest(
                        to: prefix, among: ["unicity", "hash", "id"], allowing: { max(1, $0.count / 3) })
                    return .failure(
                        BatchProblem(
                            message:
                                Message.contactFileUnknownKind(
                                    kind: prefix + ":",
                                    hint: nearest.map { Message.contactFileDidYouMean(kind: $0 + ":").text() } ?? ""
                                ).text()
                        ))
                }
                return check(key, written: prefix + ":")
            }
        }
        return check(.unicity(line), written: "")
    }

    private static func check(_ key: ContactKey, written: String) -> Result<ContactKey?, BatchProblem> {
        if key.value.isEmpty {
            return .failure(BatchProblem(message: Message.contactFileNoValue(written: written).text()))
        }
        if key.value.unicodeScalars.contains(where: UntrustedText.isControl) {
            return .failure(BatchProblem(message: Message.contactFileControl.text()))
        }
        return .success(key)
    }
}
