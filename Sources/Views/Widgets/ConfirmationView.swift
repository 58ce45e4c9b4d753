import Browser
import Essentials
import Formatting
import NP6

/// Every confirmation: what the write touches, the exact request it sends, then the buttons
/// (Cancel focused when it opens) or the field to type into.
enum ConfirmationView {
    static let preferredWidth = 76

    static func draw(_ confirmation: Confirmation, state: BrowserState, into canvas: inout Canvas) {
        guard case .confirmation(confirmation)? = state.overlay else { return }
        let width = min(preferredWidth, canvas.columns - 2) - 4
        var content = self.content(confirmation, state: state, width: width, compact: false)
        if content.lines.count > ModalContent.maximumRows(canvas) {
            // Short terminal: a typed confirmation keeps its count, applications and request on one line each.
            content = self.content(confirmation, state: state, width: width, compact: true)
        }
        let border: Style
        switch confirmation.subject {
        case .restore, .restoreEntry: border = Theme.focusedBorder
        case .quit: border = Theme.warning
        case .deleteSubscriptions, .deleteAll, .deleteOwn: border = Theme.dangerBorder
        }
        content.draw(into: &canvas, title: title(confirmation.subject), border: border, preferredWidth: preferredWidth)
    }

    static func title(_ subject: ConfirmationSubject) -> String {
        switch subject {
        case .deleteSubscriptions(let subscriptions, _):
            subscriptions.count == 1
                ? "Delete this subscription?" : "Delete \(CountText.of(subscriptions.count, "marked subscription"))?"
        case .deleteAll: "Delete ALL subscriptions?"
        case .deleteOwn: "Delete ALL of this contact's subscriptions?"
        case .restore: "Undo the last delete?"
        case .restoreEntry(let restore):
            "Re-create journal entry \(UntrustedText.sanitized(String(restore.entry.prefix(8))))?"
        case .quit: "Quit while a request is in flight?"
        }
    }

    static func content(_ confirmation: Confirmation, state: BrowserState, width: Int, compact: Bool) -> ModalContent {
        var content = ModalContent(width: width)
        let subject = confirmation.subject
        if subject.takesReason { profileLine(state.connection, into: &content) }
        switch subject {
        case .deleteSubscriptions(let subscriptions, let hiddenByFilter):
            deleteLines(subject, subscriptions, hiddenByFilter: hiddenByFilter, state: state, into: &content)
        case .restore(let subscriptions):
            let count = subscriptions.count
            let whose = state.contactDescription.map { " of \($0)" } ?? ""
            content.wrapped(
                """
                Re-create \(CountText.of(count, "subscription"))\(whose) exactly as the server last sent \
                \(count == 1 ? "it" : "them"):
                """,
                style: Theme.info)
            SubscriptionSummary.lines(subscriptions, state: state, to: &content, limit: 6)
            content.add(.blank, priority: 3)
            requestLines(subject, suffix: " with the saved JSON", style: Theme.info, into: &content)
        case .restoreEntry(let restore):
            entryLines(restore, subject: subject, state: state, into: &content)
        case .quit(let activity):
            content.wrapped(
                "np6-subs is \(activity). If you quit now, nobody will know whether it took effect.",
                style: Theme.warning)
            content.wrapped(
                """
                The journal keeps the request as \"outcome unknown\"; the next start says so, and np6-subs journal \
                shows it.
                """,
                style: Theme.muted, priority: 2)
            content.wrapped("Cancel (or Esc) waits for the answer.", style: Theme.muted, priority: 1)
        case .deleteAll(let contact, let subscriptions, let applications),
            .deleteOwn(let contact, let subscriptions, let applications):
            let who = state.contactDescription ?? "\(contact.kind.rawValue) \(UntrustedText.sanitized(contact.value))"
            let own = subject.isDeleteOwn ? "own " : ""
            let all =
                subscriptions.count == 1
                ? "The only \(own)subscription" : "All \(CountText.of(subscriptions.count, own + "subscription"))"
            let names = applications.map { "\(UntrustedText.sanitized($0.name)) (\($0.count))" }
            if compact {
                content.add(.text(DisplayWidth.truncate("\(all) of \(who)", width: width), Theme.danger, indent: 0))
                content.add(
                    .text(
                        DisplayWidth.truncate("in: " + names.joined(separator: ", "), width: width), .plain, indent: 0))
                // The request is never cut, however short the terminal.
                content.wrapped(UntrustedText.sanitized(subject.requestLine), style: Theme.danger)
            } else {
                content.wrapped("\(all) of \(who) will be deleted, in:", style: Theme.danger)
                let shown = 5
                for name in names.prefix(shown) {
                    content.add(.text(DisplayWidth.truncate("• " + name, width: width - 2), .plain, indent: 2))
                }
                if names.count > shown {
                    content.add(
                        .text("… and \(CountText.of(names.count - shown, "more application"))", Theme.muted, indent: 2))
                }
                requestLines(subject, style: Theme.danger, into: &content)
                content.add(.blank, priority: 3)
            }
        }
        leftOutLines(confirmation, state: state, into: &content)
        answerLines(confirmation, keys: KeyHintText.line(for: state), width: width, into: &content)
        return content
    }

