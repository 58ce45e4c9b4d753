import Foundation
import Testing
import Views

/// Compares a rendered canvas with `Golden/<name>.txt` beside this file. With
/// `NP6_UPDATE_GOLDEN=1` in the environment it writes the file instead (then read the diff).
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rendered = canvas.text() + "\n"
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["NP6_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt; run with NP6_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if rendered != expected {
            let got = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? min(got.count, want.count)
            Issue.record(
                "\(name).txt differs from line \(firstDifference + 1):\n got: \(firstDifference < got.count ? String(got[firstDifference]) : "<none>")\nwant: \(firstDifference < want.count ? String(want[firstDifference]) : "<none>")\n\nrendered:\n\(rendered)",
                sourceLocation: sourceLocation)
        }
    }
}
