import Essentials
import Formatting
import Localization
import NP6

/// Deletes and undo: opening their confirmations, starting the confirmed write, and what its
/// answer means for the list, the marks and undo.
extension BrowserReducer {

    /// Whether a write (`what`: "deleting", "undo") may start now; if not, a flash says why.
    static func mayWrite(_ state: inout BrowserState, _ what: String) -> Bool {
        if state.connection.readOnly {
            state.flash = Flash(Message.flashReadOnly(what: what).text(), kind: .warning, now: state.now)
            return false
        }
        if state.pending != nil {
            state.flash = Flash(Message.flashWaitForRequest.text(), kind: .warning, now: state.now)
            return false
        }
        return true
    }

    static func requestDelete(_ state: inout BrowserState) -> [Effect] {
        guard mayWrite(&state, Message.writeWhatDeleting.text()) else { return [] }
        if !state.marked.isEmpty { return requestMarkedDelete(&state) }
        guard let subscription = state.selectedSubscription else {
            state.flash = Flash(Message.flashNoSubscriptionSelected.text(), kind: .info, now: state.now)
            return []
        }
        if let owner = state.ownership.owner(of: subscription) {
            // Another contact's row: the person names that contact, so nobody deletes it by habit.
            let policy = state.connection.confirmationPolicy
            let typed = TypedAnswer(
                expected: policy.answer(naming: owner.value),
                instruction: (policy.productionProfile.map {
                    Message.typeOwnerProduction(kind: owner.kind.rawValue, profile: $0)
                } ?? Message.typeOwner(kind: owner.kind.rawValue)).text())
            state.overlay = .confirmation(
                Confirmation(
                    .deleteSubscriptions([subscription], hiddenByFilter: 0), answer: .typed(typed),
                    reason: state.offeredReason))
            return []
        }
        state.overlay = .confirmation(
            Confirmation(.deleteSubscriptions([subscription], hiddenByFilter: 0), reason: state.offeredReason))
        return []
    }

    /// Every marked row of this contact, in list order, including those the filter hides (the
    /// modal says so). Marked rows of another contact are left out and named: each is deleted on
    /// its own, where its owner is typed.
    static func requestMarkedDelete(_ state: inout BrowserState) -> [Effect] {
        let targetRows = state.subscriptions.indices.filter { state.marked.contains(state.subscriptions[$0].id) }
        let foreign = targetRows.filter { state.ownership.owner(of: state.subscriptions[$0]) != nil }
        let ownRows = targetRows.filter { !foreign.contains($0) }
        guard !ownRows.isEmpty else {
            let delete = KeyMap.label(of: .delete, in: .browse)
            state.flash = Flash(
                Message.flashMarkedForeign(count: foreign.count, key: delete).text(), kind: .warning, now: state.now)
            return []
        }
        let shown = Set(state.visible)
        let hidden = ownRows.filter { !shown.contains($0) }.count
        state.overlay = .confirmation(
            Confirmation(
                .deleteSubscriptions(ownRows.map { state.subscriptions[$0] }, hiddenByFilter: hidden),
                reason: state.offeredReason, leftOut: foreign.map { state.subscriptions[$0] }))
        return []
    }

    static func requestUndo(_ state: inout BrowserState) -> [Effect] {
        guard mayWrite(&state, Message.writeWhatUndo.text()) else { return [] }
        guard !state.lastDeleted.isEmpty else {
            state.flash = Flash(
                Message.flashNothingToUndo(why: state.nothingToUndo).text(), kind: .info, now: state.now)
            return []
        }
        state.overlay = .confirmation(Confirmation(.restore(state.lastDeleted), reason: state.offeredReason))
        return []
    }

    static func toggleMark(_ state: inout BrowserState) {
        if state.connection.readOnly {
            state.flash = Flash(
                Message.flashReadOnly(what: Message.writeWhatMarking.text()).text(), kind: .warning, now: state.now)
            return
        }
        guard let subscription = state.selectedSubscription else { return }
        if state.marked.contains(subscription.id) {
            state.marked.remove(subscription.id)
        } else {
            state.marked.insert(subscription.id)
        }
        if state.selection + 1 < state.visible.count {
            state.selection += 1
            state.detailScroll = 0
            state.keepSelectionVisible()
        }
    }

