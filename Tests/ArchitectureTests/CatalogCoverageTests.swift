import Foundation
import TestTags
import Testing

/// Every word a person reads comes from the catalog (Sources/Localization), so French never meets
/// an English sentence: a string literal of prose (two lower-case words or more) anywhere in
/// Sources is a defect, unless it is one of the kinds below that are no one's words to translate.
/// Machine formats, API field names, commands and the query language's words are not prose by
/// this measure.
@Suite("The catalog: no English prose outside it", .tags(.unit))
struct CatalogCoverageTests {
    /// Targets with no words of the program's: the catalog itself, the sandbox (it answers as
    /// NP6 does, in English) and the benchmark.
    static let outside = [
        "Sources/Localization/", "Sources/NP6Sandbox/", "Sources/np6-sandbox/", "Sources/np6-bench/",
        "Sources/DemoServer/",
    ]

    /// Files whose literals are protocol or machine text, each with why.
    static let machineFiles: [String: String] = [
        // Lines for scripts/bench-screen to parse, never shown to a person.
        "Sources/App/Loop/FrameTrace.swift": "the frame trace's lines",
        // Why a server's JSON could not be read: quoted after a translated sentence (NP6Error).
        "Sources/NP6/JSON/JSONParser.swift": "the JSON parser's diagnostics",
        "Sources/NP6/Models/Subscription.swift": "the shape a subscription must have, quoted in NP6Error",
        "Sources/NP6/Models/NotifiableApplication.swift": "the shape an application must have, quoted in NP6Error",
        "Sources/NP6/Client/RetryPolicy.swift": "HTTP date formats",
        "Sources/NP6/Support/UntrustedText.swift": "HTML markers",
        // Kept in English inside the error, which the journal records (as NP6Error keeps every reason).
        "Sources/NP6/Client/AsyncHTTPClientTransport.swift": "a proxy's refusals and the system's own words",
        "Sources/NP6/Client/NP6Client.swift": "a redirect's problem, recorded with its request",
        "Sources/NP6/Client/ProxyProbe.swift": "a CONNECT's own answer",
        // Parsed by scripts and checked by scripts/verify-release.
        "Sources/Essentials/BuildStamp.swift": "--version",
        // The YAML file config init writes: keys and their comments stay as the docs name them.
        "Sources/Settings/Profiles/ConfigTemplate.swift": "the config file's template",
        // The audit trail's failures, recorded in English as the journal records every reason (a
        // not-sent outcome, the collector's file); the sentence around them is the catalog's.
        "Sources/AuditTrail/Delivery/AuditLedger.swift": "the spool's failures, recorded with the event",
        "Sources/AuditTrail/Delivery/SyslogSender.swift": "the collector's refusals, recorded in the not-sent outcome",
        "Sources/AuditTrail/Reading/CollectedTrail.swift": "the system's words for a file that cannot be opened",
        "Sources/AuditTrail/Syslog/SyslogReader.swift": "RFC 5424's own syntax",
        "Sources/Essentials/DurableFile.swift": "the system's words, quoted in the spool's failure",
        "Sources/Journal/DeletionJournal+Audit.swift": "the not-sent outcome and delivery reasons the journal records",
    ]

    /// Literals that are recorded (the journal, run files, JSON lines), raw values or commands.
    static let machineLiterals: Set<String> = [
        // Values of the journal and the batch's files: JournalResult, BatchOutcome, LookupKind and
        // ContactKey raw values (their words for a person are in the catalog).
        "not sent", "already gone", "nothing to delete", "not started", "done before", "contact id",
        "subscription id",
        // Who settled an unknown outcome, and why a batch's contact failed, as the journal and the
        // JSON lines record them.
        "the browser's journal", "a re-check in the browser", "a re-check by np6-subs delete",
        "a re-check by np6-subs delete --resume", "rate-limited five times in a row",
        "abandoned (Ctrl-C) while the request was in flight", "holds another contact's subscriptions",
        // The audit log's failures, which the journal records as an intent's outcome (the journal's
        // own failures are in the catalog).
        "its reader has gone", "not sent: the audit log \\(auditLog) did not take the intent (\\(error.description))",
        "no program reads the audit log \\(auditLog) (a FIFO without a reader)",
        "cannot open the audit log \\(auditLog): \\(SystemErrorText.text(errno: errno))",
        "its reader took nothing for \\(Int(auditLogPatience.components.seconds)) s",
        "cannot write \\(auditLog): \\(reason)", "cannot sync \\(auditLog): \\(SystemErrorText.text(errno: errno))",
        "cannot encode a journal line: \\(error)",
        // A batch contact's error as its JSON line and the run file record it.
        "the plan's fetch failed: \\(error)", "the re-check failed: \\((error as? NP6Error)?.message ?? ",
        // The debug log's first line (a multi-line literal of logger.info).
        " through the proxy \\($0.display) (\\($0.origin))",
        // mdoc.
        ".Bd -literal -offset indent",
    ]

