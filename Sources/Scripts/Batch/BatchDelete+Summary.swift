import Essentials
import Formatting
import Localization
import NP6

extension BatchDelete {
    static func describe(_ contact: ContactKey) -> String { "\(contact.kind.rawValue) \(contact.value)" }

    static func requestLines(_ record: BatchRunFile.Record, only: Bool) -> [String] {
        only
            ? record.subscriptions.map { NP6Operation.deleteSubscription(id: $0.id).requestLine }
            : [record.contact.deleteOperation.requestLine]
    }

    /// One contact of the plan: its subscriptions and the exact requests, or why it has none.
    static func printPlan(_ record: BatchRunFile.Record, only: Bool, names: [String: String], format: OutputFormat)
        throws(OutputError)
    {
        let requests = record.subscriptions.isEmpty ? [] : requestLines(record, only: only)
        if format == .json {
            var object = JSONObject([
                "stage": .string("plan"),
                "line": .number(String(record.line)), "kind": .string(record.contact.kind.rawValue),
                "value": .string(record.contact.value),
                "subscriptions": .array(record.subscriptions.map { .string($0.id) }),
                "requests": .array(requests.map(JSONValue.string)),
            ])
            if let error = record.fetchError { object["error"] = .string(error) }
            if let sameAs = record.sameAs { object["same_as"] = .number(String(sameAs)) }
            if !record.foreignOwners.isEmpty {
                object["foreign_left_out"] = .array(
                    record.foreignOwners.map {
                        .object(JSONObject(["kind": .string($0.kind.rawValue), "value": .string($0.value)]))
                    })
                if record.bulkRefused { object["left_out"] = .string("holds another contact's subscriptions") }
            }
            try Console.out(ConsoleText(safe: JSONValue.object(object).serialized()))
            return
        }
        let title = Message.batchContactAtLine(contact: describe(record.contact), line: record.line).text()
        if let error = record.fetchError {
            try Console.out(ConsoleText(.batchCannotFetch(title: title, error: error)))
        } else if record.bulkRefused {
            try Console.out(ConsoleText(.batchBulkRefused(title: title, foreign: foreignText(record.foreignOwners))))
        } else if let sameAs = record.sameAs {
            try Console.out(ConsoleText(.batchSameAs(title: title, line: sameAs)))
        } else if record.subscriptions.isEmpty {
            try Console.out(ConsoleText(.batchNothing(title: title)))
        } else {
            try Console.out(ConsoleText(.batchSubscriptions(title: title, count: record.subscriptions.count)))
            for subscription in record.subscriptions {
                try Console.out(ConsoleText(safe: planLine(subscription, names: names, columns: Console.outputColumns)))
            }
            for request in requests { try Console.out("  \(request)") }
        }
        if !record.bulkRefused, !record.foreignOwners.isEmpty {
            try Console.out("  \(Message.batchLeftOutForeign(foreign: foreignText(record.foreignOwners)))")
        }
    }

    /// `  id  provider  application  token`: on a terminal the application gives way so that the
    /// line does not wrap (the id and the token never do); to a file or a pipe its column is 20
    /// cells, whatever the terminal. Sanitised.
    static func planLine(_ subscription: Subscription, names: [String: String], columns: Int?) -> String {
        let token = UntrustedText.sanitized(TokenText.shortened(subscription.provider.address ?? ""))
        let application = UntrustedText.sanitized(subscription.application.map { names[$0] ?? $0 } ?? "")
        let start =
            "  \(UntrustedText.sanitized(subscription.id))  "
            + DisplayWidth.pad(UntrustedText.sanitized(subscription.provider.type), width: 9) + " "
        guard let columns else { return start + DisplayWidth.pad(application, width: 20) + " " + token }
        let applicationWidth = max(8, min(20, columns - 1 - DisplayWidth.of(start) - 1 - DisplayWidth.of(token)))
        return start
            + DisplayWidth.pad(DisplayWidth.truncate(application, width: applicationWidth), width: applicationWidth)
            + " " + token
    }

    /// `1 subscription of unicity X`, `3 subscriptions of 2 other contacts`.
    static func foreignText(_ owners: [ContactKey]) -> String {
        let distinct = Set(owners)
        let whose = distinct.count == 1 ? describe(owners[0]) : Message.confirmOtherContacts(distinct.count).text()
        return Message.batchSubscriptionsOf(count: owners.count, whose: whose).text()
    }

