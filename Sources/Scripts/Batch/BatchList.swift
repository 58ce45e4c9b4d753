import Essentials
import FoundationEssentials
import Localization
import NP6
import Search

/// `list --from-file`: each contact's subscriptions, `jobs` contacts at a time, paced, printed in
/// the file's order. JSON is one array of the server's objects (their bytes as sent); CSV has
/// one header and the contact columns in every row; the table gives each contact a title.
public enum BatchList {
    struct Fetched: Sendable {
        var entry: ContactList.Entry
        var subscriptions: [Subscription]
        var error: NP6Error?
    }

    public static func run(list: ContactList, filter: String?, format: OutputFormat, jobs: Int, context: ScriptContext)
        async throws(OutputError)
        -> ScriptExit
    {
        BatchDelete.reportDuplicates(list)
        let only: OnlyFilter?
        switch OnlyFilter.make(filter, context: context) {
        case .failure(let problem):
            Console.error("--filter: \(problem.message)")
            return .usage
        case .success(let made): only = made
        }
        // JSON prints the server's objects, which hold application ids: no names to fetch then.
        let names = format == .json && only == nil ? [:] : await context.applicationNames()
        let matching = only?.withApplicationNames(names)
        let pacer = BatchPacer.showingWaits()
        let client = context.client
        var json = format == .json ? RawJSONOutput() : nil
        if format == .csv { try Console.out(CSV.records([SubscriptionScripts.columns]), terminator: "") }
        var found = 0
        var failures = 0
        var problem: BatchProblem?
        do {
            var cursor = try list.entries()
            try await BatchScheduler.run(
                jobs: jobs, ordered: true, shouldStop: { false },
                next: { () throws(BatchProblem) in try cursor.next() },
                work: { entry in await fetch(entry, client: client, pacer: pacer) },
                handle: { (fetched: Fetched) in
                    let title = Message.batchContactAtLine(
                        contact: "\(fetched.entry.contact.kind.rawValue) \(fetched.entry.contact.value)",
                        line: fetched.entry.line
                    ).text()
                    if let error = fetched.error {
                        if case .notFound = error {
                            Console.error(ConsoleText(.batchNotFound(title: title)))
                        } else {
                            Console.error("\(title): \(error.message)")
                            failures += 1
                        }
                        return
                    }
                    found += 1
                    let shown = matching?.apply(to: fetched.subscriptions) ?? fetched.subscriptions
                    switch format {
                    case .json:
                        for subscription in shown { try json?.write(subscription) }
                    case .csv:
                        let rows = shown.map {
                            SubscriptionScripts.row($0, names: names, timeZone: context.timeZone, shortToken: false)
                        }
                        try Console.out(CSV.records(rows), terminator: "")
                    case .table:
                        try Console.out(ConsoleText(.batchSubscriptions(title: title, count: shown.count)))
                        if !shown.isEmpty {
                            try SubscriptionScripts.print(
                                shown, format: .table, names: names, timeZone: context.timeZone)
                        }
                        try Console.out("")
                    }
                })
        } catch let error as BatchProblem {
            problem = error
        } catch let error as OutputError {
            throw error
        } catch {
            problem = BatchProblem(message: "\(error)")
        }
        try json?.finish()
        if let problem {
            Console.error("\(problem.description)")
            return .apiError
        }
        if failures > 0 { return .apiError }
        return found == 0 ? .notFound : .ok
    }

    static func fetch(_ entry: ContactList.Entry, client: NP6Client, pacer: BatchPacer) async -> Fetched {
        var fetched = Fetched(entry: entry, subscriptions: [], error: nil)
        do { try await pacer.acquire() } catch {
            fetched.error = .cancelled
            return fetched
        }
        do {
            fetched.subscriptions = try await client.subscriptions(of: entry.contact)
            await pacer.release(observed: client.rateLimit, rateLimited: false)
        } catch {
            await pacer.release(observed: client.rateLimit, rateLimited: BatchDelete.isRateLimited(error))
            fetched.error = error
        }
        return fetched
    }
}
