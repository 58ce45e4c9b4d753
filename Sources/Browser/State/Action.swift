import NP6
import Search

/// Everything that can happen to the browser: input, time, and the answers of effects.
/// Answers carry the generation of the request they answer, so a late one can be recognised.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(TerminalSize)
    /// Time passed: flashes expire, the spinner turns, "fetched … ago" moves on.
    case tick(now: Double)
    /// A notice that must not be missed (e.g. at start: an earlier run left a request without outcome).
    case showBanner(Banner)
    case lookupFinished(generation: Int, target: LookupTarget, result: Result<LookupAnswer, NP6Error>, now: Double)
    case applicationsFinished(Result<[NotifiableApplication], NP6Error>)
    /// One result per subscription of a `.deleteSubscriptions` effect, in order.
    case deleteFinished(generation: Int, results: [RequestResult])
    case deleteAllFinished(generation: Int, contact: ContactKey, count: Int, error: NP6Error?)
    /// The delete or re-creation was not sent: the journal could not record it first.
    case writeRefused(generation: Int, reason: String)
    case restoreFinished(generation: Int, results: [RequestResult])
    case copyFinished(what: String, error: String?)
    /// A filter run off the UI thread finished; stale generations are dropped.
    case filterFinished(generation: Int, rows: [Int])
}

/// What a lookup found: the contact's subscriptions and, for a lookup by subscription id, which
/// one to select.
///
/// The search index is built here, by whoever makes the answer: the controller does that off the
/// UI thread, so a 100,000-row answer arrives ready to filter.
public struct LookupAnswer: Sendable, Equatable {
    public let contact: ContactKey?
    public let subscriptions: [Subscription]
    public let selectID: String?
    public let searchIndex: SearchIndex

    public init(contact: ContactKey?, subscriptions: [Subscription], selectID: String? = nil, utcOffsetSeconds: Int = 0) {
        self.contact = contact
        self.subscriptions = subscriptions
        self.selectID = selectID
        self.searchIndex = SearchIndex(subscriptions, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The index is derived from the subscriptions, so it takes no part in equality.
    public static func == (lhs: LookupAnswer, rhs: LookupAnswer) -> Bool {
        lhs.contact == rhs.contact && lhs.subscriptions == rhs.subscriptions && lhs.selectID == rhs.selectID
    }
}

/// What the person asked to look up.
public enum LookupTarget: Sendable, Hashable {
    case contact(ContactKey)
    case subscription(id: String)

    public var kind: LookupKind {
        switch self {
        case .contact(let key):
            switch key.kind {
            case .unicity: return .unicity
            case .hash: return .hash
            case .contactID: return .contactID
            }
        case .subscription: return .subscriptionID
        }
    }

    public var value: String {
        switch self {
        case .contact(let key): return key.value
        case .subscription(let id): return id
        }
    }

    public init(kind: LookupKind, value: String) {
        switch kind {
        case .unicity: self = .contact(.unicity(value))
        case .hash: self = .contact(.hash(value))
        case .contactID: self = .contact(.contactID(value))
        case .subscriptionID: self = .subscription(id: value)
        }
    }
}

/// The kinds the lookup prompt cycles through with Tab.
public enum LookupKind: String, Sendable, Hashable, CaseIterable, Codable {
    case unicity
    case hash
    case contactID = "contact id"
    case subscriptionID = "subscription id"

    public var next: LookupKind {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One entry of the lookup history, kept across runs.
public struct RecentLookup: Sendable, Hashable, Codable {
    public var kind: LookupKind
    public var value: String
    public init(kind: LookupKind, value: String) {
        self.kind = kind
        self.value = value
    }
}
