/// One line of the palette: a command of the key map, whether it does something now (or why
/// not), and where the typed text matched its name or its description (UTF-8 offsets).
public struct PaletteEntry: Sendable, Equatable {
    public let binding: KeyBinding
    public let availability: Availability
    public var nameMatches: [Int] = []
    public var descriptionMatches: [Int] = []

    public static func == (lhs: PaletteEntry, rhs: PaletteEntry) -> Bool {
        lhs.binding.name == rhs.binding.name && lhs.availability == rhs.availability
            && lhs.nameMatches == rhs.nameMatches && lhs.descriptionMatches == rhs.descriptionMatches
    }
}
