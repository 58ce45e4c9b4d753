/// The eight ANSI colours, named by what the terminal calls them. The terminal's own palette
/// decides how they look; `NO_COLOR` drops them and keeps the attributes.
public enum Color: Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}