    /// `D`: every subscription of the contact, confirmed by typing. When the list holds another
    /// contact's rows, the bulk endpoint would take them too: then only this contact's rows go,
    /// one DELETE each, and the modal names the rows left out.
    static func requestDeleteAll(_ state: inout BrowserState) -> [Effect] {
        guard mayWrite(&state, Message.writeWhatDeletingAll.text()) else { return [] }
        guard let contact = state.contact, !state.subscriptions.isEmpty else {
            state.flash = Flash(Message.flashNoSubscriptionsToDelete.text(), kind: .info, now: state.now)
            return []
        }
        let foreign = state.subscriptions.filter { state.ownership.owner(of: $0) != nil }
        let own =
            foreign.isEmpty ? state.subscriptions : state.subscriptions.filter { state.ownership.owner(of: $0) == nil }
        guard !own.isEmpty else {
            let deleteAll = KeyMap.label(of: .deleteAll, in: .browse)
            state.flash = Flash(
                Message.flashEveryRowForeign(key: deleteAll).text(), kind: .warning, now: state.now)
            return []
        }
        let applications = applicationCounts(own, state)
        let typed = deleteAllAnswer(contact, count: own.count, policy: state.connection.confirmationPolicy)
        let subject: ConfirmationSubject =
            foreign.isEmpty
            ? .deleteAll(contact, own, applications: applications)
            : .deleteOwn(contact, own, applications: applications)
        state.overlay = .confirmation(
            Confirmation(subject, answer: .typed(typed), reason: state.offeredReason, leftOut: foreign))
        return []
    }

    /// How many rows of each application, in the list's order of first appearance.
    static func applicationCounts(_ subscriptions: [Subscription], _ state: BrowserState) -> [ApplicationCount] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for subscription in subscriptions {
            let name = state.applicationLabel(for: subscription)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { ApplicationCount(name: $0, count: counts[$0, default: 0]) }
    }

    /// The unicity when the contact was looked up by it; otherwise the count, which the person
    /// reads in the modal. On a production profile, its name comes first
    /// (`acme-prod/jeanne@example.com`): typing it is knowing where the delete goes.
    static func deleteAllAnswer(_ contact: ContactKey, count: Int, policy: ConfirmationPolicy) -> TypedAnswer {
        let production = policy.productionProfile
        if case .unicity(let unicity) = contact {
            return TypedAnswer(
                expected: policy.answer(naming: unicity),
                instruction: (production.map { Message.typeUnicityProduction(profile: $0) } ?? .typeUnicity).text())
        }
        let count = String(count)
        return TypedAnswer(
            expected: policy.answer(naming: count),
            instruction: (production.map { Message.typeCountProduction(profile: $0, count: count) }
                ?? .typeCount(count: count)).text())
    }

    /// The confirmed write starts: exactly the one the confirmation named, under a new generation,
    /// with the reason typed there (which the next confirmation for this contact offers again).
    static func confirm(_ state: inout BrowserState, _ confirmation: Confirmation) -> [Effect] {
        state.overlay = nil
        if case .quit = confirmation.subject { return quit(&state) }
        state.banner = nil
        let reason = confirmation.reason.text.trimmingWhitespace()
        // Another contact's rows, deleted on their own, are journalled under their owner; an
        // entry re-created from the journal under the entry's contact, whoever is on screen.
        let owners = Set(confirmation.subscriptions.compactMap { state.ownership.owner(of: $0) })
        var journalled = owners.count == 1 && confirmation.subscriptions.count == 1 ? owners.first : state.contact
        var restores: String?
        if case .restoreEntry(let restore) = confirmation.subject {
            (journalled, restores) = (restore.contact, restore.entry)
        }
        state.reasons.remember(reason, profile: state.connection.profile?.name, contact: journalled)
        let note = WriteNote(contact: journalled, reason: reason.isEmpty ? nil : reason, restores: restores)
        switch confirmation.subject {
        case .deleteSubscriptions(let subscriptions, _), .deleteOwn(_, let subscriptions, _):
            let generation = state.begin(.delete(subscriptions))
            return [.deleteSubscriptions(generation: generation, subscriptions: subscriptions, note: note)]
        case .deleteAll(let contact, let subscriptions, _):
            let generation = state.begin(.deleteAll(contact))
            return [.deleteAll(generation: generation, contact: contact, subscriptions: subscriptions, note: note)]
        case .restore(let subscriptions):
            let generation = state.begin(.restore(subscriptions))
            return [.restore(generation: generation, subscriptions: subscriptions, note: note)]
        case .restoreEntry(let restore):
            let generation = state.begin(.restoreEntry(restore))
            return [.restore(generation: generation, subscriptions: restore.subscriptions, note: note)]
        case .quit:
            return quit(&state)
        }
    }

