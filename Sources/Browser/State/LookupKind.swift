/// The kinds the lookup prompt cycles through with Tab.
public enum LookupKind: String, Sendable, Hashable, CaseIterable, Codable {
    case unicity
    case hash
    case contactID = "contact id"
    case subscriptionID = "subscription id"
}
