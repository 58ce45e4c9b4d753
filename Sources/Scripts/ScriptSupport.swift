import Formatting
import Foundation
import Glibc
import Journal
import NP6
import Settings

/// How a subcommand ends. The codes are documented in docs/usage.md.
public enum ScriptExit: Int32, Error, Sendable {
    case ok = 0
    case apiError = 1
    case usage = 2
    case notFound = 3

    public static func code(for error: NP6Error) -> ScriptExit {
        if case .notFound = error { return .notFound }
        return .apiError
    }
}

public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
}

/// What every subcommand needs: a client, the journal, and where to write.
public struct ScriptContext: Sendable {
    public let client: NP6Client
    public let journal: DeletionJournal
    public let environment: [String: String]
    public let utcOffsetSeconds: Int

    public init(baseURL: NP6BaseURL, apiKey: APIKey, environment: [String: String]) {
        client = NP6Client(configuration: .init(baseURL: baseURL), apiKey: apiKey)
        journal = DeletionJournal(
            directory: StatePaths.directory(environment: environment), host: baseURL.displayHost,
            operatorName: DeletionJournal.currentOperator(environment: environment))
        self.environment = environment
        utcOffsetSeconds = TimeZone.current.secondsFromGMT()
    }

    /// The context for commands that only read the journal (no key needed).
    public static func journalOnly(environment: [String: String]) -> DeletionJournal {
        DeletionJournal(directory: StatePaths.directory(environment: environment), host: "", operatorName: DeletionJournal.currentOperator(environment: environment))
    }

    /// Application names by id; empty when the key may not list them (UUIDs are shown then).
    func applicationNames() async -> [String: String] {
        guard let applications = try? await client.applications() else { return [:] }
        var names: [String: String] = [:]
        for application in applications { if let name = application.name { names[application.id] = name } }
        return names
    }
}

/// Output helpers: stdout for results, stderr for messages.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("np6-subs: " + text + "\n").utf8))
    }

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Nil when the person confirmed (or `--yes` was given); otherwise how the command ends:
    /// without a terminal to ask on, a usage error; when not confirmed, nothing done.
    static func confirmation(yes: Bool, verb: String, question: String) -> ScriptExit? {
        if yes { return nil }
        guard isInteractive else {
            error("refusing to \(verb) without a terminal to confirm on; pass --yes to confirm in a script")
            return .usage
        }
        guard confirm(question) else {
            error("not confirmed; nothing was done")
            return .apiError
        }
        return nil
    }

    /// Asks on the terminal; true only if the person types exactly `yes`.
    static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data((question + " Type yes to go on: ").utf8))
        guard let answer = readLine(strippingNewline: true) else { return false }
        return answer.trimmingCharacters(in: .whitespaces) == "yes"
    }
}

/// Plain-text tables with columns measured in display cells; every cell sanitised like the screen.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let safeRows = rows.map { $0.map(UntrustedText.sanitized) }
        var widths = header.map(DisplayWidth.of)
        for row in safeRows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                text += isLast ? cell : DisplayWidth.pad(cell, width: widths[index]) + "  "
            }
            return text
        }
        return ([line(header)] + safeRows.map(line)).joined(separator: "\n")
    }
}

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
