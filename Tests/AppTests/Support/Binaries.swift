import Foundation
import Testing

/// The built executables, next to this test bundle in the build folder (`swift test` builds them).
enum Binaries {
    static var folder: URL {
        let executable = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        return executable.deletingLastPathComponent()
    }

    static func path(_ name: String) throws -> String {
        let candidate = folder.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw E2EFailure("\(name) is not built at \(candidate); run `swift build` first")
        }
        return candidate
    }
}

struct E2EFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` until it holds or the deadline passes: no blind sleeps. Between polls it
/// suspends rather than blocks, so waiting tests leave the concurrency pool's few threads (two
/// on a two-core machine) to the code under test and its timers.
func waitUntil(_ what: String, timeout: Duration = .seconds(15), _ condition: () throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try condition() { return }
        if ContinuousClock.now > deadline { throw E2EFailure("timed out waiting for \(what)") }
        try await Task.sleep(for: .milliseconds(30))
    }
}

/// The same for the few waits inside initialisers (a process printing its first line): short,
/// and blocking.
func waitUntilBlocking(_ what: String, timeout: Duration = .seconds(15), _ condition: () throws -> Bool) throws {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try condition() { return }
        if ContinuousClock.now > deadline { throw E2EFailure("timed out waiting for \(what)") }
        usleep(30_000)
    }
}
