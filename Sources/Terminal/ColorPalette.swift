import CNcursesw
import Views

/// Colour pairs, made on first use for each foreground/background combination, over the
/// terminal's default colours (use_default_colors), so the program follows the terminal's theme.
/// A colour the terminal does not have (a 256-colour theme on an 8- or 16-colour terminal) is
/// drawn as the nearest one it has.
final class ColorPalette {
    private var pairs: [Int: Int32] = [:]
    private var nextPair: Int32 = 1
    private let colors = Int(np6_colors())

    func attribute(foreground: Color?, background: Color?) -> Int32 {
        if foreground == nil && background == nil { return 0 }
        let foreground = foreground?.nearest(within: colors)
        let background = background?.nearest(within: colors)
        let key = (foreground.map { Int($0.index) + 1 } ?? 0) * 512 + (background.map { Int($0.index) + 1 } ?? 0)
        if let pair = pairs[key] { return np6_color_pair(pair) }
        guard nextPair < np6_color_pairs() else { return 0 }
        let pair = nextPair
        nextPair += 1
        init_pair(
            Int16(pair), Int16(foreground.map { Int($0.index) } ?? -1), Int16(background.map { Int($0.index) } ?? -1))
        pairs[key] = pair
        return np6_color_pair(pair)
    }
}
