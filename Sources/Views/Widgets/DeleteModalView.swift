import Browser
import Formatting
import NP6

/// The `d` confirmation: what will go, the exact request, and Cancel focused by default.
enum DeleteModalView {
    static let preferredWidth = 76

    static func draw(_ confirmation: DeleteConfirmation, state: BrowserState, into canvas: inout Canvas) {
        var content = ModalContent(width: min(preferredWidth, canvas.columns - 2) - 4)
        let title: String
        if confirmation.subscriptions.count == 1, let subscription = confirmation.subscriptions.first {
            title = "Delete this subscription?"
            describe(subscription, state: state, into: &content)
        } else {
            title = "Delete \(confirmation.subscriptions.count) marked subscriptions?"
            SubscriptionLines.add(confirmation.subscriptions, state: state, to: &content, limit: 6)
            if confirmation.hiddenByFilter > 0 {
                content.wrapped(
                    "\(confirmation.hiddenByFilter) of them \(confirmation.hiddenByFilter == 1 ? "is" : "are") hidden by the current filter.",
                    style: Theme.warning)
            }
        }
        content.add(.blank, priority: 3)
        content.add(.text("This sends:", Theme.muted, indent: 0), priority: 2)
        content.wrapped(UntrustedText.sanitized(confirmation.requestLine), style: Theme.danger, indent: 2)
        content.wrapped("The device stops receiving this app's pushes. u undoes it.", style: Theme.muted, priority: 2)
        content.add(.blank, priority: 3)
        content.add(.buttons(confirmation.focus, confirm: "Delete"))
        content.add(.blank, priority: 3)
        content.wrapped("y delete · n/Esc cancel · Tab switch · Enter presses the focused button", style: Theme.muted, priority: 1)
        content.draw(into: &canvas, title: title, border: Theme.dangerBorder, preferredWidth: preferredWidth)
    }

    static func describe(_ subscription: Subscription, state: BrowserState, into content: inout ModalContent) {
        content.add(.field(label: "Provider", value: UntrustedText.sanitized(subscription.provider.type)))
        content.add(.field(label: "Application", value: UntrustedText.sanitized(state.applicationLabel(for: subscription))))
        let address = subscription.provider.address.map { TokenText.shortened(UntrustedText.sanitized($0), head: 16, tail: 10) } ?? "—"
        content.add(.field(label: subscription.provider.token != nil ? "Token" : "Address", value: address))
        let created = subscription.lifecycle.creation?.date.map { DateText.local($0, utcOffsetSeconds: state.environment.utcOffsetSeconds) } ?? "unknown"
        content.add(.field(label: "Created", value: created))
    }
}

/// One line per subscription (provider, application, token excerpt), for modals about several.
enum SubscriptionLines {
    static func add(_ subscriptions: [Subscription], state: BrowserState, to content: inout ModalContent, limit: Int) {
        for subscription in subscriptions.prefix(limit) {
            let token = subscription.provider.address.map { TokenText.shortened(UntrustedText.sanitized($0)) } ?? "—"
            let line = "• \(UntrustedText.sanitized(subscription.provider.type))  \(UntrustedText.sanitized(state.applicationLabel(for: subscription)))  \(token)"
            content.add(.text(DisplayWidth.truncate(line, width: content.width), .plain, indent: 0), priority: 1)
        }
        if subscriptions.count > limit {
            content.add(.text("… and \(subscriptions.count - limit) more", Theme.muted, indent: 0), priority: 1)
        }
    }
}

/// The `u` confirmation: what will be re-created, with Cancel focused.
enum RestoreModalView {
    static func draw(_ confirmation: RestoreConfirmation, state: BrowserState, into canvas: inout Canvas) {
        var content = ModalContent(width: min(DeleteModalView.preferredWidth, canvas.columns - 2) - 4)
        let count = confirmation.subscriptions.count
        content.wrapped("Re-create \(count) subscription\(count == 1 ? "" : "s") exactly as the server last sent \(count == 1 ? "it" : "them"):", style: Theme.info)
        SubscriptionLines.add(confirmation.subscriptions, state: state, to: &content, limit: 6)
        content.add(.blank, priority: 3)
        content.add(.text("This sends:", Theme.muted, indent: 0), priority: 2)
        content.wrapped(confirmation.requestLine + " with the saved JSON", style: Theme.info, indent: 2)
        content.add(.blank, priority: 3)
        content.add(.buttons(confirmation.focus, confirm: "Re-create"))
        content.add(.blank, priority: 3)
        content.wrapped("y re-create · n/Esc cancel · Tab switch", style: Theme.muted, priority: 1)
        content.draw(into: &canvas, title: "Undo the last delete?", border: Theme.focusedBorder, preferredWidth: DeleteModalView.preferredWidth)
    }
}

/// The `D` confirmation: how many, in which applications, and a typed confirmation.
enum DeleteAllModalView {
    static let preferredWidth = 76

    static func draw(_ confirmation: DeleteAllConfirmation, state: BrowserState, into canvas: inout Canvas) {
        let width = min(preferredWidth, canvas.columns - 2) - 4
        var content = self.content(confirmation, width: width, compact: false)
        if content.lines.count > ModalContent.maximumRows(canvas) {
            // Short terminal: the count, the applications and the request, one line each.
            content = self.content(confirmation, width: width, compact: true)
        }
        content.draw(into: &canvas, title: "Delete ALL subscriptions?", border: Theme.dangerBorder, preferredWidth: preferredWidth)
    }

    static func content(_ confirmation: DeleteAllConfirmation, width: Int, compact: Bool) -> ModalContent {
        var content = ModalContent(width: width)
        let who = "\(confirmation.contact.kind.rawValue) \(UntrustedText.sanitized(confirmation.contact.value))"
        let noun = confirmation.count == 1 ? "subscription" : "subscriptions"
        let applications = confirmation.applications.map { "\(UntrustedText.sanitized($0.name)) (\($0.count))" }
        if compact {
            content.add(.text(DisplayWidth.truncate("All \(confirmation.count) \(noun) of \(who)", width: width), Theme.danger, indent: 0))
            content.add(.text(DisplayWidth.truncate("in: " + applications.joined(separator: ", "), width: width), .plain, indent: 0))
            content.add(.text(DisplayWidth.truncate(UntrustedText.sanitized(confirmation.requestLine), width: width), Theme.danger, indent: 0))
        } else {
            content.wrapped("All \(confirmation.count) \(noun) of \(who) will be deleted, in:", style: Theme.danger)
            let shown = 5
            for application in applications.prefix(shown) {
                content.add(.text(DisplayWidth.truncate("• " + application, width: width - 2), .plain, indent: 2))
            }
            if applications.count > shown {
                content.add(.text("… and \(applications.count - shown) more applications", Theme.muted, indent: 2))
            }
            content.add(.text("This sends:", Theme.muted, indent: 0), priority: 2)
            content.wrapped(UntrustedText.sanitized(confirmation.requestLine), style: Theme.danger, indent: 2)
            content.add(.blank, priority: 3)
        }
        content.wrapped(confirmation.confirmationHint + ", then Enter:", style: Theme.info)
        content.add(.input(confirmation.field))
        if confirmation.mismatch {
            content.add(.text(DisplayWidth.truncate("That does not match. Nothing was deleted.", width: width), Theme.danger, indent: 0))
        }
        content.add(.blank, priority: 3)
        content.add(.text("Enter confirm · Esc cancel", Theme.muted, indent: 0), priority: 2)
        return content
    }
}
