import Foundation

/// A sandbox process plus np6-subs running against it in tmux, torn down whatever happens.
struct BrowserSession {
    let sandbox: SandboxProcess
    let tmux: TmuxSession

    /// Starts both and waits until the browser shows `readyText`.
    static func with(
        arguments: String = "--unicity foobar", columns: Int = 120, rows: Int = 40, environment: [String: String] = [:],
        readyText: String? = "2 subscriptions", sandboxArguments: [String] = [],
        prepare: (_ stateFolder: String) async throws -> Void = { _ in },
        _ body: (BrowserSession) async throws -> Void
    ) async throws {
        let sandbox = try SandboxProcess(extraArguments: sandboxArguments)
        let tmux: TmuxSession
        do {
            tmux = try TmuxSession(
                columns: columns, rows: rows,
                environment: ["NP6_API_KEY": SandboxProcess.key].merging(environment) { $1 })
        } catch {
            await sandbox.stop()
            throw error
        }
        let session = BrowserSession(sandbox: sandbox, tmux: tmux)
        do {
            try await prepare(tmux.stateFolder)
            try tmux.typeLine(
                "\(try Binaries.path("np6-subs")) --base-url \(sandbox.baseURL) \(arguments); echo \"EXITED-$?\"")
            if let readyText { try await tmux.waitFor(readyText) }
            try await body(session)
        } catch {
            tmux.close()
            await sandbox.stop()
            throw error
        }
        tmux.close()
        await sandbox.stop()
    }
}
