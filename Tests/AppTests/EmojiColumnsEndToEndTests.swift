import Browser
import Essentials
import Foundation
import Primitives
import TestTags
import Testing

/// Emoji sequences from the server (ZWJ families, flags, skin tones, VS16) in application
/// names, tokens and user names: in a real terminal every border stays where it belongs.
@Suite("End to end: columns and borders stay in place with any emoji", .serialized, .tags(.endToEnd), .notInFastRun)
struct EmojiColumnsEndToEndTests {
    /// The cell where each character of a captured line starts, counted as the terminal counts.
    static func cellColumns(_ line: Substring) -> [(Character, Int)] {
        var column = 0
        return line.map { character in
            defer { column += DisplayCells.of(character) }
            return (character, column)
        }
    }

    /// Cells by glibc's wcwidth, scalar by scalar, as tmux and ncurses count them.
    enum DisplayCells {
        static func of(_ character: Character) -> Int {
            character.unicodeScalars.reduce(0) { $0 + max(0, TerminalWidth.of($1)) }
        }
    }

    @Test(
        "list, detail and modal at 120×40 and 80×24: every row ends on its border, the list/detail border never moves",
        arguments: [
            (120, 40), (80, 24),
        ])
    func bordersStay(columns: Int, rows: Int) async throws {
        try await BrowserSession.with(
            arguments: "--unicity emoji-columns", columns: columns, rows: rows, readyText: "apns"
        ) { session in
            for keys in [[String](), ["j"], ["k", "d"]] {
                for key in keys { try session.tmux.send(key) }
                if keys.last == "d" { try await session.tmux.waitFor("Delete this subscription?") }
                // A capture can land while the terminal is still drawing the frame: wait for one
                // with its status line drawn and, side by side, every body row (each has the border).
                let screen = try await session.tmux.waitForScreen("a whole frame", timeout: .seconds(10)) { screen in
                    let drawn = Array(screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(rows))
                    guard drawn.count == rows, !drawn[rows - 1].isEmpty else { return false }
                    return columns < 100 || drawn[1..<(rows - 1)].allSatisfy { !$0.isEmpty }
                }
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                // The detail box: from the second row to above the status line.
                let boxRows = lines.enumerated().filter { $0.offset >= 1 && $0.offset < rows - 1 }.map(\.element)
                let edges: Set<Character> = ["│", "┐", "┘", "┌", "└", "─"]
                for line in boxRows where !line.isEmpty {
                    let width = Self.cellColumns(line).last.map { $0.1 + DisplayCells.of($0.0) } ?? 0
                    #expect(width <= columns, "\(keys): a row runs past the screen: \(line)")
                    // A row that starts on the detail box's edge (or, side by side, any body row)
                    // ends on its other edge, in the screen's last column.
                    if columns >= 100 || line.first == "│" {
                        #expect(
                            edges.contains(line.last ?? " "), "\(keys): a row does not end on the box's edge: \(line)")
                        #expect(width == columns, "\(keys): the box's edge is not in the last column: \(line)")
                    }
                }
                // Inside the list, a column after an emoji-laden one starts where it does on a
                // plain row: the creation date of both rows lines up.
                if keys.last != "d" {
                    let dateStarts = lines.compactMap { line -> Int? in
                        guard let range = line.range(of: #"20[0-9]{2}-[0-9]{2}-[0-9]{2}"#, options: .regularExpression),
                            line.contains("firebase") || line.contains("apns")
                        else { return nil }
                        return Self.cellColumns(line[..<range.lowerBound]).last.map { $0.1 + DisplayCells.of($0.0) }
                            ?? 0
                    }
                    #expect(
                        dateStarts.count == 2 && Set(dateStarts).count == 1,
                        "\(keys): the CREATED column moved: \(dateStarts)")
                }
                if columns >= 100 && keys.last != "d" {
                    let split = ScreenLayout(
                        size: TerminalSize(rows: rows, columns: columns), bannerLines: 0, showsFilterBar: false,
                        focus: .list
                    ).list.width
                    for line in boxRows.dropFirst(1) {
                        let atSplit = Self.cellColumns(line).first { $0.1 == split }?.0
                        #expect(atSplit.map { edges.contains($0) } == true, "the list/detail border moved: \(line)")
                    }
                }
            }
            try session.tmux.send("Escape")
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
        }
    }
}
