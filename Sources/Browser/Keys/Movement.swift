/// Where a movement key goes: the list's selection, the detail's or the help's scroll, a
/// menu's focus each read it their way.
public enum Movement: Sendable, Hashable {
    case down, up, pageDown, pageUp, first, last

    /// One line down or up, for the menus; nil for the others (not bound there).
    var step: Int? {
        switch self {
        case .down: 1
        case .up: -1
        case .pageDown, .pageUp, .first, .last: nil
        }
    }
}
