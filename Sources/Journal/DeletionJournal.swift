import AuditTrail
import Essentials
import FoundationEssentials
import Glibc
import Localization
import NP6
import StateFolder
import Synchronization

/// The write-ahead journal of every delete and re-creation: a JSON Lines file in the state folder.
/// Before a request is sent, an intent line (with the full raw JSON of every subscription the
/// request will remove) is appended and fsynced; after the answer, an outcome line. An intent
/// without an outcome is a request whose outcome is unknown (the program died in between).
public final class DeletionJournal: Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// The journal is fine: the team's audit collector did not take the intent, and the
        /// profile requires it (the description says which collector and why).
        public var refusedByAudit = false

        /// Why the write was not sent, as a sentence's middle: the collector's refusal as it is,
        /// anything else as the journal's failure.
        public var refusal: String {
            refusedByAudit ? description : Message.cannotWriteJournal(error: description).text()
        }
    }

    public let path: String
    /// A file the team shares (`--audit-log`, `NP6_AUDIT_LOG`): every line is appended there too.
    public let auditLog: String?
    /// The host it records requests against (the browser's `J` offers undo only for its entries).
    public let host: String
    /// The config profile requests go through, if one is in use: recorded in every intent, so
    /// `journal --profile` can filter and `restore` can refuse another profile's entry.
    public let profile: String?
    let operatorName: String
    /// The team's collector (`audit:` in the config): every intent and outcome is delivered there too.
    public let audit: AuditTrail?
    /// Told when an event could not be delivered and waits in the spool (`required: false`, or an
    /// outcome), in the program's language.
    let auditNotice: @Sendable (String) -> Void
    /// Each open entry's intent, as its outcome event repeats it.
    let auditRecords = Mutex<[String: AuditRecord]>([:])

    public init(
        directory: String, host: String, operatorName: String, auditLog: String? = nil, profile: String? = nil,
        audit: AuditTrail? = nil, auditNotice: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        path = directory + "/journal.jsonl"
        self.host = host
        self.profile = profile
        self.operatorName = operatorName
        self.auditLog = auditLog
        self.audit = audit
        self.auditNotice = auditNotice
    }

    /// `$USER`, else the account's name.
    public static func currentOperator(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let user = environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }

    /// Appends and fsyncs the intent; returns the new entry's id. A failure here must stop the request.
    /// `contact` is the key the person looked up, if any (else the subscriptions name it);
    /// `reason` is why, e.g. a ticket number.
    public func recordIntent(
        operation: JournalOperation, requests: [String], subscriptions: [JSONValue], contact: ContactKey? = nil,
        reason: String? = nil,
        restoring: String? = nil, run: String? = nil
    ) async throws(Failure) -> String {
        try await recordIntent(
            operation: operation, requests: requests,
            subscriptionBytes: subscriptions.map { $0.serializedBytes()[...] },
            subscriptionIDs: subscriptions.compactMap { try? Subscription(json: $0).id },
            contact: JournalContact(key: contact, subscriptions: subscriptions), reason: reason, restoring: restoring,
            run: run)
    }

    /// The same for subscriptions as the server sent them: their bytes go into the line as they
    /// are, never through a tree (a 500,000-subscription contact's intent is 235 MB of them).
    public func recordIntent(
        operation: JournalOperation, requests: [String], fetched subscriptions: [Subscription],
        contact: ContactKey? = nil,
        reason: String? = nil,
        restoring: String? = nil, run: String? = nil
    ) async throws(Failure) -> String {
        try await recordIntent(
            operation: operation, requests: requests, subscriptionBytes: subscriptions.map(\.jsonBytes),
            subscriptionIDs: subscriptions.map(\.id),
            contact: JournalContact(key: contact, subscriptions: subscriptions), reason: reason, restoring: restoring,
            run: run)
    }

    private func recordIntent(
        operation: JournalOperation, requests: [String], subscriptionBytes: [ArraySlice<UInt8>],
        subscriptionIDs: [String], contact: JournalContact?, reason: String?, restoring: String?, run: String?
    ) async throws(Failure) -> String {
        let id = UUID().uuidString.lowercased()
        let time = Self.now()
        var object = JSONObject([
            "kind": .string("intent"), "entry": .string(id), "time": .string(time),
            "operator": .string(operatorName),
            "host": .string(host), "operation": .string(operation.text),
            "requests": .array(requests.map(JSONValue.string)),
        ])
        if let contact { object["contact"] = contact.json }
        if let reason = reason?.trimmingWhitespace(), !reason.isEmpty { object["reason"] = .string(reason) }
        if let profile { object["profile"] = .string(profile) }
        if let restoring { object["restores"] = .string(restoring) }
        // A batch (`delete --from-file`) ties its entries together; `restore --run` and `--resume` find them by it.
        if let run { object["run"] = .string(run) }
        let line = JSONValue.serializedBytes(of: object, appendingArray: "subscriptions", elements: subscriptionBytes)
        try append(line: line, sync: true, intent: id)
        if audit != nil {
            let record = AuditRecord(
                phase: .intent, entry: id, run: run, time: time, operatorName: operatorName, profile: profile,
                host: host, operation: operation.text, contactKind: contact?.kind.text, contact: contact?.value,
                subscriptionIDs: subscriptionIDs, requests: requests,
                reason: reason.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }, restores: restoring,
                subscriptionsJSON: subscriptionBytes.map { Array($0) })
            try await auditIntent(record)
        }
        return id
    }

    /// `results`, for an entry of several requests: what each one's answer was.
    public func recordOutcome(
        entry: String, status: Int?, result: JournalResult, error: String?, duration: Duration,
        results: [JournalRequestResult] = [],
        durable: Bool = true
    ) async throws(Failure) {
        let line = OutcomeLine(
            entry: entry, time: Self.now(), status: status, result: result, error: error,
            milliseconds: Int((duration.seconds * 1000).rounded()), results: results.isEmpty ? nil : results)
        try append(encoded: line, sync: durable)
        await auditOutcome(line)
    }

    /// Settles an entry whose outcome was unknown: `result` is what a later check found
    /// (`done`, `failed`) or `restored`; `by` says which check.
    public func recordSettlement(entry: String, result: JournalResult, by: String) throws(Failure) {
        try append(encoded: SettlementLine(entry: entry, time: Self.now(), result: result, by: by))
    }

    /// All entries, newest first. A partly written last line (a crash mid-write) is skipped.
    public func entries() throws(Failure) -> [JournalEntry] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        // A journal someone else could have written would offer their entries to restore.
        let directory = path.parentFolder
        if let problem = PathTrust.problem(directory, what: Message.trustStateFolder.text()) {
            throw Failure(description: Message.journalFailureTrust(problem: problem).text())
        }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw Failure(description: Message.journalFailureLink(path: path).text())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: Message.journalFailureRead(path: path).text())
        }
        return Self.entries(in: Array(data))
    }

    /// The entries a journal file's bytes hold, newest first: intents paired with their outcome
    /// and settlement lines. A line that is not a JSON object of a known kind, or lacks a field
    /// its kind requires (a torn last line, garbage), is skipped: nothing is filled in for it.
    public static func entries(in data: [UInt8]) -> [JournalEntry] {
        var intents: [JournalEntry] = []
        var outcomes: [String: JournalEntry.Outcome] = [:]
        var settlements: [String: JournalEntry.Settlement] = [:]
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let json = try? JSONParser.parse(Array(line)), let kind = json["kind"]?.stringValue,
                let entry = json["entry"]?.stringValue
            else { continue }
            switch kind {
            case "intent":
                if let intent = intent(entry: entry, json: json) { intents.append(intent) }
            case "outcome":
                guard var outcome = try? decoder.decode(JournalEntry.Outcome.self, from: Data(line)) else { continue }
                outcome.raw = json
                outcomes[entry] = outcome
            case "settled":
                settlements[entry] = try? decoder.decode(JournalEntry.Settlement.self, from: Data(line))
            default:
                continue
            }
        }
        return intents.reversed().map { intent in
            var entry = intent
            entry.outcome = outcomes[intent.id]
            entry.settlement = settlements[intent.id]
            return entry
        }
    }

    /// An intent line, read by hand: its subscriptions stay the server's JSON as written (member
    /// order, each number's literal text), which a Codable decode would re-type; a restore
    /// re-creates them from it.
    static func intent(entry: String, json: JSONValue) -> JournalEntry? {
        guard let time = json["time"]?.stringValue, let operatorName = json["operator"]?.stringValue,
            let host = json["host"]?.stringValue, let operation = json["operation"]?.stringValue
        else { return nil }
        let subscriptions = json["subscriptions"]?.arrayValue ?? []
        let contact = JournalContact(json: json["contact"])
        return JournalEntry(
            id: entry, time: time, operatorName: operatorName, host: host, profile: json["profile"]?.stringValue,
            operation: JournalOperation(text: operation),
            requests: (json["requests"]?.arrayValue ?? []).compactMap(\.stringValue),
            subscriptions: subscriptions, contact: contact ?? JournalContact(key: nil, subscriptions: subscriptions),
            reason: json["reason"]?.stringValue, restores: json["restores"]?.stringValue, run: json["run"]?.stringValue,
            outcome: nil,
            settlement: nil, raw: json)
    }

    /// An outcome line as written: `status` and `error` are null when there is none.
    struct OutcomeLine: Encodable {
        let kind = "outcome"
        let entry: String
        let time: String
        let status: Int?
        let result: JournalResult
        let error: String?
        let milliseconds: Int
        let results: [JournalRequestResult]?

        enum CodingKeys: String, CodingKey {
            case kind, entry, time, status, result, error, milliseconds, results
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(entry, forKey: .entry)
            try container.encode(time, forKey: .time)
            try container.encode(status, forKey: .status)
            try container.encode(result, forKey: .result)
            try container.encode(error, forKey: .error)
            try container.encode(milliseconds, forKey: .milliseconds)
            try container.encodeIfPresent(results, forKey: .results)
        }
    }

    struct SettlementLine: Encodable {
        let kind = "settled"
        let entry: String
        let time: String
        let result: JournalResult
        let by: String
    }

    func append(encoded line: some Encodable, sync: Bool = true) throws(Failure) {
        try append(line: Array(try Self.encodedLine(line).utf8), sync: sync)
    }

    static func encodedLine(_ line: some Encodable) throws(Failure) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do { return String(decoding: try encoder.encode(line), as: UTF8.self) } catch {
            throw Failure(description: "cannot encode a journal line: \(error)")
        }
    }

    /// Writes a line to the journal, then to the audit log: a write that cannot be recorded in
    /// both is not sent. `intent` is the entry an intent line opens. Bytes, not a String: an
    /// intent can be 235 MB, and each conversion would copy it.
    private func append(line text: [UInt8], sync: Bool, intent: String? = nil) throws(Failure) {
        let directory = path.parentFolder
        do { try StatePaths.ensureDirectory(directory) } catch {
            throw Failure(description: Message.journalFailureTrust(problem: error.description).text())
        }
        var line = text
        line.append(UInt8(ascii: "\n"))
        try Self.append(line, to: path, mode: 0o600, private: true, sync: sync)
        guard let auditLog else { return }
        do { try Self.appendToAuditLog(line, at: auditLog) } catch {
            let failure = Failure(description: Message.journalFailureAudit(error: error.description).text())
            // An intent the audit log did not take is not sent: the journal says exactly that,
            // rather than leaving an intent whose outcome looks unknown.
            if let intent {
                let notSent = OutcomeLine(
                    entry: intent, time: Self.now(), status: nil, result: .notSent,
                    error: "not sent: the audit log \(auditLog) did not take the intent (\(error.description))",
                    milliseconds: 0, results: nil)
                try? Self.append(
                    Array((Self.encodedLine(notSent) + "\n").utf8), to: path, mode: 0o600, private: true, sync: true)
            }
            throw failure
        }
    }

    /// How long a write waits for an audit log's reader (a pipe, a FIFO) to take a line.
    static let auditLogPatience: Duration = .seconds(5)

    /// Opens the audit log for writing only and without blocking: a FIFO with no reader is an
    /// error at once (it used to hang), and a pipe whose reader died is EPIPE, not a line lost in
    /// a buffer only np6-subs read (`O_RDWR` made it one of the readers).
    static func openAuditLog(_ auditLog: String) throws(Failure) -> Int32 {
        let descriptor = open(auditLog, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o640)
        guard descriptor >= 0 else {
            if errno == ENXIO {
                throw Failure(description: "no program reads the audit log \(auditLog) (a FIFO without a reader)")
            }
            throw Failure(description: "cannot open the audit log \(auditLog): \(SystemErrorText.text(errno: errno))")
        }
        return descriptor
    }

    private static func appendToAuditLog(_ line: [UInt8], at auditLog: String) throws(Failure) {
        let descriptor = try openAuditLog(auditLog)
        defer { close(descriptor) }
        let output = FileOutput(descriptor: descriptor)
        do {
            try line.withUnsafeBufferPointer { (bytes) throws(OutputError) in
                try output.write(bytes, waitingAtMost: auditLogPatience)
            }
        } catch {
            let reason =
                switch error.code {
                case EPIPE: "its reader has gone"
                case ETIMEDOUT: "its reader took nothing for \(Int(auditLogPatience.components.seconds)) s"
                default: error.description
                }
            throw Failure(description: "cannot write \(auditLog): \(reason)")
        }
        // A file is synced; a pipe or a FIFO cannot be.
        guard fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS else {
            throw Failure(description: "cannot sync \(auditLog): \(SystemErrorText.text(errno: errno))")
        }
    }

    /// Checks at start-up that the audit log can be opened for appending (nothing is written).
    public func checkAuditLog() throws(Failure) {
        guard let auditLog else { return }
        close(try Self.openAuditLog(auditLog))
    }

    /// Appends one line and syncs it. The journal is private (0600); the audit log is shared, and
    /// may be a pipe (`--audit-log >(logger -t np6-subs)`), which cannot be synced.
    private static func append(
        _ line: [UInt8], to path: String, mode: mode_t, private isPrivate: Bool, sync: Bool = true
    ) throws(Failure) {
        // The journal is never reached through a link (one planted in the folder would send the
        // record elsewhere); the audit log may be one (`/dev/stdout`, a link to a shared file).
        let follow = isPrivate ? O_NOFOLLOW : 0
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | follow, mode)
        let writeOnly =
            descriptor < 0 && errno == EACCES ? open(path, O_WRONLY | O_APPEND | O_CLOEXEC | follow) : descriptor
        guard writeOnly >= 0 else {
            if errno == ELOOP {
                throw Failure(description: Message.journalFailureLink(path: path).text())
            }
            throw Failure(
                description: Message.fileCannotOpen(path: path, error: SystemErrorText.text(errno: errno)).text())
        }
        defer { close(writeOnly) }
        if isPrivate { fchmod(writeOnly, 0o600) }
        // After a crash mid-write the file may end inside a line: start on a fresh one.
        var freshLine = false
        let size = lseek(writeOnly, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0
            if pread(writeOnly, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") { freshLine = true }
        }
        let output = FileOutput(descriptor: writeOnly)
        do {
            if freshLine { try output.write("\n") }
            try line.withUnsafeBufferPointer { (bytes) throws(OutputError) in try output.write(bytes) }
        } catch {
            throw Failure(description: Message.journalFailureWrite(path: path, error: error.description).text())
        }
        guard !sync || fsync(writeOnly) == 0 || errno == EINVAL || errno == EROFS else {
            throw Failure(
                description: Message.journalFailureSync(path: path, error: SystemErrorText.text(errno: errno)).text())
        }
    }

    static func now() -> String {
        ISO8601Timestamp(secondsSince1970: Date().timeIntervalSince1970).iso8601String
    }
}
