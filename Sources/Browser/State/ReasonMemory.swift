import Essentials
import NP6

/// The reasons (ticket numbers) given in confirmations, each kept for the contact and profile it
/// was typed for. A confirmation offers only the reason of its own contact and profile, or the
/// session's `--reason` under the profile it was given for: another contact's ticket, filled in
/// silently, would put the wrong ticket in the journal for someone else's data. ↑ recalls the
/// recent ones on purpose.
public struct ReasonMemory: Sendable, Equatable {
    /// Whose data a reason was typed for.
    struct Scope: Sendable, Hashable {
        let profile: String?
        let contact: ContactKey?
    }

    /// How many reasons ↑ can walk back through.
    static let recentLimit = 20

    /// `--reason`, and the profile the session started under: it holds there, for every contact.
    let sessionReason: String?
    let sessionProfile: String?
    private var byScope: [Scope: String] = [:]
    /// The reasons confirmed in this session, newest first, each once.
    public private(set) var recent: [String] = []

    init(sessionReason: String?, sessionProfile: String?) {
        let given = sessionReason?.trimmingWhitespace() ?? ""
        self.sessionReason = given.isEmpty ? nil : given
        self.sessionProfile = sessionProfile
        if let reason = self.sessionReason { recent = [reason] }
    }

    /// What a confirmation for this contact under this profile starts with.
    func offered(profile: String?, contact: ContactKey?) -> String {
        if let reason = byScope[Scope(profile: profile, contact: contact)] { return reason }
        if profile == sessionProfile, let sessionReason { return sessionReason }
        return ""
    }

    /// A confirmed write's reason: offered again for the same contact and profile, and recallable.
    mutating func remember(_ reason: String, profile: String?, contact: ContactKey?) {
        byScope[Scope(profile: profile, contact: contact)] = reason
        guard !reason.isEmpty else { return }
        recent.removeAll { $0 == reason }
        recent.insert(reason, at: 0)
        if recent.count > Self.recentLimit { recent.removeLast(recent.count - Self.recentLimit) }
    }
}
