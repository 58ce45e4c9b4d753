import Browser
import Primitives

/// A persistent error across the screen's width, impossible to miss.
enum BannerView {
    static func draw(_ banner: Banner, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, style: Theme.banner)
        for (offset, line) in BannerText.lines(banner, width: rect.width).prefix(rect.height).enumerated() {
            canvas.put(line, row: rect.top + offset, column: rect.left + 1, style: Theme.banner, width: rect.width - 2)
        }
    }
}
