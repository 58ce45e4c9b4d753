import ChildProcess
import Foundation
import Testing

/// A tmux server of its own (private socket) running a shell in a fixed-size window, for driving
/// the real binary the way a person would: send keys, read the screen.
final class TmuxSession {
    let socket = "np6-e2e-\(UUID().uuidString.prefix(8))"
    let stateFolder: String

    init(columns: Int = 120, rows: Int = 40, environment: [String: String] = [:]) throws {
        stateFolder = NSTemporaryDirectory() + "np6-e2e-state-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true)
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(columns)", "-y", "\(rows)"]
        let variables = ["XDG_STATE_HOME": stateFolder, "PS1": "$ ", "LANG": "C.UTF-8", "TERM": "screen"].merging(
            environment
        ) { $1 }
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments += ["sh"]
        try run(arguments)
        // Any prompt at all ("$ ", or "# " for root) means the shell is ready for input.
        try waitUntilBlocking("the shell prompt") {
            !(try capture().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        }
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let result = try ChildProcess.runBlocking(["tmux", "-u", "-L", socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw E2EFailure("tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    /// Types a shell command line and presses Enter.
    func typeLine(_ line: String) throws {
        try run(["send-keys", "-t", "e2e", "-l", line])
        try run(["send-keys", "-t", "e2e", "Enter"])
    }

    /// Sends tmux key names (`Escape`, `Enter`, `C-c`, `Down`) or, with `literal`, text.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", "e2e"] + (literal ? ["-l"] : []) + keys)
    }

    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"])
    }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(20)) async throws -> String {
        try await waitForScreen("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitForAbsence(_ text: String, timeout: Duration = .seconds(20)) async throws -> String {
        try await waitForScreen("\"\(text)\" to go", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls the screen until `condition` holds; the error shows the last screen seen.
    func waitForScreen(_ what: String, timeout: Duration = .seconds(20), _ condition: (String) -> Bool) async throws
        -> String
    {
        var screen = ""
        do {
            try await waitUntil(what, timeout: timeout) {
                screen = try capture()
                return condition(screen)
            }
        } catch {
            throw E2EFailure("\(error)\n--- screen ---\n\(screen)")
        }
        return screen
    }

    func close() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: stateFolder)
    }

    /// After the program ended: the shell takes input and echoes it, as a usable terminal does.
    func expectShellUsable(marker: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try typeLine("echo \(marker)")
        let screen = try await waitFor("\n\(marker)")
        #expect(screen.contains("echo \(marker)"), "input is echoed again", sourceLocation: sourceLocation)
    }
}
