/// The `C` menu: the values support staff paste into tickets and terminals, one key each.
public struct CopyMenu: Sendable, Equatable {
    public let choices: [CopyChoice]
    public internal(set) var focus = 0

    init(choices: [CopyChoice]) {
        self.choices = choices
    }
}
