import Essentials
import Formatting
import Localization
import NP6

/// `c` copies the token, `C` opens a menu of what else support staff paste: the id, the
/// contact, the JSON as sent, a curl command. Every copy says what it copied.
extension BrowserReducer {
    static func copySelected(_ state: inout BrowserState) -> [Effect] {
        guard let subscription = state.selectedSubscription else {
            state.flash = Flash(Message.flashNoSubscriptionSelected.text(), kind: .info, now: state.now)
            return []
        }
        guard let choice = tokenChoice(subscription) else {
            state.flash = Flash(Message.flashNothingToCopy.text(), kind: .info, now: state.now)
            return []
        }
        return [clipboard(choice)]
    }

    /// What the clipboard said: copied, or why not.
    static func copyFinished(_ state: inout BrowserState, what: String, error: String?) -> [Effect] {
        if let error {
            state.flash = Flash(Message.flashCopyFailed(error: "\(error)").text(), kind: .error, now: state.now)
        } else {
            state.flash = Flash(Message.flashCopied(what: what).text(), kind: .success, now: state.now)
        }
        return []
    }

    static func openCopyMenu(_ state: inout BrowserState) -> [Effect] {
        guard let subscription = state.selectedSubscription else {
            state.flash = Flash(Message.flashNoSubscriptionSelected.text(), kind: .info, now: state.now)
            return []
        }
        state.overlay = .copyMenu(CopyMenu(choices: copyChoices(subscription, state: state)))
        return []
    }

    static func moveCopyMenuFocus(_ state: inout BrowserState, _ movement: Movement) {
        guard case .copyMenu(var menu)? = state.overlay, let step = movement.step else { return }
        menu.focus = max(0, min(menu.choices.count - 1, menu.focus + step))
        state.overlay = .copyMenu(menu)
    }

    /// The menu's line at `position` (its key, 1 to 5), or the focused one.
    static func copyFromMenu(_ state: inout BrowserState, position chosen: Int?) -> [Effect] {
        guard case .copyMenu(let menu)? = state.overlay else { return [] }
        let position = chosen ?? menu.focus
        guard menu.choices.indices.contains(position) else { return [] }
        state.overlay = nil
        return [clipboard(menu.choices[position])]
    }

    /// The menu's lines, in the order of their keys (1 to 5).
    static func copyChoices(_ subscription: Subscription, state: BrowserState) -> [CopyChoice] {
        let contact = subscription.contact
        let contactValue: (label: String, value: String)
        if let unicity = contact.unicity ?? state.contactUnicity {
            contactValue = (Message.copyContactUnicity.text(), unicity)
        } else if let hash = contact.hash {
            contactValue = (Message.copyContactHash.text(), hash)
        } else if let looked = state.contact {
            contactValue = (Message.copyContactKind(kind: looked.kind.rawValue).text(), looked.value)
        } else {
            contactValue = (Message.copyContactID.text(), contact.id ?? "")
        }
        let json = String(decoding: subscription.jsonBytes, as: UTF8.self)
        let url = state.connection.baseURL.url(for: .getSubscription(id: subscription.id))
        // The key is read where the session read it: a command pasted into a ticket must not carry it.
        let curl = "curl -sS -H \"X-Key: \(state.connection.keyExpression)\" '\(url)'"
        return [
            tokenChoice(subscription)
                ?? CopyChoice(label: Message.copyToken.text(), preview: Message.copyNone.text(), text: ""),
            choice(Message.copySubscriptionID.text(), subscription.id),
            choice(contactValue.label, contactValue.value),
            choice(Message.copyJSON.text(), json),
            choice(Message.copyCurl.text(), curl),
        ]
    }

    static func tokenChoice(_ subscription: Subscription) -> CopyChoice? {
        let provider = subscription.provider
        if let token = provider.token { return choice(Message.copyToken.text(), token) }
        if let url = provider.url { return choice(Message.copyURL.text(), url) }
        return nil
    }

    static func choice(_ label: String, _ text: String) -> CopyChoice {
        CopyChoice(label: label, preview: UntrustedText.sanitized(text), text: text)
    }

    /// A value with control characters, escape sequences or bidi overrides would run as typed
    /// text when pasted into a shell: the escaped form is copied instead, and the flash says so.
    /// (JSON's own line breaks and tabs are kept.)
    static func clipboard(_ choice: CopyChoice) -> Effect {
        guard !choice.text.isEmpty else {
            return .copyToClipboard(text: "", what: Message.copyNothing(label: choice.label).text())
        }
        let risky = choice.text.unicodeScalars.contains { scalar in
            UntrustedText.needsEscape(scalar)
                && !(choice.label == Message.copyJSON.text() && ["\n", "\r", "\t"].contains(scalar))
        }
        if risky {
            let escaped = UntrustedText.sanitized(choice.text)
            return .copyToClipboard(
                text: escaped,
                what: Message.copyEscaped(label: choice.label, count: escaped.count).text())
        }
        return .copyToClipboard(
            text: choice.text, what: Message.copyWhat(label: choice.label, count: choice.text.count).text())
    }
}
