import Formatting
import Localization
import NP6

/// The browser's state machine: `reduce` applies one action to the state and returns the effects
/// the controller must run. It performs no I/O, so every behaviour is testable as data.
public enum BrowserReducer {
    public static let maximumRecentLookups = 20

    /// The effects to run when the program opens, optionally on a contact.
    public static func start(_ state: inout BrowserState, lookingUp target: LookupTarget?) -> [Effect] {
        var effects: [Effect] = [.loadApplications]
        if let target {
            effects += startLookup(&state, target)
        } else {
            state.overlay = .prompt(LookupPrompt())
        }
        return effects
    }

    public static func reduce(_ state: inout BrowserState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handleKey(&state, key)
        case .mouse(let event):
            return handleMouse(&state, event)
        case .resize(let size):
            state.size = size
            state.keepSelectionVisible()
            return []
        case .tick(let now):
            state.now = now
            if let flash = state.flash, flash.expiresAt <= now { state.flash = nil }
            return []
        case .showBanner(let banner):
            state.banner = banner
            return []
        case .lookupFinished(let generation, let target, let result, let now):
            return lookupFinished(&state, generation: generation, target: target, result: result, now: now)
        case .applicationsFinished(let result):
            switch result {
            case .success(let applications):
                var names: [String: String] = [:]
                for application in applications { if let name = application.name { names[application.id] = name } }
                state.applicationsError = nil
                state.setApplicationNames(names)
            case .failure(let error):
                state.applicationsError = error
                if error != .cancelled {
                    state.flash = Flash(
                        Message.flashNamesUnavailable(error: error.message).text(), kind: .warning, now: state.now)
                }
            }
            return []
        case .deleteFinished(let generation, let results):
            return deleteFinished(&state, generation: generation, results: results)
        case .writeRefused(let generation, let reason):
            guard let pending = state.pending, pending.generation == generation else { return [] }
            state.pending = nil
            let title =
                switch pending.kind {
                case .restore, .restoreEntry: Message.bannerUndoRefused.text()
                default: Message.bannerDeleteRefused.text()
                }
            state.banner = Banner(title: title, message: Message.bannerNothingSent(reason: reason).text())
            return []
        case .restoreFinished(let generation, let results):
            return restoreFinished(&state, generation: generation, results: results)
        case .deleteAllFinished(let generation, let contact, let count, let error, let journalEntry):
            return deleteAllFinished(
                &state, generation: generation, contact: contact, count: count, error: error, journalEntry: journalEntry
            )
        case .filterFinished(let generation, let rows):
            state.applyFilterResult(generation: generation, rows: rows)
            return []
        case .indexBuilt(let generation, let index):
            return state.indexBuilt(generation: generation, index: index)
        case .rateLimitObserved(let rateLimit):
            state.rateLimit = rateLimit
            return []
        case .profileSwitched(let generation, let connection):
            return profileSwitched(&state, generation: generation, connection: connection)
        case .profileSwitchFailed(let generation, let profile, let message):
            return profileSwitchFailed(&state, generation: generation, profile: profile, message: message)
        case .journalLoaded(let listing):
            journalRead(&state, .loaded(listing))
            return []
        case .journalUnreadable(let message):
            journalRead(&state, .unreadable(message))
            return []
        case .exportFinished(let outcome): return exportFinished(&state, outcome)
        case .pagerFinished(let error): return pagerFinished(&state, error: error)
        case .copyFinished(let what, let error): return copyFinished(&state, what: what, error: error)
        }
    }

    // MARK: Requests

    static func startLookup(_ state: inout BrowserState, _ target: LookupTarget) -> [Effect] {
        var effects: [Effect] = []
        if let pending = state.pending {
            if case .lookup = pending.kind {
                // A new lookup replaces the one in flight.
                effects.append(.cancel(generation: pending.generation))
            } else if case .switchProfile(let name) = pending.kind {
                state.flash = Flash(Message.flashSwitchingWait(name: name).text(), kind: .warning, now: state.now)
                return []
            } else {
                state.flash = Flash(Message.flashDeleteInProgress.text(), kind: .warning, now: state.now)
                return []
            }
        }
        let generation = state.begin(.lookup(target))
        effects.append(.lookup(generation: generation, target: target))
        return effects
    }

    /// A lookup that answered goes to the top of the recent ones; a failed one is not kept.
    static func remember(_ state: inout BrowserState, _ target: LookupTarget) -> [Effect] {
        let recent = RecentLookup(kind: target.kind, value: target.value)
        guard state.recentLookups.first != recent else { return [] }
        state.recentLookups.removeAll { $0 == recent }
        state.recentLookups.insert(recent, at: 0)
        state.recentLookups = Array(state.recentLookups.prefix(maximumRecentLookups))
        return [.saveRecentLookups(state.recentLookups)]
    }

    static func refresh(_ state: inout BrowserState) -> [Effect] {
        // After a failed lookup, r retries that lookup, not the contact still on screen.
        if let failed = state.failedLookup {
            state.banner = nil
            return startLookup(&state, failed)
        }
        guard let contact = state.contact else {
            let lookup = KeyMap.label(of: .openPrompt, in: .browse)
            state.flash = Flash(Message.flashNothingToRefresh(key: lookup).text(), kind: .info, now: state.now)
            return []
        }
        var effects = startLookup(&state, .contact(contact))
        if let error = state.applicationsError, error != .forbidden { effects.append(.loadApplications) }
        return effects
    }

    static func cancelPendingLookup(_ state: inout BrowserState) -> [Effect] {
        guard let pending = state.pending, pending.isLookup else { return [] }
        state.pending = nil
        state.flash = Flash(Message.flashCancelled.text(), kind: .info, now: state.now)
        return [.cancel(generation: pending.generation)]
    }

    static func lookupFinished(
        _ state: inout BrowserState, generation: Int, target: LookupTarget, result: Result<LookupAnswer, NP6Error>,
        now: Double
    ) -> [Effect] {
        // A late answer to an old request is thrown away.
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        state.now = now
        var effects: [Effect] = []
        switch result {
        case .success(let answer):
            state.failedLookup = nil
            effects += remember(&state, target)
            let contact = answer.contact ?? (target.contactKey)
            let sameContact = contact != nil && contact == state.contact
            let keep = answer.selectID ?? (sameContact ? state.selectedSubscription?.id : nil)
            if !sameContact {
                recordHistory(&state)
                // Another contact starts unfiltered (a filter kept from the last one would hide
                // rows); the old filter waits in the history. The sort order stays. A query typed
                // while this contact loaded is for it, and stays.
                let typedForThese = state.filterTypedDuringLookup == generation
                if !typedForThese && (!state.filter.isEmpty || state.filterEditing) {
                    state.filterEditing = false
                    state.filterField = TextField()
                    state.resetFilter()
                }
                state.selection = 0
                state.listScroll = 0
                state.focus = .list
            }
            state.contact = contact
            effects += state.replaceSubscriptions(
                answer.subscriptions, index: answer.searchIndex, ownership: answer.ownership, keepingSelectionOn: keep)
            state.fetchedAt = now
            if state.banner?.sticky != true { state.banner = nil }
            if let verification = state.verification {
                state.verification = nil
                let remaining = Set(answer.subscriptions.map(\.id))
                state.banner = verification.verdict(remainingIDs: remaining)
                // What is still there was not deleted: there is nothing of it to undo.
                state.lastDeleted.removeAll { remaining.contains($0.id) }
                if state.lastDeleted.isEmpty { state.nothingToUndo = Message.undoDidNotHappen.text() }
                let settlements = verification.settlements(remainingIDs: remaining)
                if !settlements.isEmpty { effects.append(.settleJournal(settlements)) }
            }
        case .failure(.cancelled):
            break
        case .failure(let error):
            if let verification = state.verification {
                state.verification = nil
                let check = KeyMap.label(of: .refresh, in: .browse)
                state.banner = Banner(
                    title: Message.bannerOutcomeUnknown.text(),
                    message: Message.bannerRefreshFailedToo(
                        cause: verification.cause, error: error.message, key: check, what: verification.what
                    ).text())
                return []
            }
            state.failedLookup = target
            state.banner = Banner(
                title: Message.bannerLookupFailed(kind: target.kind.label, value: describe(target.value)).text(),
                message: error.message,
                hint: error.retryMayHelp
                    ? Message.bannerRetryHint(key: KeyMap.label(of: .refresh, in: .browse)).text() : nil)
        }
        return effects
    }

    static func describe(_ value: String) -> String {
        Message.quotedValue(value: UntrustedText.sanitized(value)).text()
    }
}
