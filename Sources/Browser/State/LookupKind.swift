import Essentials
import Localization

/// The kinds the lookup prompt cycles through with Tab.
public enum LookupKind: String, Sendable, Hashable, CaseIterable, Codable {
    case unicity
    case hash
    case contactID = "contact id"
    case subscriptionID = "subscription id"

    /// The kind `text` most likely is: an `@` means a unicity (an e-mail), 32 hex digits a hash,
    /// a UUID a subscription id, and anything else a unicity.
    public static func guess(_ text: String) -> LookupKind {
        let value = text.trimmingWhitespace()
        if value.contains("@") { return .unicity }
        if isHash(value) { return .hash }
        if isUUID(value) { return .subscriptionID }
        return .unicity
    }

    /// What the guess was made from, in a few words.
    static func guessReason(_ text: String) -> String {
        let value = text.trimmingWhitespace()
        if value.isEmpty { return Message.kindGuessedTyping.text() }
        if value.contains("@") { return Message.kindGuessedAt.text() }
        if isHash(value) { return Message.kindGuessedHash.text() }
        if isUUID(value) { return Message.kindGuessedUUID.text() }
        return Message.kindGuessed.text()
    }

    /// The kind as the prompt and messages name it: `unicity` and `hash` are NP6's field names in
    /// every language, the ids are words.
    public var label: String {
        switch self {
        case .unicity, .hash: rawValue
        case .contactID: Message.lookupKindContactID.text()
        case .subscriptionID: Message.lookupKindSubscriptionID.text()
        }
    }

    static func isHash(_ value: String) -> Bool {
        value.utf8.count == 32 && value.utf8.allSatisfy(isHexDigit)
    }

    /// `8-4-4-4-12` hex digits.
    static func isUUID(_ value: String) -> Bool {
        let groups = value.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.utf8.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.utf8.allSatisfy(isHexDigit) }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte)
    }
}
