import ChildProcess
import Foundation
import TestTags
import Testing

/// The fuzz targets' committed corpus (seeds and every crash ever found) replayed through the
/// same checks the fuzzer runs, in a plain build: a fixed crash stays fixed.
@Suite("Fuzz corpus replayed through the fuzz checks", .tags(.endToEnd), .notInFastRun)
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(
        "every input of every target passes its checks",
        arguments: ["json", "query", "untrusted-text", "key-decoder", "journal", "csv", "rate-limit"])
    func replay(target: String) async throws {
        let folder = Self.root.appendingPathComponent("Fuzz/corpus/\(target)").path
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder).count
        #expect(inputs > 0)
        let result = try await ChildProcess.run(
            [try Binaries.path("np6-fuzz"), target, folder], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.output.prefix(2_000))")
        #expect(result.output.contains("replayed \(inputs) inputs through \(target)"))
    }
}
