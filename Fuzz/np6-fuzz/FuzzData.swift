import NP6
import Search

/// A few subscriptions of every shape for the query target to filter.
enum FuzzData {
    static let subscriptions: [Subscription] =
        (try? Subscription.list(
            from: JSONParser.parse(
                """
                [{"id": "a1", "lifecycle": {"creation": {"date": "2024-02-11T10:15:42.9Z", "user": {"id": "u", \
                "name": "Jeanne"}}},
                  "application": "app-1", "provider": {"type": "firebase", "token": "d4FAelIfRE:APA91b"}, "contact": \
                  {"type": "footprint", "id": "1", "unicity": "foobar", "hash": "h"}},
                 {"id": "b2", "lifecycle": {"creation": {"date": "not a date", "user": null}, "modification": \
                 {"date": "2025-01-01T00:00:00Z", "user": null}},
                  "application": "app-2", "provider": {"type": "apns", "token": "日本語トークン"}, "contact": {"type": \
                  "email", "value": "x@y"}},
                 {"id": "c3", "provider": {"type": "http", "url": "https://push.example.com/x"}, "contact": {"type": \
                 "other"}}]
                """))) ?? []
    static let names = ["app-1": "Shop mobile app", "app-2": "News"]
    /// A zone with summer time, so date terms cross its rules.
    static let paris = LocalTimeZone(identifier: "Europe/Paris") ?? .utc
    static let index = SearchIndex(subscriptions, timeZone: paris)
}
