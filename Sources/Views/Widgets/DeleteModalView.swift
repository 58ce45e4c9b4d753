import Browser
import NP6

/// The `d` confirmation: what will go, the exact request, and Cancel focused by default.
enum DeleteModalView {
    static let preferredWidth = 76

    static func draw(_ confirmation: DeleteConfirmation, state: BrowserState, into canvas: inout Canvas) {
        let subscription = confirmation.subscription
        var content = ModalContent(width: min(preferredWidth, canvas.columns - 2) - 4)
        content.add(.field(label: "Provider", value: UntrustedText.sanitized(subscription.provider.type)))
        content.add(.field(label: "Application", value: UntrustedText.sanitized(state.applicationLabel(for: subscription))))
        let address = subscription.provider.address.map { TokenText.shortened(UntrustedText.sanitized($0), head: 16, tail: 10) } ?? "—"
        content.add(.field(label: subscription.provider.token != nil ? "Token" : "Address", value: address))
        let created = subscription.lifecycle.creation?.date.map { DateText.local($0, utcOffsetSeconds: state.environment.utcOffsetSeconds) } ?? "unknown"
        content.add(.field(label: "Created", value: created))
        content.add(.blank, priority: 3)
        content.add(.text("This sends:", Theme.muted, indent: 0), priority: 2)
        content.wrapped(UntrustedText.sanitized(confirmation.requestLine), style: Theme.danger, indent: 2)
        content.wrapped("The device stops receiving this app's pushes.", style: Theme.muted, priority: 2)
        content.add(.blank, priority: 3)
        content.add(.buttons(confirmation.focus))
        content.add(.blank, priority: 3)
        content.wrapped("y delete · n/Esc cancel · Tab switch · Enter presses the focused button", style: Theme.muted, priority: 1)
        content.draw(into: &canvas, title: "Delete this subscription?", border: Theme.dangerBorder, preferredWidth: preferredWidth)
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