    /// `Plan (run …) on HOST (profile P): 20 contacts, 60 subscriptions to delete with 20 requests`,
    /// and what is left out.
    static func printTotals(_ tally: Tally, run: String?, place: String, format: OutputFormat) throws(OutputError) {
        let parts: [(Int, (Int) -> Message)] = [
            (tally.nothing, { .batchTotalNothing(count: $0) }), (tally.sameContact, { .batchTotalSame(count: $0) }),
            (tally.bulkRefused, { .batchTotalRefused(count: $0) }),
            (tally.foreignRows, { .batchTotalForeign(count: $0) }),
            (tally.fetchFailures, { .batchTotalUnfetched(count: $0) }),
        ]
        let rest = parts.filter { $0.0 > 0 }.map { $0.1($0.0).text() }.joined()
        let totals = ConsoleText(
            .batchPlanTotals(
                run: run.map { Message.batchRunName(run: $0).text() } ?? "", place: place, contacts: tally.contacts,
                count: tally.subscriptions, requests: tally.requests, rest: rest))
        try summaryLine(totals, format: format)
    }

    /// The summary goes to stdout, except under `--format json`, whose stdout holds only JSON lines.
    /// On a terminal a long sentence wraps between words, not in the middle of one.
    static func summaryLine(_ text: ConsoleText, format: OutputFormat) throws(OutputError) {
        if format == .json {
            try? FileOutput.standardError.write(text.text + "\n")
        } else if let columns = Console.outputColumns, !text.text.contains("\n"), DisplayWidth.of(text.text) >= columns
        {
            try Console.out(ConsoleText(safe: DisplayWidth.wrap(text.text, width: columns - 1).joined(separator: "\n")))
        } else {
            try Console.out(text)
        }
    }

    static func logLine(_ result: ContactResult) -> ConsoleText {
        let what = Message.batchContactAtLine(contact: describe(result.record.contact), line: result.record.line).text()
        switch result.outcome {
        case .deleted: return ConsoleText(.batchDeletedOf(count: result.deletedCount, what: what))
        case .failed, .unknown: return "\(result.outcome.words): \(what): \(result.error ?? "")"
        default: return "\(result.outcome.words): \(what)"
        }
    }

    static func jsonLine(_ result: ContactResult) -> String {
        JSONValue.object(
            JSONObject([
                "stage": .string("result"), "line": .number(String(result.record.line)),
                "kind": .string(result.record.contact.kind.rawValue),
                "value": .string(result.record.contact.value), "result": .string(result.outcome.rawValue),
                "deleted": .number(String(result.deletedCount)), "entry": result.entry.map(JSONValue.string) ?? .null,
                "error": result.error.map(JSONValue.string) ?? .null,
            ])
        ).serialized()
    }

    /// `5.2 s (385 contacts/s)`.
    /// `5.2 s` alone when `withRate` is false: a run that deleted nothing has no rate to boast.
    static func rateText(_ count: Int, since start: ContinuousClock.Instant, withRate: Bool = true) -> ConsoleText {
        let seconds = (ContinuousClock.now - start).seconds
        let rate = seconds > 0 ? Int((Double(count) / seconds).rounded()) : 0
        let tenths = NumberText.decimal(seconds, fractionDigits: 1)
        guard withRate else { return ConsoleText(.batchSeconds(seconds: tenths)) }
        return ConsoleText(.batchSecondsRate(seconds: tenths, rate: rate))
    }

    static func printSummary(_ tally: Tally, run: String, interrupted: Bool, took: ConsoleText, format: OutputFormat)
        throws(OutputError)
    {
        let order: [BatchOutcome] = [
            .deleted, .alreadyGone, .nothingToDelete, .failed, .unknown, .notStarted, .doneBefore,
        ]
        let rows = order.compactMap { outcome -> [String]? in
            let count = tally.counts[outcome] ?? 0
            if count == 0 && ![.deleted, .alreadyGone, .failed, .unknown].contains(outcome) { return nil }
            return [outcome.words, NumberText.grouped(count)]
        }
        try summaryLine(
            ConsoleText(
                .batchRunSummary(
                    run: run, interrupted: interrupted ? Message.batchInterrupted.text() : "", contacts: tally.handled,
                    count: tally.subscriptionsDeleted, took: took.text)),
            format: format)
        let header = [Message.batchColumnResult.text(), Message.batchColumnContacts.text()]
        try summaryLine(TextTable.render(header: header, rows: rows), format: format)
        if tally.unfinished > 0 {
            try summaryLine(ConsoleText(.batchResumeHint(command: "np6-subs delete --resume \(run)")), format: format)
        }
        if tally.subscriptionsDeleted > 0 {
            try summaryLine(ConsoleText(.batchRestoreHint(command: "np6-subs restore --run \(run)")), format: format)
        }
    }

    static func reportDuplicates(_ list: ContactList) {
        guard !list.duplicates.isEmpty else { return }
        for duplicate in list.duplicates.prefix(10) {
            Console.error(ConsoleText(.batchRepeatedLine(line: duplicate.line, first: duplicate.first)))
        }
        if list.duplicates.count > 10 {
            Console.error(ConsoleText(.batchMoreRepeated(count: list.duplicates.count - 10)))
        }
    }
}