    /// `"…word word…"` and the lines of a `"""` literal, outside comments and log lines, their
    /// interpolations and commands left out.
    static func prose(in text: String) -> [String] {
        var found: [String] = []
        // Inside a multi-line literal: nil outside; whether it belongs to a log line otherwise.
        var block: Bool?
        var previous = ""
        for line in text.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.components(separatedBy: "\"\"\"").count == 2 {
                block = block == nil ? (code.contains("logger.") || previous.contains("logger.")) : nil
                previous = code
                continue
            }
            previous = code
            if let isLog = block {
                if !isLog, isProse(code) { found.append(code) }
                continue
            }
            // The debug log (--log-file) is English by design, for whoever reads a bug report.
            if code.hasPrefix("//") || code.contains("logger.") { continue }
            for literal in code.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            where literal.offset % 2 == 1 {
                let text = String(literal.element)
                let command = ["np6-subs ", "`np6-subs", "chmod ", "chown "].contains { text.hasPrefix($0) }
                if machineLiterals.contains(text) || command {
                    continue
                }
                if isProse(text) { found.append(text) }
            }
        }
        return found
    }

    /// Two lower-case words in a row, interpolations and `commands` left out (not words to translate).
    static func isProse(_ text: String) -> Bool {
        let words = text.replacing(/\\\([^)]*\)/, with: " ").replacing(/`[^`]*`/, with: " ")
        return words.contains(/[a-z]{2,} [a-z]{2,}/)
    }

    static func checkedFiles() -> [URL] {
        ArchitectureTests.swiftFiles(under: "Sources").filter { file in
            let path = String(file.path.dropFirst(ArchitectureTests.root.path.count + 1))
            return !outside.contains { path.hasPrefix($0) } && machineFiles[path] == nil
        }
    }

    @Test("no English prose in any source file outside the catalog")
    func noProseOutsideTheCatalog() async throws {
        let files = Self.checkedFiles()
        #expect(files.count > 200, "the scan reads the sources (\(files.count))")
        for file in files {
            // A long scan gives the other tests' tasks a turn (the client tests have deadlines).
            await Task.yield()
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(Self.prose(in: text).isEmpty, "\(file.lastPathComponent): \(Self.prose(in: text))")
        }
    }

    @Test("each file said to hold machine text exists")
    func machineFilesExist() {
        for path in Self.machineFiles.keys {
            #expect(FileManager.default.fileExists(atPath: ArchitectureTests.root.appendingPathComponent(path).path))
        }
    }

    @Test("the measure finds prose, and leaves formats, commands, logs and interpolations alone")
    func measure() {
        #expect(Self.prose(in: #"let a = "Delete this subscription?""#) == ["Delete this subscription?"])
        #expect(Self.prose(in: #"let b = "\(kind.rawValue) \(value)" + "ID""#).isEmpty)
        #expect(Self.prose(in: #"// "a comment with words""#).isEmpty)
        #expect(Self.prose(in: #"let c = "`np6-subs config init`""#).isEmpty)
        #expect(Self.prose(in: #"logger.info("switching to profile \(name)")"#).isEmpty)
        #expect(Self.prose(in: #"case notSent = "not sent""#).isEmpty)
        #expect(Self.prose(in: #"return "cannot read the file""#) == ["cannot read the file"])
        let block = "return \"\"\"\n    a sentence of two \\\n    lines\n    \"\"\""
        #expect(Self.prose(in: block) == ["a sentence of two \\"])
        #expect(Self.prose(in: "logger.info(\n    \"\"\"\n    starting against it\n    \"\"\"\n)").isEmpty)
    }
}
