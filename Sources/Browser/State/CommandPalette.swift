import Essentials
import Search

/// The `:` palette: every command of the list and the detail, by name and description, filtered
/// fuzzily as the field is typed into; Enter runs the focused one as its key would.
public struct CommandPalette: Sendable, Equatable {
    public internal(set) var field = TextField()
    /// Position of the focused entry among those the field lets through.
    public internal(set) var focus = 0

    /// The commands the palette offers in `state`, best match first (in the key map's order when
    /// the field is empty, the keys that work anywhere last). One that does nothing now, or that
    /// writes in a read-only session, is there with its reason: the palette is where a person
    /// finds out what exists.
    public static func entries(for query: String, in state: BrowserState) -> [PaletteEntry] {
        // What each would do with the palette closed: that is where it runs.
        var underneath = state
        underneath.overlay = nil
        let offered =
            KeyMap.bindings.filter { $0.context == .browse && $0.command != .openPalette }
            + KeyMap.bindings.filter { $0.context == .anywhere }
        let needle = query.lowercased().trimmingWhitespace()
        var entries: [(score: Int, order: Int, entry: PaletteEntry)] = []
        for (order, binding) in offered.enumerated() {
            let availability = binding.availability(in: underneath)
            guard !needle.isEmpty else {
                entries.append((0, order, PaletteEntry(binding: binding, availability: availability)))
                continue
            }
            // The name is matched fuzzily (`rsort` finds reverse-sort) and counts double; the
            // description only holding the text as typed, or fuzzy letters would match every line.
            let byName = FuzzyScore.positions(needle, in: binding.name.lowercased())
            let description = binding.help.lowercased()
            // Where it holds the text whole, its best fuzzy match is that run of characters.
            let byDescription = description.contains(needle) ? FuzzyScore.positions(needle, in: description) : nil
            guard byName != nil || byDescription != nil else { continue }
            let score = max((byName?.score ?? Int.min / 4) * 2, byDescription?.score ?? Int.min / 4)
            entries.append(
                (
                    score, order,
                    PaletteEntry(
                        binding: binding, availability: availability,
                        nameMatches: byName?.offsets ?? [],
                        descriptionMatches: byName == nil ? byDescription?.offsets ?? [] : []
                    )
                ))
        }
        return entries.sorted { ($1.score, $0.order) < ($0.score, $1.order) }.map(\.entry)
    }
}
