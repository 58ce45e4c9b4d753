import Localization

/// What a journalled request came to, as an outcome or a settlement line records it. A value
/// this version does not know (a newer journal's) is kept as `unrecognized`, shown as written,
/// never read as an empty string.
public enum JournalResult: Sendable, Hashable, JournalText {
    case done
    case failed
    case unknown
    case partial
    /// A settlement after an unknown outcome: the subscriptions were re-created since.
    case restored
    /// One request of several, not sent: the program stopped before it.
    case notSent
    /// A result a newer version wrote.
    case unrecognized(String)

    static let known: [JournalResult] = [.done, .failed, .unknown, .partial, .restored, .notSent]

    public init(text: String) {
        self = Self.known.first { $0.text == text } ?? .unrecognized(text)
    }

    /// As a person reads it, in the program's language; `text` is what the journal holds.
    public var words: String {
        switch self {
        case .done: Message.resultDone.text()
        case .failed: Message.resultFailed.text()
        case .unknown: Message.resultUnknown.text()
        case .partial: Message.resultPartial.text()
        case .restored: Message.resultRestored.text()
        case .notSent: Message.resultNotSent.text()
        case .unrecognized(let text): text
        }
    }

    /// As written in the journal: `done`, `not sent`.
    public var text: String {
        switch self {
        case .done: "done"
        case .failed: "failed"
        case .unknown: "unknown"
        case .partial: "partial"
        case .restored: "restored"
        case .notSent: "not sent"
        case .unrecognized(let text): text
        }
    }
}
