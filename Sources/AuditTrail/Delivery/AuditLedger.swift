import Essentials
import FoundationEssentials
import Glibc
import NP6

/// This machine's side of the audit trail for one collector, in the state folder's
/// `audit/<transport>-<host>-<port>/` (each collector its own chain, so each collected file
/// verifies on its own): the chain's position
/// (`chain.json`: its id, the last sequence number and hash) and the spool of events the collector
/// has not acknowledged (`spool/`, one message a file, named by sequence number). Sealing holds
/// `lock` (flock), so two np6-subs of one operator number their events one after the other.
public struct AuditLedger: Sendable {
    public let directory: String
    /// `tls://collector.example.com:6514`.
    public let collectorName: String

    public init(stateDirectory: String, collector: AuditCollector) {
        let host = String(
            collector.host.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
                    ? Character(scalar) : "_"
            })
        self.init(
            directory: stateDirectory + "/audit/\(collector.transport.rawValue)-\(host)-\(collector.port)",
            collectorName: collector.display)
    }

    init(directory: String, collectorName: String) {
        self.directory = directory
        self.collectorName = collectorName
    }

    /// Every collector's ledger the state folder holds (`audit status`), by name.
    public static func all(stateDirectory: String) -> [AuditLedger] {
        let root = stateDirectory + "/audit"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        return names.sorted().compactMap { name in
            guard let first = name.firstIndex(of: "-"), let last = name.lastIndex(of: "-"), first < last else {
                return nil
            }
            let host = name[name.index(after: first)..<last]
            return AuditLedger(
                directory: root + "/" + name,
                collectorName:
                    "\(name[..<first])://\(host.contains(":") ? "[\(host)]" : String(host))"
                    + ":\(name[name.index(after: last)...])"
            )
        }
    }

    var spoolDirectory: String { directory + "/spool" }
    var chainPath: String { directory + "/chain.json" }

    /// Numbers `record` in the chain, writes it to the spool (synced) and moves the chain on:
    /// once this returns, the event exists on disk until the collector has it.
    public func seal(_ record: AuditRecord, machine: String) throws(AuditFailure) -> PendingEvent {
        try ensureFolders()
        return try locked { () throws(AuditFailure) -> PendingEvent in
            let position = try readPosition()
            let event = AuditEvent.sealing(
                record, eventID: UUID().uuidString.lowercased(), chain: position.chain,
                sequence: position.sequence + 1, previous: position.hash, machine: machine)
            let message = event.message(hostname: machine, processID: getpid())
            let path = spoolDirectory + "/" + Self.fileName(sequence: position.sequence + 1, event: event.eventID)
            do throws(DurableFile.Failure) {
                try DurableFile.write(Array((message.encoded + "\n").utf8), to: path)
                let next = JSONObject([
                    "chain": .string(position.chain), "seq": .string(String(position.sequence + 1)),
                    "hash": .string(event.recordedHash),
                ])
                try DurableFile.write(JSONValue.object(next).serializedBytes(), to: chainPath)
            } catch {
                unlink(path)
                throw AuditFailure("cannot write the audit spool: \(error.description)")
            }
            return PendingEvent(path: path, message: message, event: event)
        }
    }

    /// A message outside the chain (`doctor`'s test event): not numbered, not spooled.
    public static func testMessage(operatorName: String, machine: String, time: String) -> SyslogMessage {
        let event = AuditEvent(parameters: [
            SyslogParameter("v", "1"), SyslogParameter("event", UUID().uuidString.lowercased()),
            SyslogParameter("phase", AuditPhase.test.rawValue), SyslogParameter("time", time),
            SyslogParameter("operator", UntrustedText.sanitized(operatorName)), SyslogParameter("machine", machine),
        ])
        return event.message(hostname: machine, processID: getpid())
    }

    /// The spool's events, oldest first. A file that does not read as an event (a torn write) is
    /// skipped and left where it is.
    public func pending() -> [PendingEvent] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: spoolDirectory) else { return [] }
        return names.filter { $0.hasSuffix(".syslog") }.sorted().compactMap { name in
            let path = spoolDirectory + "/" + name
            guard let bytes = try? BoundedFile.read(path, limit: 1 << 20),
                let message = SyslogMessage.parse(Substring(String(decoding: bytes, as: UTF8.self))),
                let element = message.element(AuditEvent.elementID), let event = AuditEvent(element: element)
            else { return nil }
            return PendingEvent(path: path, message: message, event: event)
        }
    }

    /// The collector has it: out of the spool.
    public func remove(_ event: PendingEvent) {
        unlink(event.path)
        DurableFile.syncFolder(of: event.path)
    }

    /// Holds the ledger's lock around `work`, so no other np6-subs of this state folder seals or
    /// sends meanwhile.
    private func locked<Value>(_ work: () throws(AuditFailure) -> Value) throws(AuditFailure) -> Value {
        try ensureFolders()
        let descriptor = open(directory + "/lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw AuditFailure("cannot open \(directory)/lock: \(SystemErrorText.text(errno: errno))")
        }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw AuditFailure("cannot lock \(directory)/lock: \(SystemErrorText.text(errno: errno))")
        }
        return try work()
    }

    /// `000000000042-<event>.syslog`: the name sorts as the chain goes.
    static func fileName(sequence: Int, event: String) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, 12 - digits.count)) + digits + "-" + event + ".syslog"
    }

    private struct Position {
        var chain: String
        var sequence: Int
        var hash: String
    }

    /// Where the chain stands; a new chain (a fresh id, nothing before it) when there is none yet.
    /// One that cannot be read is an error: starting another chain would hide what came before.
    private func readPosition() throws(AuditFailure) -> Position {
        guard access(chainPath, F_OK) == 0 else {
            return Position(chain: UUID().uuidString.lowercased(), sequence: 0, hash: AuditEvent.genesis)
        }
        if let bytes = try? BoundedFile.read(chainPath, limit: 4096), let json = try? JSONParser.parse(bytes),
            let chain = json["chain"]?.stringValue, let sequence = json["seq"]?.stringValue.flatMap({ Int($0) }),
            let hash = json["hash"]?.stringValue
        {
            return Position(chain: chain, sequence: sequence, hash: hash)
        }
        throw AuditFailure("cannot read the audit chain's position in \(chainPath)")
    }

    private func ensureFolders() throws(AuditFailure) {
        let root = String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)])
        for folder in [root, directory, spoolDirectory] {
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
                throw AuditFailure("cannot create \(folder): \(SystemErrorText.text(errno: errno))")
            }
        }
    }
}
