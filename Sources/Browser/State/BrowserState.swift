import Formatting
import Localization
import NP6
import Primitives
import Search

/// The whole state of the browser screen: a plain value, changed only by `BrowserReducer.reduce`.
public struct BrowserState: Sendable {
    public internal(set) var environment: BrowserEnvironment
    /// The server and profile requests go to now (`P` switches it).
    public internal(set) var connection: BrowserConnection
    public internal(set) var size: TerminalSize
    public internal(set) var now: Double

    /// The contact on screen, and what the last lookup of it answered.
    public internal(set) var contact: ContactKey?
    public private(set) var subscriptions: [Subscription] = []
    /// Which rows are another contact's (flagged, and never deleted as this contact's).
    public private(set) var ownership = ContactOwnership.none
    public private(set) var applicationNames: [String: String] = [:]
    public internal(set) var applicationsError: NP6Error?
    public internal(set) var fetchedAt: Double?

    public internal(set) var pending: PendingRequest?
    var nextGeneration = 1

    /// The query as typed (its error, if any, is shown in the filter bar).
    public private(set) var filter = SearchQuery()
    /// The query `visible` is the result of: behind `filter` while a filter runs off the UI thread.
    public private(set) var shownFilter = SearchQuery()
    /// The generation of the filter running off the UI thread, if any; other results are stale.
    public private(set) var runningFilter: Int?
    public internal(set) var filterEditing = false
    /// The generation of the lookup that was loading when the query was last typed: that query
    /// was meant for the rows this lookup brings, so they do not start unfiltered.
    public private(set) var filterTypedDuringLookup: Int?
    public internal(set) var filterField = TextField()
    /// Indices into `subscriptions` of the rows the filter lets through, in order.
    public private(set) var visible: [Int] = []
    /// Every row's searchable text, parallel to `subscriptions`, or the build that will make it.
    public private(set) var index = IndexState.ready(SearchIndex([], timeZone: .utc))
    /// A filter or sort was asked for before the index was ready: it runs when the index comes,
    /// and until then the rows shown are those of `shownFilter`, marked "indexing…".
    public private(set) var waitingForIndex = false
    /// Fuzzy mode (Ctrl-F in the filter bar): every text term matches fzf style.
    public private(set) var fuzzyFilter = false
    /// The list's order (`s`, `S`); nil: as the server sent it. Kept across refresh and filter.
    public private(set) var sort: SortOrder?

    /// Position in `visible` of the selected row.
    public internal(set) var selection = 0
    public internal(set) var listScroll = 0
    public internal(set) var focus: Focus = .list
    public internal(set) var detailScroll = 0
    /// How the list and the detail share the screen (`+`, `_`), for the whole session.
    public internal(set) var screenMode = ScreenMode.normal
    /// `/` while the detail has focus: the text searched in it, and its current match.
    public internal(set) var detailSearch = DetailSearch()

    /// Ids of the marked subscriptions (Space).
    public internal(set) var marked: Set<String> = []
    /// What the last delete of this session removed (or may have removed): `u` re-creates it.
    public internal(set) var lastDeleted: [Subscription] = []
    /// Why `u` has nothing to undo, for its message.
    public internal(set) var nothingToUndo = Message.undoNoneYet.text()

    public internal(set) var overlay: Overlay?
    public internal(set) var flash: Flash?
    public internal(set) var banner: Banner?
    /// Set while refreshing after a delete whose outcome is unknown.
    public internal(set) var verification: DeleteVerification?
    public internal(set) var recentLookups: [RecentLookup] = []
    /// The reasons confirmed so far, each for its contact and profile (`offeredReason`), and the
    /// recent ones that ↑ recalls in a reason field.
    public internal(set) var reasons: ReasonMemory
    /// Contacts seen before (`[` goes back) and after (`]` goes forward) the one on screen.
    public internal(set) var backHistory: [ContactSnapshot] = []
    public internal(set) var forwardHistory: [ContactSnapshot] = []
    /// The last lookup, if it failed (`r` retries it); cleared by the next answer.
    public internal(set) var failedLookup: LookupTarget?
    /// The API's rate limit as the latest answer said it (the header shows it once low).
    public internal(set) var rateLimit: RateLimit?

    public init(environment: BrowserEnvironment, size: TerminalSize, now: Double, recentLookups: [RecentLookup] = []) {
        self.environment = environment
        self.connection = environment.initialConnection
        self.size = size
        self.now = now
        self.recentLookups = recentLookups
        self.reasons = ReasonMemory(
            sessionReason: environment.reason, sessionProfile: environment.initialConnection.profile?.name)
    }

