import Localization
import NP6

/// A subscription as the cells of a row: `list`'s table (short tokens, local dates) and its CSV
/// (every value whole), which `E` writes too.
public enum SubscriptionRow {
    public static let columns = [
        "id", "provider", "application", "token", "created", "modified", "contact_id", "unicity", "hash",
    ]

    public static func cells(
        _ subscription: Subscription, names: [String: String], timeZone: LocalTimeZone, shortToken: Bool
    )
        -> [String]
    {
        let address = subscription.provider.address ?? ""
        func date(_ event: LifecycleEvent?) -> String {
            // The table says "never" as the browser does; CSV leaves the cell empty.
            guard let event else { return shortToken && event == nil ? Message.detailNever.text() : "" }
            if let date = event.date {
                return shortToken ? DateText.local(date, timeZone: timeZone) : event.dateText ?? ""
            }
            return event.dateText ?? ""
        }
        return [
            subscription.id, subscription.provider.type,
            subscription.application.map { names[$0] ?? $0 } ?? "",
            shortToken ? TokenText.shortened(address) : address,
            subscription.lifecycle.creation.map { date($0) } ?? "", date(subscription.lifecycle.modification),
            subscription.contact.id ?? "", subscription.contact.unicity ?? subscription.contact.value ?? "",
            subscription.contact.hash ?? "",
        ]
    }

    /// `list --format csv` for these rows: the header, then one record each.
    public static func csv(_ subscriptions: [Subscription], names: [String: String], timeZone: LocalTimeZone) -> String
    {
        CSVText.render(
            header: columns,
            rows: subscriptions.map { cells($0, names: names, timeZone: timeZone, shortToken: false) })
    }

    /// `list --format json` for these rows, written to a file: one JSON array of each
    /// subscription's bytes as the server sent them, in `RawJSONOutput`'s layout.
    public static func json(_ subscriptions: [Subscription]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(subscriptions.reduce(8) { $0 + $1.jsonBytes.count + 2 })
        for (index, subscription) in subscriptions.enumerated() {
            bytes.append(contentsOf: index == 0 ? [UInt8(ascii: "\n")] : [UInt8(ascii: ","), UInt8(ascii: "\n")])
            bytes.append(contentsOf: subscription.jsonBytes)
        }
        bytes.append(contentsOf: (subscriptions.isEmpty ? "]\n" : "\n]\n").utf8)
        return bytes
    }
}
