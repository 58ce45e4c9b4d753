import Foundation
import Testing
import Views

/// Compares a rendered canvas with `Golden/<name>.txt` beside this file. With
/// `NP6_UPDATE_GOLDEN=1` in the environment it writes the file instead (then read the diff).
///
/// A golden file holds the text, then the styles as a second grid (one letter per cell, `.` for
/// plain), then a legend of the letters, the way ratatui's buffer assertions carry styles: a
/// focused button, a danger colour or the selection are part of what is compared.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rendered = render(canvas)
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["NP6_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(name).txt; run with NP6_UPDATE_GOLDEN=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        if rendered != expected {
            let got = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference =
                zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
                ?? min(got.count, want.count)
            Issue.record(
                """
                \(name).txt differs from line \(firstDifference + 1):\n got: \
                \(firstDifference < got.count ? String(got[firstDifference]) : "<none>")\nwant: \
                \(firstDifference < want.count ? String(want[firstDifference]) : "<none>")\n\nrendered:\n\(rendered)
                """,
                sourceLocation: sourceLocation)
        }
    }

    static let stylesMarker = "── styles ──"
    static let legendMarker = "── legend ──"

    /// The text, the style grid and the legend of a canvas, as a golden file holds them.
    static func render(_ canvas: Canvas) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var legend: [(Character, Style)] = []
        func letter(for style: Style) -> Character {
            if style == .plain { return "." }
            if let known = legend.first(where: { $0.1 == style }) { return known.0 }
            let next = legend.count < letters.count ? letters[legend.count] : "?"
            legend.append((next, style))
            return next
        }
        var grid: [String] = []
        for row in 0..<canvas.rows {
            var line = ""
            for column in 0..<canvas.columns {
                // The right half of a wide character carries the same style as its left half.
                line.append(letter(for: canvas[row, column].style))
            }
            while line.last == "." { line.removeLast() }
            grid.append(line)
        }
        let legendLines = legend.map { "\($0.0)  \(describe($0.1))" }
        return ([canvas.text(), stylesMarker] + grid + [legendMarker] + legendLines).joined(separator: "\n") + "\n"
    }

    /// A style in words: `fg:red bg:black bold reverse`.
    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if let foreground = style.foreground { parts.append("fg:\(foreground)") }
        if let background = style.background { parts.append("bg:\(background)") }
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.reverse { parts.append("reverse") }
        if style.underline { parts.append("underline") }
        return parts.joined(separator: " ")
    }
}
