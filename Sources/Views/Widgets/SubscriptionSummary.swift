import Browser
import Essentials
import Formatting
import Localization
import NP6

/// How a confirmation names the subscriptions it is about: the fields of one, or one line each.
enum SubscriptionSummary {
    static func fields(_ subscription: Subscription, state: BrowserState, into content: inout ModalContent) {
        if let owner = state.ownership.owner(of: subscription) {
            // Whose the row is, not whom the list was asked for.
            content.add(.field(label: Message.detailContact.text(), value: ConfirmationView.describe(owner)))
        } else if let contact = state.contactDescription {
            content.add(.field(label: Message.detailContact.text(), value: contact))
        }
        content.add(
            .field(label: Message.detailProvider.text(), value: UntrustedText.sanitized(subscription.provider.type)))
        content.add(
            .field(
                label: Message.detailApplication.text(),
                value: UntrustedText.sanitized(state.applicationLabel(for: subscription))))
        let address =
            subscription.provider.address.map { TokenText.shortened(UntrustedText.sanitized($0), head: 16, tail: 10) }
            ?? "—"
        content.add(
            .field(
                label: (subscription.provider.token != nil ? Message.detailToken : .summaryAddress).text(),
                value: address))
        let created =
            subscription.lifecycle.creation?.date.map { DateText.local($0, timeZone: state.environment.timeZone) }
            ?? Message.detailUnknown.text()
        content.add(.field(label: Message.detailCreated.text(), value: created))
    }

    static func lines(_ subscriptions: [Subscription], state: BrowserState, to content: inout ModalContent, limit: Int)
    {
        for subscription in subscriptions.prefix(limit) {
            let token = subscription.provider.address.map { TokenText.shortened(UntrustedText.sanitized($0)) } ?? "—"
            let line =
                """
                • \(UntrustedText.sanitized(subscription.provider.type))  \
                \(UntrustedText.sanitized(state.applicationLabel(for: subscription)))  \(token)
                """
            content.add(.text(DisplayWidth.truncate(line, width: content.width), .plain, indent: 0), priority: 1)
        }
        if subscriptions.count > limit {
            content.add(
                .text(Message.summaryMore(subscriptions.count - limit).text(), Theme.muted, indent: 0),
                priority: 1)
        }
    }
}
