import NP6

/// The text a row is searched by: everything its list row and its detail panes show, as shown
/// (dates in local time), lower-cased once when the data arrives rather than on every keystroke.
public enum SearchText {
    public static func of(_ subscription: Subscription, applicationName: String?, utcOffsetSeconds: Int, lowercased: Bool = true) -> String {
        var parts: [String] = [subscription.id, subscription.provider.type]
        switch subscription.provider {
        case .token(_, let token): parts.append(token)
        case .http(let url): parts.append(url)
        case .other(_, let fields): for member in fields { parts.append(member.key); parts.append(member.value.displayText) }
        }
        if let applicationName { parts.append(applicationName) }
        if let application = subscription.application { parts.append(application) }
        let contact = subscription.contact
        parts.append(contact.type)
        for value in [contact.id, contact.unicity, contact.hash, contact.value] { if let value { parts.append(value) } }
        if case .other(_, let fields) = contact { for member in fields { parts.append(member.value.displayText) } }
        for event in [subscription.lifecycle.creation, subscription.lifecycle.modification] {
            guard let event else { continue }
            if let date = event.date { parts.append(DateText.local(date, utcOffsetSeconds: utcOffsetSeconds)) }
            if let text = event.dateText { parts.append(text) }
            if let user = event.user {
                if let name = user.name { parts.append(name) }
                if let id = user.id { parts.append(id) }
            } else {
                parts.append("system")
            }
        }
        let joined = parts.joined(separator: "\u{1F}")
        return lowercased ? joined.lowercased() : joined
    }
}
