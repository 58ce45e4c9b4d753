import CNcursesw
import Views

/// Colour pairs, made on first use for each foreground/background combination, over the
/// terminal's default colours (use_default_colors), so the program follows the terminal's theme.
final class ColorPalette {
    private var pairs: [Int: Int32] = [:]
    private var nextPair: Int32 = 1

    func attribute(foreground: Color?, background: Color?) -> Int32 {
        if foreground == nil && background == nil { return 0 }
        let key = (foreground.map { Self.index($0) + 1 } ?? 0) * 16 + (background.map { Self.index($0) + 1 } ?? 0)
        if let pair = pairs[key] { return np6_color_pair(pair) }
        guard nextPair < np6_color_pairs() else { return 0 }
        let pair = nextPair
        nextPair += 1
        init_pair(
            Int16(pair), Int16(foreground.map { Self.curses($0) } ?? -1),
            Int16(background.map { Self.curses($0) } ?? -1))
        pairs[key] = pair
        return np6_color_pair(pair)
    }

    static func index(_ color: Color) -> Int {
        Color.allCases.firstIndex(of: color)!
    }

    static func curses(_ color: Color) -> Int32 {
        switch color {
        case .black: return COLOR_BLACK
        case .red: return COLOR_RED
        case .green: return COLOR_GREEN
        case .yellow: return COLOR_YELLOW
        case .blue: return COLOR_BLUE
        case .magenta: return COLOR_MAGENTA
        case .cyan: return COLOR_CYAN
        case .white: return COLOR_WHITE
        }
    }
}
