import NP6

/// Facts about this run that do not change while it runs.
public struct BrowserEnvironment: Sendable, Equatable {
    /// The API host as shown in the header, e.g. `api-cm.np6.com`.
    public var host: String
    public var readOnly: Bool
    public var demo: Bool
    /// Offset of local time from UTC, in seconds, for showing dates in local time.
    public var utcOffsetSeconds: Int

    public init(host: String, readOnly: Bool = false, demo: Bool = false, utcOffsetSeconds: Int = 0) {
        self.host = host
        self.readOnly = readOnly
        self.demo = demo
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}

/// A request in flight. Only one lookup or delete runs at a time; its generation tells its
/// answer from a stale one.
public struct PendingRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case lookup(LookupTarget)
        case delete([Subscription])
        case deleteAll(ContactKey)
        case restore([Subscription])
    }

    public var generation: Int
    public var kind: Kind
    public var startedAt: Double
}

public enum Focus: Sendable, Equatable {
    case list
    case detail
}

/// The whole state of the browser screen: a plain value, changed only by `Browser.reduce`.
public struct BrowserState: Sendable {
    public var environment: BrowserEnvironment
    public var size: TerminalSize
    public var now: Double

    /// The contact on screen, and what the last lookup of it answered.
    public var contact: ContactKey?
    public private(set) var subscriptions: [Subscription] = []
    public private(set) var applicationNames: [String: String] = [:]
    public var applicationsError: NP6Error?
    public var fetchedAt: Double?

    public var pending: PendingRequest?
    var nextGeneration = 1

    public private(set) var filter = SearchQuery()
    public var filterEditing = false
    public var filterField = TextField()
    /// Indices into `subscriptions` of the rows the filter lets through, in order.
    public private(set) var visible: [Int] = []
    /// Each row's searchable texts, lower-cased, parallel to `subscriptions`.
    private var searchFields: [SearchFields] = []

    /// Position in `visible` of the selected row.
    public var selection = 0
    public var listScroll = 0
    public var focus: Focus = .list
    public var detailScroll = 0

    /// Ids of the marked subscriptions (Space).
    public var marked: Set<String> = []
    /// What the last delete of this session removed (or may have removed): `u` re-creates it.
    public var lastDeleted: [Subscription] = []

    public var overlay: Overlay?
    public var flash: Flash?
    public var banner: Banner?
    /// Set while refreshing after a delete whose outcome is unknown.
    public var verification: DeleteVerification?
    public var recentLookups: [RecentLookup] = []

    public init(environment: BrowserEnvironment, size: TerminalSize, now: Double, recentLookups: [RecentLookup] = []) {
        self.environment = environment
        self.size = size
        self.now = now
        self.recentLookups = recentLookups
    }

    public var selectedSubscription: Subscription? {
        guard visible.indices.contains(selection) else { return nil }
        return subscriptions[visible[selection]]
    }

    public var visibleSubscriptions: LazyMapSequence<[Int], Subscription> {
        visible.lazy.map { subscriptions[$0] }
    }

    public var isLoading: Bool { pending != nil }

    public func applicationName(for subscription: Subscription) -> String? {
        subscription.application.flatMap { applicationNames[$0] }
    }

    /// The application's name, or its UUID when the name is unknown.
    public func applicationLabel(for subscription: Subscription) -> String {
        applicationName(for: subscription) ?? subscription.application ?? "—"
    }

    /// Starts tracking a request: it becomes the pending one, under a new generation.
    mutating func begin(_ kind: PendingRequest.Kind) -> Int {
        let generation = nextGeneration
        nextGeneration += 1
        pending = PendingRequest(generation: generation, kind: kind, startedAt: now)
        return generation
    }

    // MARK: Mutations that keep the derived fields true

    mutating func replaceSubscriptions(_ new: [Subscription], keepingSelectionOn id: String?) {
        subscriptions = new
        let present = Set(new.map(\.id))
        marked = marked.filter { present.contains($0) }
        rebuildSearchTexts()
        refilter(keepingSelectionOn: id)
    }

    mutating func setApplicationNames(_ names: [String: String]) {
        applicationNames = names
        rebuildSearchTexts()
        refilter(keepingSelectionOn: selectedSubscription?.id)
    }

    /// Fuzzy mode (Ctrl-F in the filter bar): every text term matches fzf style.
    public private(set) var fuzzyFilter = false

    mutating func setFilter(_ text: String) {
        let keep = selectedSubscription?.id
        let previous = filter
        filter = SearchQuery(text, now: now, utcOffsetSeconds: environment.utcOffsetSeconds, fuzzy: fuzzyFilter)
        refilter(keepingSelectionOn: keep, narrowingFrom: filter.narrows(previous) && !filter.isFuzzy ? visible : nil)
    }

    mutating func toggleFuzzyFilter() {
        fuzzyFilter.toggle()
        setFilter(filter.text)
    }

    mutating func removeSubscription(id: String) {
        guard let index = subscriptions.firstIndex(where: { $0.id == id }) else { return }
        let position = selection
        subscriptions.remove(at: index)
        searchFields.remove(at: index)
        marked.remove(id)
        refilter(keepingSelectionOn: nil)
        selection = min(position, max(0, visible.count - 1))
        keepSelectionVisible()
    }

    private mutating func rebuildSearchTexts() {
        let offset = environment.utcOffsetSeconds
        searchFields = subscriptions.map { SearchFields($0, applicationName: applicationName(for: $0), utcOffsetSeconds: offset) }
    }

    /// Recomputes the visible rows. `candidates`, when the query only narrowed, are the rows
    /// that matched before: only they need to be tested again.
    private mutating func refilter(keepingSelectionOn id: String?, narrowingFrom candidates: [Int]? = nil) {
        let offset = environment.utcOffsetSeconds
        let rows = subscriptions
        let fields = searchFields
        let names = applicationNames
        let query = filter
        // Original-case text, asked for only by case-sensitive terms (a plain function, so no
        // closure is allocated per row on this hot path).
        func exact(_ field: SearchQuery.Field?, of index: Int) -> String {
            SearchFields.exact(field, rows[index], applicationName: rows[index].application.flatMap { names[$0] }, utcOffsetSeconds: offset)
        }
        if query.isEmpty {
            visible = Array(rows.indices)
        } else {
            visible = (candidates ?? Array(rows.indices)).filter { index in query.matches(fields[index]) { exact($0, of: index) } }
            if query.isFuzzy {
                // Best matches first; ties keep the server's order.
                let scores = Dictionary(uniqueKeysWithValues: visible.map { index in (index, query.fuzzyScore(fields[index]) { exact($0, of: index) }) })
                visible.sort { scores[$0]! != scores[$1]! ? scores[$0]! > scores[$1]! : $0 < $1 }
            }
        }
        if let id, let position = visible.firstIndex(where: { subscriptions[$0].id == id }) {
            selection = position
        } else {
            selection = min(selection, max(0, visible.count - 1))
        }
        detailScroll = 0
        keepSelectionVisible()
    }

    /// Minimal scrolling: the list moves only as far as needed to show the selection.
    mutating func keepSelectionVisible() {
        let page = max(1, ScreenLayout(size: size, state: self).listDataRows)
        if selection < listScroll { listScroll = selection }
        if selection >= listScroll + page { listScroll = selection - page + 1 }
        listScroll = max(0, min(listScroll, max(0, visible.count - page)))
    }
}
