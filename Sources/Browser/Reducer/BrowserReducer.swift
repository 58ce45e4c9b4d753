import Formatting
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
            state.overlay = .prompt(LookupPrompt(kind: state.recentLookups.first?.kind ?? .unicity))
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
                    state.flash = Flash("Application names unavailable (\(error.message)); showing UUIDs", kind: .warning, now: state.now)
                }
            }
            return []
        case .deleteFinished(let generation, let results):
            return deleteFinished(&state, generation: generation, results: results)
        case .writeRefused(let generation, let reason):
            guard let pending = state.pending, pending.generation == generation else { return [] }
            state.pending = nil
            let title = if case .restore = pending.kind { "Undo refused" } else { "Delete refused" }
            state.banner = Banner(title: title, message: "\(reason) Nothing was sent.")
            return []
        case .restoreFinished(let generation, let results):
            return restoreFinished(&state, generation: generation, results: results)
        case .deleteAllFinished(let generation, let contact, let count, let error):
            return deleteAllFinished(&state, generation: generation, contact: contact, count: count, error: error)
        case .filterFinished(let generation, let rows):
            state.applyFilterResult(generation: generation, rows: rows)
            return []
        case .copyFinished(let what, let error):
            if let error {
                state.flash = Flash("Copy failed: \(error)", kind: .error, now: state.now)
            } else {
                state.flash = Flash("Copied \(what)", kind: .success, now: state.now)
            }
            return []
        }
    }

    // MARK: Requests

    static func startLookup(_ state: inout BrowserState, _ target: LookupTarget) -> [Effect] {
        var effects: [Effect] = []
        if let pending = state.pending {
            if case .lookup = pending.kind {
                // A new lookup replaces the one in flight.
                effects.append(.cancel(generation: pending.generation))
            } else {
                state.flash = Flash("A delete is in progress; wait for its answer", kind: .warning, now: state.now)
                return []
            }
        }
        let generation = state.begin(.lookup(target))
        effects.append(.lookup(generation: generation, target: target))
        let recent = RecentLookup(kind: target.kind, value: target.value)
        if state.recentLookups.first != recent {
            state.recentLookups.removeAll { $0 == recent }
            state.recentLookups.insert(recent, at: 0)
            state.recentLookups = Array(state.recentLookups.prefix(maximumRecentLookups))
            effects.append(.saveRecentLookups(state.recentLookups))
        }
        return effects
    }

    static func refresh(_ state: inout BrowserState) -> [Effect] {
        guard let contact = state.contact else {
            state.flash = Flash("Nothing to refresh: press o to look up a contact", kind: .info, now: state.now)
            return []
        }
        var effects = startLookup(&state, .contact(contact))
        if let error = state.applicationsError, error != .forbidden { effects.append(.loadApplications) }
        return effects
    }

    static func cancelPendingLookup(_ state: inout BrowserState) -> [Effect] {
        guard let pending = state.pending, case .lookup = pending.kind else { return [] }
        state.pending = nil
        state.flash = Flash("Cancelled", kind: .info, now: state.now)
        return [.cancel(generation: pending.generation)]
    }

    static func lookupFinished(
        _ state: inout BrowserState, generation: Int, target: LookupTarget, result: Result<LookupAnswer, NP6Error>, now: Double
    ) -> [Effect] {
        // A late answer to an old request is thrown away.
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        state.now = now
        switch result {
        case .success(let answer):
            let contact = answer.contact ?? (target.contactKey)
            let sameContact = contact != nil && contact == state.contact
            let keep = answer.selectID ?? (sameContact ? state.selectedSubscription?.id : nil)
            if !sameContact {
                state.selection = 0
                state.listScroll = 0
                state.focus = .list
            }
            state.contact = contact
            state.replaceSubscriptions(answer.subscriptions, index: answer.searchIndex, keepingSelectionOn: keep)
            state.fetchedAt = now
            if state.banner?.sticky != true { state.banner = nil }
            if let verification = state.verification {
                state.verification = nil
                state.banner = verification.verdict(remainingIDs: Set(answer.subscriptions.map(\.id)))
            }
        case .failure(.cancelled):
            break
        case .failure(let error):
            if let verification = state.verification {
                state.verification = nil
                state.banner = Banner(
                    title: "Outcome unknown", message: "\(verification.cause) Refreshing failed too (\(error.message)); press r to check \(verification.what).")
                return []
            }
            state.banner = Banner(title: "Lookup of \(target.kind.rawValue) \(describe(target.value)) failed", message: error.message)
        }
        return []
    }

    static func describe(_ value: String) -> String {
        "\"\(UntrustedText.sanitized(value))\""
    }

    // MARK: Deletes

    /// Whether a write (`what`: "deleting", "undo") may start now; if not, a flash says why.
    static func mayWrite(_ state: inout BrowserState, _ what: String) -> Bool {
        if state.environment.readOnly {
            state.flash = Flash("read-only: \(what) is disabled (--read-only)", kind: .warning, now: state.now)
            return false
        }
        if state.pending != nil {
            state.flash = Flash("Wait for the request in progress to finish", kind: .warning, now: state.now)
            return false
        }
        return true
    }

    static func requestDelete(_ state: inout BrowserState) -> [Effect] {
        guard mayWrite(&state, "deleting") else { return [] }
        if !state.marked.isEmpty {
            // Every marked row, in list order, including those the filter hides (the modal says so).
            let targetRows = state.subscriptions.indices.filter { state.marked.contains(state.subscriptions[$0].id) }
            let shown = Set(state.visible)
            let targets = targetRows.map { state.subscriptions[$0] }
            let hidden = targetRows.filter { !shown.contains($0) }.count
            state.overlay = .confirmDelete(DeleteConfirmation(subscriptions: targets, hiddenByFilter: hidden))
            return []
        }
        guard let subscription = state.selectedSubscription else {
            state.flash = Flash("No subscription selected", kind: .info, now: state.now)
            return []
        }
        state.overlay = .confirmDelete(DeleteConfirmation(subscriptions: [subscription]))
        return []
    }

    static func requestUndo(_ state: inout BrowserState) -> [Effect] {
        guard mayWrite(&state, "undo") else { return [] }
        guard !state.lastDeleted.isEmpty else {
            state.flash = Flash("Nothing to undo: no delete in this session yet", kind: .info, now: state.now)
            return []
        }
        state.overlay = .confirmRestore(RestoreConfirmation(subscriptions: state.lastDeleted))
        return []
    }

    static func toggleMark(_ state: inout BrowserState) {
        guard let subscription = state.selectedSubscription else { return }
        if state.marked.contains(subscription.id) { state.marked.remove(subscription.id) } else { state.marked.insert(subscription.id) }
        if state.selection + 1 < state.visible.count {
            state.selection += 1
            state.detailScroll = 0
            state.keepSelectionVisible()
        }
    }

    static func requestDeleteAll(_ state: inout BrowserState) -> [Effect] {
        guard mayWrite(&state, "deleting") else { return [] }
        guard let contact = state.contact, !state.subscriptions.isEmpty else {
            state.flash = Flash("This contact has no subscriptions to delete", kind: .info, now: state.now)
            return []
        }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for subscription in state.subscriptions {
            let name = state.applicationLabel(for: subscription)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let applications = order.map { (name: $0, count: counts[$0]!) }
        state.overlay = .confirmDeleteAll(DeleteAllConfirmation(contact: contact, subscriptions: state.subscriptions, applications: applications))
        return []
    }

    static func confirmDelete(_ state: inout BrowserState, _ confirmation: DeleteConfirmation) -> [Effect] {
        state.overlay = nil
        state.banner = nil
        let generation = state.begin(.delete(confirmation.subscriptions))
        return [.deleteSubscriptions(generation: generation, subscriptions: confirmation.subscriptions)]
    }

    static func confirmDeleteAll(_ state: inout BrowserState, _ confirmation: DeleteAllConfirmation) -> [Effect] {
        state.overlay = nil
        state.banner = nil
        let generation = state.begin(.deleteAll(confirmation.contact))
        return [.deleteAll(generation: generation, contact: confirmation.contact, subscriptions: confirmation.subscriptions)]
    }

    static func confirmRestore(_ state: inout BrowserState, _ confirmation: RestoreConfirmation) -> [Effect] {
        state.overlay = nil
        state.banner = nil
        let generation = state.begin(.restore(confirmation.subscriptions))
        return [.restore(generation: generation, subscriptions: confirmation.subscriptions)]
    }

    static func summary(of subscription: Subscription, in state: BrowserState) -> String {
        let token = subscription.provider.address.map { " " + TokenText.shortened(UntrustedText.sanitized($0)) } ?? ""
        return "\(UntrustedText.sanitized(subscription.provider.type))\(token) (\(UntrustedText.sanitized(state.applicationLabel(for: subscription))))"
    }

    static func deleteFinished(_ state: inout BrowserState, generation: Int, results: [RequestResult]) -> [Effect] {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        let deleted = results.filter { $0.error == nil }.map(\.subscription)
        let gone = results.filter { if case .notFound? = $0.error { return true } else { return false } }.map(\.subscription)
        let unknown = results.filter { $0.error?.outcomeIsUnknown == true }
        let failed = results.filter { result in
            guard let error = result.error else { return false }
            if case .notFound = error { return false }
            return !error.outcomeIsUnknown
        }
        state.removeSubscriptions(ids: Set((deleted + gone).map(\.id)))
        // Undo re-creates what this delete removed, or may have removed.
        if !deleted.isEmpty || !unknown.isEmpty { state.lastDeleted = deleted + unknown.map(\.subscription) }

        if results.count == 1, let result = results.first {
            let what = summary(of: result.subscription, in: state)
            if result.error == nil {
                state.flash = Flash("Deleted \(what) (u undoes)", kind: .success, now: state.now)
            } else if !gone.isEmpty {
                state.flash = Flash("Already gone: \(what) was deleted elsewhere", kind: .warning, now: state.now)
            } else if let error = result.error, !unknown.isEmpty {
                return verify(&state, ids: [result.subscription.id], what: what, cause: error.message)
            } else if let error = result.error {
                state.banner = Banner(title: "Delete failed", message: "\(error.message) \(what) was not deleted.")
            }
            return []
        }

        var parts = ["Deleted \(deleted.count) of \(results.count)"]
        if !gone.isEmpty { parts.append("\(gone.count) already gone") }
        if !unknown.isEmpty { parts.append("\(unknown.count) with unknown outcome") }
        if !failed.isEmpty { parts.append("\(failed.count) failed (\(failed[0].error!.message))") }
        let text = parts.joined(separator: "; ")
        if !unknown.isEmpty {
            return verify(&state, ids: unknown.map(\.subscription.id), what: "\(unknown.count) subscriptions", cause: text + ".")
        }
        if failed.isEmpty {
            state.flash = Flash(text + (deleted.isEmpty ? "" : " (u undoes)"), kind: .success, now: state.now)
        } else {
            state.banner = Banner(title: "Some deletes failed", message: text + ". The failed rows stay, still marked.")
        }
        return []
    }

    /// After an unknown outcome: fetch again and say afterwards what the list shows.
    static func verify(_ state: inout BrowserState, ids: [String], what: String, cause: String) -> [Effect] {
        guard let contact = state.contact else { return [] }
        let effects = startLookup(&state, .contact(contact))
        state.banner = Banner(title: "Outcome unknown", message: "\(cause) Refreshing to see whether \(what) is still there…")
        state.verification = DeleteVerification(subscriptionIDs: ids, what: what, cause: cause)
        return effects
    }

    static func restoreFinished(_ state: inout BrowserState, generation: Int, results: [RequestResult]) -> [Effect] {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        let failed = results.filter { $0.error != nil }
        state.lastDeleted = failed.map(\.subscription)
        let restored = results.count - failed.count
        if failed.isEmpty {
            state.flash = Flash("Re-created \(restored) subscription\(restored == 1 ? "" : "s")", kind: .success, now: state.now)
        } else {
            state.banner = Banner(
                title: "Undo incomplete",
                message: "Re-created \(restored) of \(results.count); \(failed.count) failed (\(failed[0].error!.message)). u tries those again.")
        }
        // Fetch again: the re-created rows come back as the server has them.
        guard let contact = state.contact else { return [] }
        let banner = state.banner
        let effects = startLookup(&state, .contact(contact))
        state.banner = banner
        return effects
    }

    static func deleteAllFinished(_ state: inout BrowserState, generation: Int, contact: ContactKey, count: Int, error: NP6Error?) -> [Effect] {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        let who = "\(contact.kind.rawValue) \(describe(contact.value))"
        var banner: Banner?
        if case .deleteAll = pending.kind, error == nil || error?.outcomeIsUnknown == true {
            state.lastDeleted = state.subscriptions
        }
        switch error {
        case nil:
            state.flash = Flash("Deleted all \(count) subscriptions of \(who) (u undoes)", kind: .success, now: state.now)
        case .notFound?:
            state.flash = Flash("Already gone: \(who) has no subscriptions left", kind: .warning, now: state.now)
        case let error? where error.outcomeIsUnknown:
            banner = Banner(title: "Outcome unknown", message: "\(error.message) Refreshing to see what is left…")
            state.verification = DeleteVerification(
                subscriptionIDs: state.subscriptions.map(\.id), what: "the \(count) subscriptions of \(who)", cause: error.message)
        case let error?:
            state.banner = Banner(title: "Bulk delete failed", message: "\(error.message) Nothing was deleted.")
            return []
        }
        // Fetch again: the server says what is left.
        let effects = startLookup(&state, .contact(contact))
        if let banner { state.banner = banner }
        return effects
    }

    // MARK: Clipboard

    static func copySelected(_ state: inout BrowserState) -> [Effect] {
        guard let subscription = state.selectedSubscription else {
            state.flash = Flash("No subscription selected", kind: .info, now: state.now)
            return []
        }
        if let token = subscription.provider.token {
            return [.copyToClipboard(text: token, what: "token (\(token.count) characters)")]
        }
        if let url = subscription.provider.url {
            return [.copyToClipboard(text: url, what: "url (\(url.count) characters)")]
        }
        state.flash = Flash("This provider has no token or url to copy", kind: .info, now: state.now)
        return []
    }
}

extension LookupTarget {
    var contactKey: ContactKey? {
        if case .contact(let key) = self { return key }
        return nil
    }
}
