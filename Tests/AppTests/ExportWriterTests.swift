import Browser
import BrowserTestSupport
import ChildProcess
import Formatting
import Foundation
import Glibc
import NP6
import TestTags
import Testing

@testable import App

/// `E`'s file: what list --format writes, never over a file without asking, and a full disk that
/// leaves the old file whole and says why.
@Suite("Export: the file E writes", .serialized, .tags(.unit))
struct ExportWriterTests {
    /// Whether this process may mount (CAP_SYS_ADMIN, bit 21 of the effective capabilities).
    static let canMount: Bool = {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("CapEff:") }),
            let mask = UInt64(line.dropFirst("CapEff:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << 21) != 0
    }()

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "np6-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func job(_ path: String, overwrite: Bool = false) -> ExportJob {
        ExportJob(
            path: path, format: ExportJob.format(of: path)!, subscriptions: BrowserFixtures.fifteen,
            applicationNames: [BrowserFixtures.shopID: "Shop"], overwrite: overwrite)
    }

    @Test("CSV and JSON as list --format writes them; an existing file is left alone until overwrite")
    func writes() throws {
        let folder = try Self.folder()
        let csv = folder + "/rows.csv"
        #expect(ExportWriter.write(Self.job(csv), timeZone: .utc) == .written(rows: 15, path: csv))
        let written = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(
            written
                == SubscriptionRow.csv(BrowserFixtures.fifteen, names: [BrowserFixtures.shopID: "Shop"], timeZone: .utc)
        )
        #expect(written.hasPrefix("id,provider,application,token,created,modified,contact_id,unicity,hash\r\n"))
        var info = stat()
        #expect(stat(csv, &info) == 0 && info.st_mode & 0o777 == 0o600, "tokens: the owner's alone")
        #expect(ExportWriter.write(Self.job(csv), timeZone: .utc) == .exists(path: csv))
        #expect(ExportWriter.write(Self.job(csv, overwrite: true), timeZone: .utc) == .written(rows: 15, path: csv))
        let json = folder + "/rows.json"
        #expect(ExportWriter.write(Self.job(json), timeZone: .utc) == .written(rows: 15, path: json))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: json))
        let parsed = try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]]
        #expect(parsed?.count == 15)
        #expect(parsed?.first?["id"] as? String == BrowserFixtures.fifteen[0].id)
    }

    @Test("a folder that is not there is a failure that says so, not a crash")
    func missingFolder() {
        let path = "/nonexistent-np6/rows.csv"
        guard case .failed(let failedPath, let message) = ExportWriter.write(Self.job(path), timeZone: .utc) else {
            Issue.record("it wrote")
            return
        }
        #expect(failedPath == path)
        #expect(message == "No such file or directory")
    }

    @Test(
        "a full disk: the export fails with ENOSPC's words, leaves no part file, and the old file whole",
        .enabled(if: canMount, "mounts a tiny tmpfs, which needs CAP_SYS_ADMIN (CI runs as root)"))
    func fullDisk() async throws {
        let mountPoint = try Self.folder()
        let mounted = try await ChildProcess.run(
            ["mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", mountPoint],
            environment: ProcessInfo.processInfo.environment)
        try #require(mounted.status == 0, "mount: \(mounted.output)")
        defer {
            _ = try? ChildProcess.runBlocking(["umount", mountPoint], environment: ProcessInfo.processInfo.environment)
        }
        let old = mountPoint + "/rows.csv"
        try "the old export\n".write(toFile: old, atomically: false, encoding: .utf8)
        // Fill what is left.
        _ = try await ChildProcess.run(
            ["dd", "if=/dev/zero", "of=\(mountPoint)/filler", "bs=1k", "count=64"],
            environment: ProcessInfo.processInfo.environment)
        let outcome = ExportWriter.write(Self.job(old, overwrite: true), timeZone: .utc)
        #expect(outcome == .failed(path: old, message: "No space left on device"))
        #expect(try String(contentsOfFile: old, encoding: .utf8) == "the old export\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: mountPoint).sorted()
        #expect(left == ["filler", "rows.csv"], "no part file left behind")
    }
}
