/// The two buttons of a confirmation; Cancel has the focus when it opens.
public enum ConfirmButton: Sendable, Equatable {
    case cancel
    case confirm

    var other: ConfirmButton { self == .cancel ? .confirm : .cancel }
}