    public var selectedSubscription: Subscription? {
        guard visible.indices.contains(selection) else { return nil }
        return subscriptions[visible[selection]]
    }

    public var visibleSubscriptions: LazyMapSequence<[Int], Subscription> {
        visible.lazy.map { subscriptions[$0] }
    }

    public var isLoading: Bool { pending != nil }

    /// The rows' search index, once built.
    public var searchIndex: SearchIndex? { index.index }

    /// The reason a confirmation opened now starts with: the one given for this contact under this
    /// profile, else `--reason` under the profile it was given for, else none.
    var offeredReason: String { reasons.offered(profile: connection.profile?.name, contact: contact) }

    /// The contact's unicity, once known: as looked up, or as the subscriptions name it when the
    /// contact was looked up by hash or id.
    public var contactUnicity: String? {
        if case .unicity(let value)? = contact { return value }
        return subscriptions.first?.contact.unicity
    }

    /// The contact in words: `unicity: foobar`, `unicity: foobar (hash: 3858f622…)` when it was
    /// looked up by another key, or `hash: 3858f622…` while its unicity is unknown. Sanitised.
    public var contactDescription: String? {
        guard let contact else { return nil }
        let key =
            "\(contact.kind.rawValue): \(UntrustedText.sanitized(TokenText.shortened(contact.value, head: 8, tail: 0)))"
        guard contact.kind != .unicity else { return "unicity: \(UntrustedText.sanitized(contact.value))" }
        guard let unicity = contactUnicity else { return key }
        return "unicity: \(UntrustedText.sanitized(unicity)) (\(key))"
    }

    public func applicationName(for subscription: Subscription) -> String? {
        subscription.application.flatMap { applicationNames[$0] }
    }

    /// The application's name, or its UUID when the name is unknown.
    public func applicationLabel(for subscription: Subscription) -> String {
        applicationLabel(ofApplication: subscription.application)
    }

    /// The same for an application UUID already read from a subscription.
    public func applicationLabel(ofApplication application: String?) -> String {
        application.flatMap { applicationNames[$0] } ?? application ?? "—"
    }

    /// What the detail of a subscription needs from this state.
    public var detailContext: DetailDocument.Context {
        DetailDocument.Context(
            applicationNames: applicationNames, applicationsProblem: applicationsError?.message, now: now,
            timeZone: environment.timeZone, rateLimit: rateLimit)
    }

    /// The detail of one row as this state shows it, its owner said first when it is foreign.
    public func detail(of subscription: Subscription, width: Int) -> DetailDocument {
        DetailDocument(
            subscription: subscription, context: detailContext, width: width,
            owner: ownership.owner(of: subscription))
    }

    /// Starts tracking a request: it becomes the pending one, under a new generation.
    mutating func begin(_ kind: PendingRequest.Kind) -> Int {
        let generation = nextGeneration
        nextGeneration += 1
        pending = PendingRequest(generation: generation, kind: kind, startedAt: now)
        return generation
    }

    // MARK: Mutations that keep the derived fields true

    /// The contact on screen as it is now, if there is one.
    func snapshot() -> ContactSnapshot? {
        guard let contact else { return nil }
        return ContactSnapshot(
            contact: contact, subscriptions: subscriptions, index: index, fetchedAt: fetchedAt,
            filter: shownFilter,
            fuzzyFilter: fuzzyFilter, sort: sort, visible: visible, selection: selection, listScroll: listScroll,
            focus: focus)
    }

    /// Puts a contact back exactly as it was: nothing is fetched or filtered again (an index
    /// that was still being built is built anew: that build's answer was dropped).
    mutating func restore(_ snapshot: ContactSnapshot) -> [Effect] {
        contact = snapshot.contact
        subscriptions = snapshot.subscriptions
        index = snapshot.index
        fetchedAt = snapshot.fetchedAt
        filter = snapshot.filter
        shownFilter = snapshot.filter
        runningFilter = nil
        fuzzyFilter = snapshot.fuzzyFilter
        filterField = TextField(text: snapshot.filter.text)
        filterEditing = false
        sort = snapshot.sort
        visible = snapshot.visible
        selection = snapshot.selection
        listScroll = snapshot.listScroll
        focus = snapshot.focus
        detailScroll = 0
        marked = []
        banner = nil
        failedLookup = nil
        keepSelectionVisible()
        guard index.index == nil else {
            waitingForIndex = false
            return []
        }
        // The rows shown are filtered but perhaps not yet sorted: sort them once indexed.
        waitingForIndex = sort != nil
        return reindex()
    }