    /// `u` in the journal: what the entry removed, whose it is, and the requests.
    static func entryLines(
        _ restore: JournalRestore, subject: ConfirmationSubject, state: BrowserState, into content: inout ModalContent
    ) {
        let count = restore.subscriptions.count
        content.wrapped(
            """
            Re-create \(CountText.of(count, "subscription")) of \(UntrustedText.sanitized(restore.contactText)) that \
            this entry deleted on \(UntrustedText.sanitized(restore.when)), exactly as the journal saved \
            \(count == 1 ? "it" : "them"):
            """,
            style: Theme.info)
        SubscriptionSummary.lines(restore.subscriptions, state: state, to: &content, limit: 6)
        if state.contact != nil, restore.contact != state.contact {
            content.wrapped(
                "Not the contact on screen: the journal records it under the entry's contact.", style: Theme.warning,
                priority: 2)
        }
        content.add(.blank, priority: 3)
        requestLines(subject, suffix: " with the saved JSON", style: Theme.info, into: &content)
    }

    /// The rows a delete takes, the request, and what it does.
    static func deleteLines(
        _ subject: ConfirmationSubject, _ subscriptions: [Subscription], hiddenByFilter: Int, state: BrowserState,
        into content: inout ModalContent
    ) {
        if subscriptions.count == 1, let subscription = subscriptions.first {
            if let owner = state.ownership.owner(of: subscription) {
                let who = state.contactDescription.map { ", not to \($0)" } ?? ""
                content.wrapped(
                    "This subscription belongs to \(Self.describe(owner))\(who).", style: Theme.warning)
            }
            SubscriptionSummary.fields(subscription, state: state, into: &content)
        } else {
            if let contact = state.contactDescription { content.wrapped("Of \(contact):", style: Theme.info) }
            SubscriptionSummary.lines(subscriptions, state: state, to: &content, limit: 6)
            if hiddenByFilter > 0 {
                let verb = CountText.verb(hiddenByFilter, singular: "is", plural: "are")
                content.wrapped(
                    "\(CountText.grouped(hiddenByFilter)) of them \(verb) hidden by the current filter.",
                    style: Theme.warning)
            }
        }
        content.add(.blank, priority: 3)
        requestLines(subject, style: Theme.danger, into: &content)
        let effect =
            subscriptions.count == 1
            ? "The device stops receiving this app's pushes."
            : "These \(CountText.of(subscriptions.count, "device")) stop receiving their apps' pushes."
        content.wrapped(effect + " u undoes it.", style: Theme.muted, priority: 2)
    }