    /// `u`, as the key map binds undo: the flashes and banners that offer it name it.
    static var undoKey: String { KeyMap.label(of: .undo, in: .browse) }

    static func summary(of subscription: Subscription, in state: BrowserState) -> String {
        let token = subscription.provider.address.map { " " + TokenText.shortened(UntrustedText.sanitized($0)) } ?? ""
        return
            """
            \(UntrustedText.sanitized(subscription.provider.type))\(token) \
            (\(UntrustedText.sanitized(state.applicationLabel(for: subscription))))
            """
    }

    static func deleteFinished(_ state: inout BrowserState, generation: Int, results: [RequestResult]) -> [Effect] {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        let deleted = results.filter { $0.error == nil }.map(\.subscription)
        let gone = results.filter { if case .notFound? = $0.error { return true } else { return false } }.map(
            \.subscription)
        let indexing = state.removeSubscriptions(ids: Set((deleted + gone).map(\.id)))
        return indexing + reportDelete(&state, results: results, deleted: deleted, gone: gone)
    }

    /// What a delete's answers say, once their rows are gone: a flash, a banner, or a re-check.
    static func reportDelete(
        _ state: inout BrowserState, results: [RequestResult], deleted: [Subscription], gone: [Subscription]
    ) -> [Effect] {
        let unknown = results.filter { $0.error?.outcomeIsUnknown == true }
        let failed = results.filter { result in
            guard let error = result.error else { return false }
            if case .notFound = error { return false }
            return !error.outcomeIsUnknown
        }
        // Undo re-creates what this delete removed, or may have removed.
        if !deleted.isEmpty || !unknown.isEmpty { state.lastDeleted = deleted + unknown.map(\.subscription) }

        if results.count == 1, let result = results.first {
            let what = summary(of: result.subscription, in: state)
            if result.error == nil {
                state.flash = Flash(
                    Message.flashDeleted(what: what, key: undoKey).text(), kind: .success, now: state.now)
            } else if !gone.isEmpty {
                state.flash = Flash(Message.flashAlreadyGone(what: what).text(), kind: .warning, now: state.now)
            } else if let error = result.error, !unknown.isEmpty {
                return verify(&state, unknown, what: what, cause: error.message)
            } else if let error = result.error {
                state.banner = Banner(
                    title: Message.bannerDeleteFailed.text(),
                    message: Message.bannerNotDeleted(error: error.message, what: what).text())
            }
            return []
        }

        var parts = [Message.partDeleted(deleted: deleted.count, total: results.count).text()]
        if !gone.isEmpty { parts.append(Message.partAlreadyGone(count: gone.count).text()) }
        if !unknown.isEmpty { parts.append(Message.partUnknown(count: unknown.count).text()) }
        if !failed.isEmpty {
            parts.append(Message.partFailed(count: failed.count, error: failed[0].error?.message ?? "").text())
        }
        let text = parts.joined(separator: "; ")
        if !unknown.isEmpty {
            let what =
                unknown.count == 1
                ? summary(of: unknown[0].subscription, in: state)
                : Message.theSubscriptions(count: unknown.count).text()
            return verify(&state, unknown, what: what, cause: text + ".")
        }
        if failed.isEmpty {
            let undoes = deleted.isEmpty ? "" : Message.undoesSuffix(key: undoKey).text()
            state.flash = Flash(text + undoes, kind: .success, now: state.now)
        } else {
            state.banner = Banner(
                title: Message.bannerSomeDeletesFailed.text(), message: Message.bannerFailedRowsStay(text: text).text())
        }
        return []
    }

