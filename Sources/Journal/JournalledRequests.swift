import NP6

/// Deletes and re-creations with their journal entries around them: the intent is on disk
/// before the request leaves, the outcome after the answer. Shared by the TUI and the subcommands.
public enum JournalledRequests {
    /// `DELETE /subscriptions/{id}` for each, one at a time, all under one journal entry (a marked
    /// delete is one act, and its undo one entry too). The intent lists every request before the
    /// first is sent; the outcome says what each answered. Throws (before sending anything) only
    /// if the journal cannot be written. Once the task is cancelled, nothing more is sent. Each
    /// request waits as the latest rate-limit headers say (`NP6Client.pace`), since a DELETE that
    /// meets a 429 is not retried.
    public static func deleteEach(
        _ subscriptions: [Subscription], contact: ContactKey? = nil, reason: String? = nil, run: String? = nil,
        client: NP6Client,
        journal: DeletionJournal
    ) async throws(DeletionJournal.Failure) -> [RequestResult] {
        let operations = subscriptions.map { NP6Operation.deleteSubscription(id: $0.id) }
        let entry = try await journal.recordIntent(
            operation: .deleteSubscription, requests: operations.map(\.requestLine),
            fetched: subscriptions, contact: contact,
            reason: reason, run: run)
        let started = ContinuousClock.now
        var results: [RequestResult] = []
        var recorded: [JournalRequestResult] = []
        for (index, subscription) in subscriptions.enumerated() {
            if Task.isCancelled { break }
            do { try await client.pace(beforeRequests: subscriptions.count - index) } catch { break }
            var failure: NP6Error?
            do { try await client.deleteSubscription(id: subscription.id) } catch { failure = error }
            results.append(RequestResult(subscription: subscription, error: failure, journalEntry: entry))
            recorded.append(
                JournalRequestResult(
                    subscriptionID: subscription.id, status: status(of: failure, success: 204),
                    result: result(of: failure)))
        }
        for subscription in subscriptions.dropFirst(results.count) {
            recorded.append(JournalRequestResult(subscriptionID: subscription.id, status: nil, result: .notSent))
        }
        let failure = results.compactMap(\.error).first
        try? await journal.recordOutcome(
            entry: entry, status: results.count == 1 ? status(of: failure, success: 204) : nil,
            result: combined(recorded.map(\.result)),
            error: failure?.recordedMessage, duration: ContinuousClock.now - started,
            results: subscriptions.count > 1 ? recorded : [])
        return results
    }

    /// One result for an entry of several requests: unknown if any is, else done or failed when
    /// all agree, else partial.
    static func combined(_ results: [JournalResult]) -> JournalResult {
        if results.contains(.unknown) { return .unknown }
        if results.allSatisfy({ $0 == .done }) { return .done }
        if results.allSatisfy({ $0 == .failed || $0 == .notSent }) { return .failed }
        return .partial
    }

    /// The bulk delete of a contact; `subscriptions` is what it removes, saved in the entry.
    /// Returns the entry's id and the error, if any.
    public static func deleteContact(
        _ contact: ContactKey, subscriptions: [Subscription], reason: String? = nil, run: String? = nil,
        client: NP6Client,
        journal: DeletionJournal, durableOutcome: Bool = true
    ) async throws(DeletionJournal.Failure) -> (entry: String, error: NP6Error?) {
        let entry = try await journal.recordIntent(
            operation: .deleteContact, requests: [contact.deleteOperation.requestLine],
            fetched: subscriptions, contact: contact,
            reason: reason, run: run)
        let started = ContinuousClock.now
        var failure: NP6Error?
        do { try await client.deleteSubscriptions(of: contact) } catch { failure = error }
        try? await journal.recordOutcome(
            entry: entry, status: status(of: failure, success: 204), result: result(of: failure),
            error: failure?.recordedMessage,
            duration: ContinuousClock.now - started, durable: durableOutcome)
        return (entry, failure)
    }

    /// `PUT /subscriptions` with each saved JSON, in one entry; one error (or nil) per
    /// subscription. Paced by the rate-limit headers like `deleteEach`.
    public static func recreate(
        _ subscriptions: [JSONValue], operation: JournalOperation, restoring: String?, contact: ContactKey? = nil,
        reason: String? = nil,
        client: NP6Client, journal: DeletionJournal
    ) async throws(DeletionJournal.Failure) -> [NP6Error?] {
        let entry = try await journal.recordIntent(
            operation: operation, requests: subscriptions.map { _ in NP6Operation.putSubscription.requestLine },
            subscriptions: subscriptions,
            contact: contact, reason: reason, restoring: restoring)
        let started = ContinuousClock.now
        var errors: [NP6Error?] = []
        for (index, json) in subscriptions.enumerated() {
            do {
                try await client.pace(beforeRequests: subscriptions.count - index)
                try await client.putSubscription(json: json)
                errors.append(nil)
            } catch {
                errors.append(error)
            }
        }
        let failures = errors.compactMap { $0 }
        let result: JournalResult = failures.isEmpty ? .done : failures.count == errors.count ? .failed : .partial
        try? await journal.recordOutcome(
            entry: entry, status: failures.isEmpty ? 200 : status(of: failures.first, success: 200), result: result,
            error: failures.first?.recordedMessage, duration: ContinuousClock.now - started)
        return errors
    }

    static func status(of error: NP6Error?, success: Int) -> Int? {
        switch error {
        case nil: return success
        case .unauthorized?: return 401
        case .forbidden?: return 403
        case .notFound?: return 404
        case .rateLimited?: return 429
        case .serverError(let status, _)?, .unexpectedStatus(let status, _)?: return status
        default: return nil
        }
    }

    static func result(of error: NP6Error?) -> JournalResult {
        guard let error else { return .done }
        // A request cancelled mid-flight (the program quit) may have reached the server.
        if error == .cancelled { return .unknown }
        return error.outcomeIsUnknown ? .unknown : .failed
    }
}