    /// `unicity jeanne@example.com`: a contact as the person types it.
    static func describe(_ contact: ContactKey) -> String {
        "\(contact.kind.rawValue) \(UntrustedText.sanitized(contact.value))"
    }

    /// The rows chosen but left out, because they are another contact's; never cut.
    static func leftOutLines(_ confirmation: Confirmation, state: BrowserState, into content: inout ModalContent) {
        let leftOut = confirmation.leftOut
        guard !leftOut.isEmpty else { return }
        let owners = Array(Set(leftOut.compactMap { state.ownership.owner(of: $0) }).map(describe)).sorted()
        let whose = owners.count == 1 ? owners[0] : CountText.of(owners.count, "other contact")
        let rows = leftOut.count == 1 ? "1 row belongs" : "\(CountText.grouped(leftOut.count)) rows belong"
        content.wrapped(
            "Left out: \(rows) to \(whose), not to this contact. d on such a row deletes it on its own.",
            style: Theme.warning)
    }

    /// Which account the write goes to, when a config profile is in use: on production, in the
    /// danger style and kept however short the terminal.
    static func profileLine(_ connection: BrowserConnection, into content: inout ModalContent) {
        guard let profile = connection.profile else { return }
        let name = UntrustedText.sanitized(profile.name)
        let label = profile.label.map { " (\(UntrustedText.sanitized($0)))" } ?? ""
        if profile.production {
            content.wrapped(
                "PRODUCTION: profile \(name)\(label) on \(UntrustedText.sanitized(connection.host))",
                style: Theme.danger)
        } else {
            content.wrapped(
                "Profile \(name)\(label) on \(UntrustedText.sanitized(connection.host))", style: Theme.info, priority: 2
            )
        }
    }

    /// The optional reason: its field, or while it is empty and elsewhere, how to reach it.
    static func reasonLine(_ confirmation: Confirmation, into content: inout ModalContent) {
        let label = "Reason (optional)"
        if confirmation.reason.text.isEmpty, !confirmation.reasonFocused {
            content.add(
                .text(
                    DisplayWidth.truncate("\(label): Tab to add one, e.g. a ticket number", width: content.width),
                    Theme.muted, indent: 0), priority: 1)
        } else {
            content.add(.input(confirmation.reason, label: label, focused: confirmation.reasonFocused), priority: 1)
        }
    }

    /// "This sends:" and the exact request, which a short terminal keeps longest.
    static func requestLines(
        _ subject: ConfirmationSubject, suffix: String = "", style: Style, into content: inout ModalContent
    ) {
        content.add(.text("This sends:", Theme.muted, indent: 0), priority: 2)
        content.wrapped(UntrustedText.sanitized(subject.requestLine) + suffix, style: style, indent: 2)
    }

    /// The buttons, or the typed field; then the keys (`keys`, from the key map).
    static func answerLines(_ confirmation: Confirmation, keys: String, width: Int, into content: inout ModalContent) {
        switch confirmation.answer {
        case .button(let focus):
            content.add(.blank, priority: 3)
            if confirmation.subject.takesReason {
                reasonLine(confirmation, into: &content)
                content.add(.blank, priority: 3)
            }
            content.add(.buttons(confirmation.reasonFocused ? nil : focus, confirm: confirmation.subject.verb))
            content.add(.blank, priority: 3)
            content.wrapped(keys, style: Theme.muted, priority: 1)
            content.wrapped("Enter presses the focused button.", style: Theme.muted, priority: 2)
        case .typed(let typed):
            content.wrapped(typed.instruction + ", then Enter:", style: Theme.info)
            content.add(.input(typed.field, focused: !confirmation.reasonFocused))
            if typed.mismatch {
                content.wrapped("That does not match. Nothing was deleted.", style: Theme.danger)
            }
            reasonLine(confirmation, into: &content)
            content.add(.blank, priority: 3)
            content.add(.text(DisplayWidth.truncate(keys, width: width), Theme.muted, indent: 0), priority: 2)
        }
    }
}
