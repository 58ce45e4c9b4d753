/// A terminal colour by its palette index: 0–7 the ANSI colours, 8–15 their bright forms, 16–255
/// xterm's 6×6×6 cube and grey ramp. The terminal's palette decides how they look; a terminal
/// with fewer colours gets the nearest it has (`nearest(within:)`), and `NO_COLOR` drops them
/// and keeps the attributes.
public struct Color: Sendable, Hashable, CustomStringConvertible {
    public let index: UInt8

    public init(_ index: UInt8) { self.index = index }

    public static let black = Color(0)
    public static let red = Color(1)
    public static let green = Color(2)
    public static let yellow = Color(3)
    public static let blue = Color(4)
    public static let magenta = Color(5)
    public static let cyan = Color(6)
    public static let white = Color(7)
    public static let gray = Color(8)
    public static let brightRed = Color(9)
    public static let brightWhite = Color(15)
    /// xterm's 208, an orange that is not red: deuteranopia's warning colour.
    public static let orange = Color(208)

    static let baseNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `red`, `bright-red`, or `color208`: as golden files and config files write it.
    public var description: String {
        switch index {
        case 0..<8: Self.baseNames[Int(index)]
        case 8..<16: "bright-" + Self.baseNames[Int(index) - 8]
        default: "color\(index)"
        }
    }

    /// The colour as xterm draws it, for finding the nearest one.
    var rgb: (red: Int, green: Int, blue: Int) {
        let value = Int(index)
        switch value {
        case 0..<16: return Self.systemRGB[value]
        case 16..<232:
            let cube = value - 16
            let level = { (step: Int) in step == 0 ? 0 : 55 + step * 40 }
            return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
        default:
            let grey = 8 + (value - 232) * 10
            return (grey, grey, grey)
        }
    }

    /// xterm's default system colours.
    static let systemRGB: [(red: Int, green: Int, blue: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
        (0, 255, 255), (255, 255, 255),
    ]

    /// This colour on a terminal that has `count` colours (8, 16, 256): itself when it has it,
    /// else the closest of those it has (by squared distance in RGB, weighted for the eye).
    public func nearest(within count: Int) -> Color {
        guard Int(index) >= count else { return self }
        let target = rgb
        var candidates = (0..<min(max(count, 8), 16)).map { Color(UInt8($0)) }
        // A grey stays a grey (black, white and the greys): by distance alone, mid grey is nearer
        // to the terminal's dark yellow than to its white.
        if Self.isGrey(target) { candidates = candidates.filter { Self.isGrey($0.rgb) } }
        return candidates.min { distance($0.rgb, target) < distance($1.rgb, target) } ?? self
    }

    static func isGrey(_ color: (red: Int, green: Int, blue: Int)) -> Bool {
        max(color.red, color.green, color.blue) - min(color.red, color.green, color.blue) < 24
    }

    private func distance(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Int {
        let red = a.red - b.red
        let green = a.green - b.green
        let blue = a.blue - b.blue
        return 3 * red * red + 4 * green * green + 2 * blue * blue
    }

    /// A colour as a config writes it: a name (`red`, `bright-red`, `gray`), `color208` or `208`,
    /// or `#rrggbb` (the nearest of the 256).
    public init?(configName text: String) {
        let word = text.lowercased()
        if let base = Self.baseNames.firstIndex(of: word) {
            self.init(UInt8(base))
        } else if word.hasPrefix("bright-"), let base = Self.baseNames.firstIndex(of: String(word.dropFirst(7))) {
            self.init(UInt8(base + 8))
        } else if word == "gray" || word == "grey" {
            self = .gray
        } else if let number = UInt8(word.hasPrefix("color") ? String(word.dropFirst(5)) : word) {
            self.init(number)
        } else if word.hasPrefix("#"), word.count == 7, let value = Int(word.dropFirst(), radix: 16) {
            let target = (red: value >> 16, green: value >> 8 & 0xFF, blue: value & 0xFF)
            let all = (0...255).map { Color(UInt8($0)) }
            self = all.min { $0.distance($0.rgb, target) < $1.distance($1.rgb, target) } ?? .white
        } else {
            return nil
        }
    }

    /// The names a config may use, for did-you-mean.
    public static var configNames: [String] { baseNames + baseNames.map { "bright-" + $0 } + ["gray", "grey"] }
}
