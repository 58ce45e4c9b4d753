import NP6

/// A row's searchable texts, lower-cased once when the data arrives rather than on every
/// keystroke: one per query field, plus everything the row and its detail show.
public struct SearchFields: Sendable {
    public var all: String
    public var provider: String
    public var app: String
    public var token: String
    public var id: String
    public var contact: String
    public var user: String
    public var created: Double?
    public var modified: Double?

    public init(_ subscription: Subscription, applicationName: String?, utcOffsetSeconds: Int) {
        all = SearchText.of(subscription, applicationName: applicationName, utcOffsetSeconds: utcOffsetSeconds)
        provider = Self.exact(.provider, subscription, applicationName: applicationName).lowercased()
        app = Self.exact(.app, subscription, applicationName: applicationName).lowercased()
        token = Self.exact(.token, subscription, applicationName: applicationName).lowercased()
        id = subscription.id.lowercased()
        contact = Self.exact(.contact, subscription, applicationName: applicationName).lowercased()
        user = Self.exact(.user, subscription, applicationName: applicationName).lowercased()
        created = subscription.lifecycle.creation?.date?.secondsSince1970
        modified = subscription.lifecycle.modification?.date?.secondsSince1970
    }

    func text(_ field: SearchQuery.Field?) -> String {
        switch field {
        case nil: return all
        case .provider?: return provider
        case .app?: return app
        case .token?: return token
        case .id?: return id
        case .contact?: return contact
        case .user?: return user
        case .created?, .modified?: return ""
        }
    }

    func date(_ field: SearchQuery.Field?) -> Double? {
        switch field {
        case .created?: return created
        case .modified?: return modified
        default: return nil
        }
    }

    /// A field's text in its original case, for case-sensitive (smart case) terms.
    public static func exact(_ field: SearchQuery.Field?, _ subscription: Subscription, applicationName: String?, utcOffsetSeconds: Int = 0)
        -> String
    {
        let separator = "\u{1F}"
        switch field {
        case nil:
            return SearchText.of(subscription, applicationName: applicationName, utcOffsetSeconds: utcOffsetSeconds, lowercased: false)
        case .provider?: return subscription.provider.type
        case .app?: return [applicationName, subscription.application].compactMap { $0 }.joined(separator: separator)
        case .token?:
            switch subscription.provider {
            case .token(_, let token): return token
            case .http(let url): return url
            case .other(_, let fields): return fields.map(\.value.displayText).joined(separator: separator)
            }
        case .id?: return subscription.id
        case .contact?:
            let contact = subscription.contact
            return [contact.id, contact.unicity, contact.hash, contact.value].compactMap { $0 }.joined(separator: separator)
        case .user?:
            return [subscription.lifecycle.creation, subscription.lifecycle.modification].compactMap { $0 }.map { event in
                guard let user = event.user else { return "system" }
                return [user.name, user.id].compactMap { $0 }.joined(separator: separator)
            }.joined(separator: separator)
        case .created?, .modified?: return ""
        }
    }
}
