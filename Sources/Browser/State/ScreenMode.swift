import Localization

/// How the body of the screen is shared, cycled by `+` and `_` as lazygit's screen modes are:
/// the list and the detail together, the list alone with every column, or the detail alone.
public enum ScreenMode: Sendable, Hashable, CaseIterable {
    case normal, listWide, detailFull

    /// The key line's and the palette's name for it.
    public var title: String {
        switch self {
        case .normal: Message.modeNormal.text()
        case .listWide: Message.modeListWide.text()
        case .detailFull: Message.modeDetailFull.text()
        }
    }

    /// The next mode (`+`), or the previous one (`_`), round the cycle.
    func cycled(forward: Bool) -> ScreenMode {
        let modes = Self.allCases
        let position = modes.firstIndex(of: self) ?? 0
        return modes[(position + (forward ? 1 : modes.count - 1)) % modes.count]
    }
}
