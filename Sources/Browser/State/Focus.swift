public enum Focus: Sendable, Equatable {
    case list
    case detail
}
