import FoundationEssentials
import NP6
import Search

/// `--only 'QUERY'`: which of each contact's subscriptions a batch deletes, in the browser's
/// query language (`app:shop provider:apns`). With it, each subscription gets its own DELETE.
struct OnlyFilter: Sendable {
    let query: SearchQuery
    let timeZone: LocalTimeZone
    var applicationNames: [String: String] = [:]

    /// Nil without `--only`; a message when the query does not parse.
    static func make(_ text: String?, context: ScriptContext) -> Result<OnlyFilter?, QueryError> {
        guard let text, !text.trimmingWhitespace().isEmpty else { return .success(nil) }
        let query = SearchQuery(text, now: Date().timeIntervalSince1970, timeZone: context.timeZone)
        if let error = query.error { return .failure(QueryError(message: "\(error)")) }
        return .success(OnlyFilter(query: query, timeZone: context.timeZone))
    }

    struct QueryError: Error {
        var message: String
    }

    func withApplicationNames(_ names: [String: String]) -> OnlyFilter {
        var filter = self
        filter.applicationNames = names
        return filter
    }

    func apply(to subscriptions: [Subscription]) -> [Subscription] {
        guard !subscriptions.isEmpty else { return [] }
        let index = SearchIndex(subscriptions, timeZone: timeZone)
        let rows = SearchFilter(index: index, query: query, applicationNames: applicationNames).run() ?? []
        return rows.sorted().map { subscriptions[$0] }
    }
}
