import Primitives
import TestTags
import Testing
import Views

@Suite("Canvas.restyle: spans in, partly in and wholly off the canvas", .tags(.unit))
struct CanvasRestyleTests {
    @Test("a span of no width, negative width or past the right edge changes nothing and does not trap")
    func outside() {
        var canvas = Canvas(size: TerminalSize(rows: 2, columns: 10))
        canvas.put("abcdefghij", row: 0, column: 0)
        let before = canvas
        for (column, width) in [(5, -3), (12, 4), (-8, 3), (3, 0)] {
            canvas.restyle(row: 0, from: column, width: width) { _ in Style(bold: true) }
        }
        canvas.restyle(row: 5, from: 0, width: 4) { _ in Style(bold: true) }
        #expect(canvas == before)
    }

    @Test("a span that runs past the edge is cut there")
    func partly() {
        var canvas = Canvas(size: TerminalSize(rows: 1, columns: 10))
        canvas.put("abcdefghij", row: 0, column: 0)
        canvas.restyle(row: 0, from: 8, width: 5) { _ in Style(bold: true) }
        #expect((0..<10).filter { canvas[0, $0].style.bold } == [8, 9])
    }
}
