import Localization

/// What became of one contact in a batch delete.
enum BatchOutcome: String, Sendable, CaseIterable {
    case deleted
    /// The server had nothing left to delete (the fetch or the delete answered 404).
    case alreadyGone = "already gone"
    /// The fetch found nothing that matched: no request was sent.
    case nothingToDelete = "nothing to delete"
    case failed
    /// The answer was lost (or abandoned by a second Ctrl-C) and a re-check could not settle it.
    case unknown
    /// Stopped before its turn (Ctrl-C); `--resume` does it.
    case notStarted = "not started"
    /// Done by an earlier part of the run (`--resume` skips it).
    case doneBefore = "done before"

    /// As the summary's table says it; `rawValue` is what the JSON lines and the run file hold.
    var words: String {
        switch self {
        case .deleted: Message.outcomeDeleted.text()
        case .alreadyGone: Message.outcomeAlreadyGone.text()
        case .nothingToDelete: Message.outcomeNothingToDelete.text()
        case .failed: Message.outcomeFailed.text()
        case .unknown: Message.outcomeUnknown.text()
        case .notStarted: Message.outcomeNotStarted.text()
        case .doneBefore: Message.outcomeDoneBefore.text()
        }
    }

    /// Whether the contact still needs work: these make the exit code 1 and `--resume` useful.
    var isUnfinished: Bool { self == .failed || self == .unknown || self == .notStarted }
}
