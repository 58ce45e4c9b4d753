import Formatting
import Foundation
import Journal
import NP6
import Search

/// `list`, `show` and `delete`: the same NP6 module and journal as the browser, for scripts.
public enum SubscriptionScripts {
    static let columns = ["id", "provider", "application", "token", "created", "modified", "contact_id", "unicity", "hash"]

    static func row(_ subscription: Subscription, names: [String: String], offset: Int, shortToken: Bool) -> [String] {
        let address = subscription.provider.address ?? ""
        func date(_ event: LifecycleEvent?) -> String {
            guard let event else { return "" }
            if let date = event.date { return shortToken ? DateText.local(date, utcOffsetSeconds: offset) : event.dateText ?? "" }
            return event.dateText ?? ""
        }
        return [
            subscription.id, subscription.provider.type,
            subscription.application.map { names[$0] ?? $0 } ?? "",
            shortToken ? TokenText.shortened(address) : address,
            date(subscription.lifecycle.creation), date(subscription.lifecycle.modification),
            subscription.contact.id ?? "", subscription.contact.unicity ?? subscription.contact.value ?? "", subscription.contact.hash ?? "",
        ]
    }

    static func print(_ subscriptions: [Subscription], format: OutputFormat, names: [String: String], offset: Int) {
        switch format {
        case .json:
            Console.out(JSONValue.array(subscriptions.map(\.raw)).serialized())
        case .csv:
            Console.out(CSV.render(header: columns, rows: subscriptions.map { row($0, names: names, offset: offset, shortToken: false) }))
        case .table:
            let header = ["ID", "PROVIDER", "APPLICATION", "TOKEN", "CREATED", "MODIFIED"]
            let rows = subscriptions.map { Array(row($0, names: names, offset: offset, shortToken: true).prefix(6)) }
            Console.out(TextTable.render(header: header, rows: rows))
        }
    }

    public static func list(_ contact: ContactKey, filter: String?, format: OutputFormat, context: ScriptContext) async -> ScriptExit {
        let subscriptions: [Subscription]
        do { subscriptions = try await context.client.subscriptions(of: contact) } catch {
            Console.error(error.message)
            return ScriptExit.code(for: error)
        }
        let names = await context.applicationNames()
        var shown = subscriptions
        if let filter, !filter.isEmpty {
            let query = SearchQuery(filter, now: Date().timeIntervalSince1970, utcOffsetSeconds: context.utcOffsetSeconds)
            if let error = query.error {
                Console.error("--filter: \(error)")
                return .usage
            }
            let index = SearchIndex(subscriptions, utcOffsetSeconds: context.utcOffsetSeconds)
            let rows = SearchFilter(index: index, query: query, applicationNames: names).run() ?? []
            shown = rows.map { subscriptions[$0] }
        }
        print(shown, format: format, names: names, offset: context.utcOffsetSeconds)
        return .ok
    }

    public static func show(id: String, format: OutputFormat, context: ScriptContext) async -> ScriptExit {
        let subscription: Subscription
        do { subscription = try await context.client.subscription(id: id) } catch {
            Console.error(error.message)
            return ScriptExit.code(for: error)
        }
        let names = await context.applicationNames()
        switch format {
        case .json:
            Console.out(subscription.raw.prettySerialized())
        case .csv:
            Console.out(CSV.render(header: columns, rows: [row(subscription, names: names, offset: context.utcOffsetSeconds, shortToken: false)]))
        case .table:
            // The same panes as the browser's detail, as plain text.
            let detail = DetailDocument.Context(applicationNames: names, now: Date().timeIntervalSince1970, utcOffsetSeconds: context.utcOffsetSeconds)
            for line in DetailDocument(subscription: subscription, context: detail, width: 96).lines {
                switch line.role {
                case .heading: Console.out(line.label)
                case .blank: Console.out("")
                default: Console.out("  " + DisplayWidth.pad(line.label, width: DetailDocument.labelWidth) + " " + line.value)
                }
            }
        }
        return .ok
    }

    public enum DeleteTarget: Sendable {
        case subscriptions([String])
        case contact(ContactKey)
    }

    public static func delete(_ target: DeleteTarget, dryRun: Bool, yes: Bool, context: ScriptContext) async -> ScriptExit {
        // Fetch first: the journal keeps the full JSON of what goes, and the person sees it.
        var subscriptions: [Subscription] = []
        do {
            switch target {
            case .subscriptions(let ids):
                for id in ids { subscriptions.append(try await context.client.subscription(id: id)) }
            case .contact(let contact):
                subscriptions = try await context.client.subscriptions(of: contact)
            }
        } catch {
            Console.error(error.message)
            return ScriptExit.code(for: error)
        }
        let names = await context.applicationNames()
        let requests: [String]
        switch target {
        case .subscriptions: requests = subscriptions.map { NP6Operation.deleteSubscription(id: $0.id).requestLine }
        case .contact(let contact): requests = [contact.deleteOperation.requestLine]
        }
        print(subscriptions, format: .table, names: names, offset: context.utcOffsetSeconds)
        if dryRun {
            Console.out("Dry run; would send:")
            for request in requests { Console.out("  " + UntrustedText.sanitized(request)) }
            return .ok
        }
        if subscriptions.isEmpty {
            Console.out("Nothing to delete.")
            return .ok
        }
        if let refusal = Console.confirmation(
            yes: yes, verb: "delete", question: "Delete these \(subscriptions.count) subscription(s) with \(requests.count) request(s)?")
        {
            return refusal
        }
        do {
            switch target {
            case .subscriptions:
                let results = try await JournalledRequests.deleteEach(subscriptions, client: context.client, journal: context.journal)
                var worst = ScriptExit.ok
                for result in results {
                    if let error = result.error {
                        Console.error("\(result.subscription.id): \(error.message)")
                        if worst == .ok || worst == .notFound { worst = ScriptExit.code(for: error) }
                    } else {
                        Console.out("deleted \(result.subscription.id)")
                    }
                }
                return worst
            case .contact(let contact):
                if let error = try await JournalledRequests.deleteContact(contact, subscriptions: subscriptions, client: context.client, journal: context.journal) {
                    Console.error(error.message)
                    return ScriptExit.code(for: error)
                }
                Console.out("deleted \(subscriptions.count) subscription(s) of \(contact.kind.rawValue) \(UntrustedText.sanitized(contact.value))")
                return .ok
            }
        } catch {
            Console.error("refusing to delete: cannot write the journal (\(error.description))")
            return .apiError
        }
    }
}