    /// After an unknown outcome: fetch again and say afterwards what the list shows.
    static func verify(_ state: inout BrowserState, _ unknown: [RequestResult], what: String, cause: String) -> [Effect]
    {
        guard let contact = state.contact else { return [] }
        let effects = startLookup(&state, .contact(contact))
        state.banner = Banner(
            title: Message.bannerOutcomeUnknown.text(),
            message: Message.bannerRefreshingToSee(cause: cause, what: what).text())
        var entries: [String: [String]] = [:]
        for result in unknown {
            if let entry = result.journalEntry { entries[entry, default: []].append(result.subscription.id) }
        }
        state.verification = DeleteVerification(
            subscriptionIDs: unknown.map(\.subscription.id), what: what, cause: cause, entries: entries)
        return effects
    }

    static func restoreFinished(_ state: inout BrowserState, generation: Int, results: [RequestResult]) -> [Effect] {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        if case .restoreEntry(let restore) = pending.kind {
            return entryRestoreFinished(&state, restore, results: results)
        }
        let failed = results.filter { $0.error != nil }
        state.lastDeleted = failed.map(\.subscription)
        state.nothingToUndo = Message.undoAlreadyDone.text()
        let restored = results.count - failed.count
        if failed.isEmpty {
            state.flash = Flash(Message.flashRecreated(count: restored).text(), kind: .success, now: state.now)
        } else {
            state.banner = Banner(
                title: Message.bannerUndoIncomplete.text(),
                message: Message.bannerUndoIncompleteMessage(
                    restored: restored, total: results.count, failed: failed.count,
                    error: failed[0].error?.message ?? "", key: undoKey
                ).text())
        }
        // Fetch again: the re-created rows come back as the server has them.
        guard let contact = state.contact else { return [] }
        let banner = state.banner
        let effects = startLookup(&state, .contact(contact))
        state.banner = banner
        return effects
    }

    static func deleteAllFinished(
        _ state: inout BrowserState, generation: Int, contact: ContactKey, count: Int, error: NP6Error?,
        journalEntry: String?
    ) -> [Effect] {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        let who = state.contactDescription ?? "\(contact.kind.rawValue) \(describe(contact.value))"
        let them =
            (count == 1 ? Message.theOnlySubscriptionOf(who: who) : .allSubscriptionsOf(count: count, who: who)).text()
        var banner: Banner?
        if case .deleteAll = pending.kind, error == nil || error?.outcomeIsUnknown == true {
            state.lastDeleted = state.subscriptions
        }
        switch error {
        case nil:
            state.flash = Flash(Message.flashDeleted(what: them, key: undoKey).text(), kind: .success, now: state.now)
        case .notFound?:
            state.flash = Flash(Message.flashAlreadyGoneAll(who: who).text(), kind: .warning, now: state.now)
        case let error? where error.outcomeIsUnknown:
            banner = Banner(
                title: Message.bannerOutcomeUnknown.text(),
                message: Message.bannerRefreshingLeft(error: error.message).text())
            let ids = state.subscriptions.map(\.id)
            state.verification = DeleteVerification(
                subscriptionIDs: ids, what: them, cause: error.message,
                entries: journalEntry.map { [$0: ids] } ?? [:])
        case let error?:
            state.banner = Banner(
                title: Message.bannerBulkFailed.text(),
                message: Message.bannerNothingDeleted(error: error.message).text())
            return []
        }
        // Fetch again: the server says what is left.
        let effects = startLookup(&state, .contact(contact))
        if let banner { state.banner = banner }
        return effects
    }
}