    /// Another profile: nothing recorded against the previous server may be acted on here, so
    /// the contact, marks, undo and history go; the filter and sort are kept as preferences.
    mutating func switchConnection(to new: BrowserConnection) {
        connection = new
        contact = nil
        fetchedAt = nil
        marked = []
        lastDeleted = []
        nothingToUndo = Message.undoOtherProfile.text()
        backHistory = []
        forwardHistory = []
        failedLookup = nil
        verification = nil
        banner = nil
        rateLimit = nil
        applicationNames = [:]
        applicationsError = nil
        // No rows: an empty index is ready at once, so there is nothing to build.
        _ = replaceSubscriptions([], index: SearchIndex([], timeZone: environment.timeZone), keepingSelectionOn: nil)
        selection = 0
        listScroll = 0
        detailScroll = 0
        focus = .list
    }

    /// Lists this long are filtered by an effect, off the UI thread; shorter ones at once.
    public static let backgroundFilterRows = 20_000

    /// New rows for the contact on screen. Without a fitting index, a short list is indexed here
    /// and a long one is shown at once and indexed by the `.buildIndex` effect returned.
    mutating func replaceSubscriptions(
        _ new: [Subscription], index given: SearchIndex?, ownership: ContactOwnership = .none,
        keepingSelectionOn id: String?
    ) -> [Effect] {
        subscriptions = new
        self.ownership = ownership
        var effects: [Effect] = []
        if let given, given.count == new.count, given.timeZone == environment.timeZone {
            index = .ready(given)
        } else if new.count < Self.backgroundFilterRows {
            index = .ready(SearchIndex(new, timeZone: environment.timeZone))
        } else {
            effects = reindex()
        }
        if !marked.isEmpty {
            let present = Set(new.map(\.id))
            marked = marked.filter { present.contains($0) }
        }
        refilterNow(keepingSelectionOn: id.flatMap { id in new.firstIndex { $0.id == id } })
        return effects
    }

    /// Has the index of the rows now shown built off the UI thread; until it comes, a filter or
    /// sort waits (`waitingForIndex`).
    private mutating func reindex() -> [Effect] {
        let generation = nextGeneration
        nextGeneration += 1
        index = .building(generation: generation)
        return [
            .buildIndex(IndexJob(generation: generation, subscriptions: subscriptions, timeZone: environment.timeZone))
        ]
    }

    /// The answer of a `.buildIndex` effect: the index is used if it is that of the rows shown,
    /// and whatever waited for it runs now.
    mutating func indexBuilt(generation: Int, index built: SearchIndex) -> [Effect] {
        guard case .building(generation) = index, built.count == subscriptions.count else { return [] }
        index = .ready(built)
        guard waitingForIndex else { return [] }
        waitingForIndex = false
        return run(candidates: nil)
    }

    mutating func setApplicationNames(_ names: [String: String]) {
        applicationNames = names
        refilterNow(keepingSelectionOn: selectedRow)
    }

    /// Parses the typed query and filters: at once for a short list, else by returning a
    /// `.filter` effect whose answer (`applyFilterResult`) replaces the rows shown.
    mutating func setFilter(_ text: String) -> [Effect] {
        filter = SearchQuery(text, now: now, timeZone: environment.timeZone, fuzzy: fuzzyFilter)
        filterTypedDuringLookup = pending.flatMap { $0.isLookup ? $0.generation : nil }
        // Growing a query only narrows: test again just the rows that matched (unless a run is
        // still going, in which case `visible` belongs to an older query than `shownFilter`'s).
        let candidates = runningFilter == nil && filter.narrows(shownFilter) ? visible : nil
        return run(candidates: candidates, heldTerms: candidates == nil ? 0 : filter.termsHeld(narrowing: shownFilter))
    }

    /// No filter, before other rows replace these (which filters them anew).
    mutating func resetFilter() {
        filter = SearchQuery()
        shownFilter = filter
        runningFilter = nil
    }

    /// Puts the list in `order`: the rows shown stay the same, only their order changes.
    mutating func setSort(_ order: SortOrder?) -> [Effect] {
        sort = order
        // A fuzzy query orders by score when unsorted: that order comes only from a full run.
        return run(candidates: order == nil && filter.isFuzzy ? nil : visible)
    }

