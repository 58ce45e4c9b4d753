import Foundation
import Settings
import TestTags
import Testing

/// What a child process reads on its standard input (the pager's JSON, the clipboard's token):
/// every byte, and no crash when the child ends without reading them. Through a pipe,
/// swift-subprocess 1.0.2 trapped in that case, now and then: the browser died when `$PAGER`
/// did not exist. Many runs, so that the race would be lost at least once.
@Suite("Child input: every byte, and a child that reads none", .tags(.endToEnd), .notInFastRun)
struct ChildInputTests {
    /// Large enough not to fit a pipe's buffer, so that a writer would still be writing when the
    /// child ends.
    static let input = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "np6-child-input-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a pager gets the bytes exactly; one that exits unread, or is not found, is an error line, 50 times over")
    func pager() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/got"
        #expect(await PagerProcess.run("cat > '\(copy)'", input: Self.input) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(Self.input))
        for _ in 0..<50 {
            let exited = await PagerProcess.run("exit 3", input: Self.input)
            #expect(exited?.contains("3") == true)
            let missing = await PagerProcess.run("/nonexistent/pager", input: Self.input)
            #expect(missing?.contains("/nonexistent/pager") == true)
        }
    }

    /// less survives Ctrl-C, but the `sh -c` that waits for it dies of it once less ends.
    @Test("a pager ended by the person's Ctrl-C or Ctrl-\\ is no error; one ended by SIGTERM is")
    func interrupted() async {
        #expect(await PagerProcess.run("kill -INT $$", input: Self.input) == nil)
        #expect(await PagerProcess.run("kill -QUIT $$", input: Self.input) == nil)
        let terminated = await PagerProcess.run("kill -TERM $$", input: Self.input)
        #expect(terminated?.contains("15") == true)
    }

    @Test("a bounded process reads the bytes whole; one that exits unread just finishes, 50 times over")
    func bounded() async throws {
        let echoed = try await BoundedProcess.run(
            "sh", arguments: ["-c", "wc -c"], input: Self.input, timeout: .seconds(60))
        guard case .finished(code: 0, let output, _) = echoed else {
            Issue.record("wc did not finish: \(echoed)")
            return
        }
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(Self.input.count)")
        for _ in 0..<50 {
            let outcome = try await BoundedProcess.run(
                "sh", arguments: ["-c", "exit 4"], input: Self.input, timeout: .seconds(60))
            #expect(outcome == .finished(code: 4, output: "", errors: ""))
        }
    }
}
