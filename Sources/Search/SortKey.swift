/// What the list can be sorted by (`s` cycles through them in this order).
public enum SortKey: String, Sendable, CaseIterable {
    case created, modified, provider, application, token
}
