import Browser
import Formatting
import NP6
import Primitives

/// A centred box over the screen, sized to its content within the screen.
struct ModalFrame {
    let rect: Rect
    /// The area inside the border and one column of padding.
    var inner: Rect { Rect(top: rect.top + 1, left: rect.left + 2, height: rect.height - 2, width: rect.width - 4) }

    init(canvasRows: Int, canvasColumns: Int, width: Int, height: Int) {
        let boxWidth = min(width, canvasColumns - 2)
        // On a short terminal a modal may cover the header and status line too.
        let boxHeight = min(height, canvasRows)
        rect = Rect(
            top: max(0, (canvasRows - boxHeight) / 2), left: max(0, (canvasColumns - boxWidth) / 2), height: boxHeight,
            width: boxWidth)
    }
}
