import Primitives

/// The palette's box at a given size: shared by its view (to draw) and the reducer (a page of
/// entries), so the two agree.
public struct PaletteLayout: Sendable, Equatable {
    public static let preferredWidth = 96
    /// Lines around the entries: the field, a blank line, the focused entry's reason, the keys.
    static let chromeRows = 6

    public let box: Rect
    /// How many entries fit.
    public let rows: Int

    public init(size: TerminalSize) {
        let width = min(Self.preferredWidth, size.columns - 2)
        let height = max(0, min(size.rows - 2, 24))
        box = Rect(
            top: max(0, (size.rows - height) / 2), left: max(0, (size.columns - width) / 2), height: height,
            width: width)
        rows = max(1, height - Self.chromeRows)
    }
}