    /// Filters and sorts: at once when few rows are involved, else off the UI thread, and not
    /// before the index is built.
    private mutating func run(candidates: [Int]?, heldTerms: Int = 0) -> [Effect] {
        if filter.isEmpty, sort == nil {
            // Every row in the server's order: nothing to filter or sort.
            apply(Array(subscriptions.indices), keepingSelectionOn: selectedRow)
            return []
        }
        guard let searchIndex else {
            waitForIndex()
            return []
        }
        let job = FilterJob(
            generation: nextGeneration,
            filter: SearchFilter(index: searchIndex, query: filter, applicationNames: applicationNames),
            candidates: candidates, heldTerms: heldTerms, sort: sort)
        if filter.error != nil || (candidates?.count ?? subscriptions.count) < Self.backgroundFilterRows {
            apply(job.run() ?? [], keepingSelectionOn: selectedRow)
            return []
        }
        runningFilter = job.generation
        nextGeneration += 1
        return [.filter(job)]
    }

    /// The answer of a `.filter` effect; an answer to anything but the latest is dropped.
    mutating func applyFilterResult(generation: Int, rows: [Int]) {
        guard runningFilter == generation else { return }
        apply(rows, keepingSelectionOn: selectedRow)
    }

    mutating func toggleFuzzyFilter() -> [Effect] {
        fuzzyFilter.toggle()
        return setFilter(filter.text)
    }

    /// After a delete: the rows go, the rest keep their order, the selection stays in place.
    mutating func removeSubscriptions(ids: Set<String>) -> [Effect] {
        guard !ids.isEmpty else { return [] }
        let removed = Set(subscriptions.indices.filter { ids.contains(subscriptions[$0].id) })
        guard !removed.isEmpty else { return [] }
        let position = selection
        subscriptions = subscriptions.indices.filter { !removed.contains($0) }.map { subscriptions[$0] }
        var effects: [Effect] = []
        if let searchIndex {
            index = .ready(searchIndex.removing(rows: removed))
        } else {
            // The build under way is of the old rows: start one of those that remain.
            effects = reindex()
        }
        marked.subtract(ids)
        ownership.forget(ids: ids)
        refilterNow(keepingSelectionOn: nil)
        selection = min(position, max(0, visible.count - 1))
        keepSelectionVisible()
        return effects
    }

    /// Filters again after the rows changed, on the spot: a data change is rare, and the
    /// selection must follow it now. A filter still running is overtaken.
    private mutating func refilterNow(keepingSelectionOn row: Int?) {
        if filter.isEmpty, sort == nil {
            apply(Array(subscriptions.indices), keepingSelectionOn: row)
            return
        }
        guard let searchIndex else {
            // The rows changed under the filter: show them all, as unfiltered, until it can run.
            waitForIndex(showingAllRows: true, keepingSelectionOn: row)
            return
        }
        let job = FilterJob(
            generation: 0, filter: SearchFilter(index: searchIndex, query: filter, applicationNames: applicationNames),
            candidates: nil, sort: sort)
        apply(job.run() ?? [], keepingSelectionOn: row)
    }

    /// A filter or sort that needs the index before it can run: the rows shown stay (or, when
    /// they are new, all show, as the unfiltered list they are) and say "indexing…".
    private mutating func waitForIndex(showingAllRows: Bool = false, keepingSelectionOn row: Int? = nil) {
        runningFilter = nil
        if filter.error != nil {
            // An invalid query matches nothing, index or not.
            apply([], keepingSelectionOn: nil)
            return
        }
        waitingForIndex = true
        guard showingAllRows else { return }
        visible = Array(subscriptions.indices)
        shownFilter = SearchQuery()
        selection = row ?? min(selection, max(0, visible.count - 1))
        detailScroll = 0
        keepSelectionVisible()
    }

    /// The selected row's position in `subscriptions`.
    private var selectedRow: Int? { visible.indices.contains(selection) ? visible[selection] : nil }

    /// Shows `rows`, the result of `filter`; the selection stays on the subscription at `row` (a
    /// position in `subscriptions`) if it is among them.
    private mutating func apply(_ rows: [Int], keepingSelectionOn row: Int?) {
        runningFilter = nil
        waitingForIndex = false
        shownFilter = filter
        visible = rows
        if let row, let position = visible.firstIndex(of: row) {
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
