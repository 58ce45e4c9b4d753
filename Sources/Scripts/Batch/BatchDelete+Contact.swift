import Essentials
import Journal
import NP6

extension BatchDelete {
    /// One contact of the run: skipped when done before, re-checked when its outcome is unknown,
    /// else deleted (bulk, or each subscription with `--only`), journalled before it is sent.
    static func deleteContact(_ record: BatchRunFile.Record, previous: JournalEntry?, in run: RunContext) async
        -> ContactResult
    {
        var result = ContactResult(record: record, outcome: .nothingToDelete)
        if let error = record.fetchError {
            result.outcome = .failed
            result.error = "the plan's fetch failed: \(error)"
            return result
        }
        var subscriptions = record.subscriptions
        guard !subscriptions.isEmpty else { return result }
        if let previous {
            switch standing(of: previous) {
            case .done:
                result.outcome = .doneBefore
                result.entry = previous.id
                return result
            case .unknown:
                switch await recheck(record, previous: previous, in: run) {
                case .settled(let settled): return settled
                case .deleteRemaining(let left): subscriptions = left
                }
            case .failed:
                break
            }
        }
        return await send(subscriptions, of: record, in: run)
    }

    /// The contact's requests, journalled and paced. A 429 that gets past the pacer closes it for
    /// everyone; the contact waits and goes again, five times at most.
    static func send(_ subscriptions: [Subscription], of record: BatchRunFile.Record, in run: RunContext) async
        -> ContactResult
    {
        var result = ContactResult(record: record, outcome: .nothingToDelete)
        let requests = run.only ? subscriptions.count : 1
        for _ in 0..<5 {
            do { try await run.pacer.acquire(requests) } catch {
                result.outcome = .notStarted
                return result
            }
            let failure: NP6Error?
            do { failure = try await sendOnce(subscriptions, of: record, in: run, result: &result) } catch {
                await run.pacer.release(requests, observed: run.client.rateLimit, rateLimited: false)
                run.signals.journalFailed(error.description)
                result.outcome = .notStarted
                return result
            }
            await run.pacer.release(
                requests, observed: run.client.rateLimit, rateLimited: failure.map(isRateLimited) ?? false)
            if let failure, isRateLimited(failure) { continue }
            conclude(&result, failure: failure, only: run.only)
            return result
        }
        result.outcome = .failed
        result.error = "rate-limited five times in a row"
        return result
    }

    /// One try: the bulk delete, or one delete per subscription with `--only`. Returns the
    /// failure that decides the contact's outcome (a 404 of one of several is not one).
    static func sendOnce(
        _ subscriptions: [Subscription], of record: BatchRunFile.Record, in run: RunContext, result: inout ContactResult
    ) async throws(DeletionJournal.Failure) -> NP6Error? {
        if run.only {
            let results = try await JournalledRequests.deleteEach(
                subscriptions, contact: record.contact, reason: run.reason, run: run.run, client: run.client,
                journal: run.journal)
            result.entry = results.first?.journalEntry
            let failures = results.compactMap(\.error)
            result.deletedCount = results.count - failures.count
            let failure = failures.first { if case .notFound = $0 { false } else { true } }
            return failure == nil && results.count < subscriptions.count ? .cancelled : failure
        }
        // The intent is synced before the request, as always; the outcome is not waited for: one
        // lost in a crash reads as unknown, which --resume checks on the server.
        let (entry, error) = try await JournalledRequests.deleteContact(
            record.contact, subscriptions: subscriptions, reason: run.reason, run: run.run, client: run.client,
            journal: run.journal,
            durableOutcome: false)
        result.entry = entry
        if error == nil { result.deletedCount = subscriptions.count }
        return error
    }

    /// The contact's outcome from the failure of its last try (nil: it went through).
    static func conclude(_ result: inout ContactResult, failure: NP6Error?, only: Bool) {
        guard let failure else {
            result.outcome = result.deletedCount == 0 && only ? .alreadyGone : .deleted
            return
        }
        if case .notFound = failure {
            result.outcome = .alreadyGone
        } else if failure == .cancelled {
            result.outcome = .unknown
            result.error = "abandoned (Ctrl-C) while the request was in flight"
        } else {
            result.outcome = failure.outcomeIsUnknown ? .unknown : .failed
            result.error = failure.recordedMessage
        }
    }
}
