import Browser
import Essentials
import Formatting
import Localization
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
            (subscriptions.count == 1
                ? Message.confirmTitleDeleteOne : .confirmTitleDeleteMarked(subscriptions.count)).text()
        case .deleteAll: Message.confirmTitleDeleteAll.text()
        case .deleteOwn: Message.confirmTitleDeleteOwn.text()
        case .restore: Message.confirmTitleUndo.text()
        case .restoreEntry(let restore):
            Message.confirmTitleRestoreEntry(entry: UntrustedText.sanitized(String(restore.entry.prefix(8)))).text()
        case .quit: Message.confirmTitleQuit.text()
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
            let whose = state.contactDescription.map { Message.confirmWhoseOf(contact: $0).text() } ?? ""
            content.wrapped(Message.confirmUndoWhat(count, whose: whose).text(), style: Theme.info)
            SubscriptionSummary.lines(subscriptions, state: state, to: &content, limit: 6)
            content.add(.blank, priority: 3)
            requestLines(subject, suffix: Message.confirmWithSavedJSON.text(), style: Theme.info, into: &content)
        case .restoreEntry(let restore):
            entryLines(restore, subject: subject, state: state, into: &content)
        case .quit(let activity):
            content.wrapped(Message.confirmQuitActivity(activity: activity).text(), style: Theme.warning)
            content.wrapped(Message.confirmQuitJournal.text(), style: Theme.muted, priority: 2)
            let wait = KeyMap.label(of: .cancel, in: .confirmation)
            content.wrapped(Message.confirmQuitWaitsKey(key: wait).text(), style: Theme.muted, priority: 1)
        case .deleteAll(let contact, let subscriptions, let applications),
            .deleteOwn(let contact, let subscriptions, let applications):
            let who = state.contactDescription ?? "\(contact.kind.rawValue) \(UntrustedText.sanitized(contact.value))"
            let own = subject.isDeleteOwn
            let all =
                subscriptions.count == 1
                ? (own ? Message.confirmTheOnlyOwn : .confirmTheOnly).text()
                : (own ? Message.confirmAllOwn(subscriptions.count) : .confirmAll(subscriptions.count)).text()
            let names = applications.map { "\(UntrustedText.sanitized($0.name)) (\($0.count))" }
            if compact {
                let allOf = Message.confirmAllOf(all: all, contact: who).text()
                content.add(.text(DisplayWidth.truncate(allOf, width: width), Theme.danger, indent: 0))
                let inApplications = Message.confirmIn(applications: names.joined(separator: ", ")).text()
                content.add(.text(DisplayWidth.truncate(inApplications, width: width), .plain, indent: 0))
                // The request is never cut, however short the terminal.
                content.wrapped(UntrustedText.sanitized(subject.requestLine), style: Theme.danger)
            } else {
                content.wrapped(Message.confirmWillBeDeleted(all: all, contact: who).text(), style: Theme.danger)
                let shown = 5
                for name in names.prefix(shown) {
                    content.add(.text(DisplayWidth.truncate("• " + name, width: width - 2), .plain, indent: 2))
                }
                if names.count > shown {
                    content.add(
                        .text(Message.confirmMoreApplications(names.count - shown).text(), Theme.muted, indent: 2))
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
        let what = Message.confirmEntryWhat(
            count, contact: UntrustedText.sanitized(restore.contactText), when: UntrustedText.sanitized(restore.when))
        content.wrapped(what.text(), style: Theme.info)
        SubscriptionSummary.lines(restore.subscriptions, state: state, to: &content, limit: 6)
        if state.contact != nil, restore.contact != state.contact {
            content.wrapped(Message.confirmEntryNotOnScreen.text(), style: Theme.warning, priority: 2)
        }
        content.add(.blank, priority: 3)
        requestLines(subject, suffix: Message.confirmWithSavedJSON.text(), style: Theme.info, into: &content)
    }

    /// The rows a delete takes, the request, and what it does.
    static func deleteLines(
        _ subject: ConfirmationSubject, _ subscriptions: [Subscription], hiddenByFilter: Int, state: BrowserState,
        into content: inout ModalContent
    ) {
        if subscriptions.count == 1, let subscription = subscriptions.first {
            if let owner = state.ownership.owner(of: subscription) {
                let notTo = state.contactDescription.map { Message.confirmNotTo(contact: $0).text() } ?? ""
                content.wrapped(
                    Message.confirmBelongsTo(owner: Self.describe(owner), notTo: notTo).text(), style: Theme.warning)
            }
            SubscriptionSummary.fields(subscription, state: state, into: &content)
        } else {
            if let contact = state.contactDescription {
                content.wrapped(Message.confirmOf(contact: contact).text(), style: Theme.info)
            }
            SubscriptionSummary.lines(subscriptions, state: state, to: &content, limit: 6)
            if hiddenByFilter > 0 {
                content.wrapped(Message.confirmHiddenByFilter(hiddenByFilter).text(), style: Theme.warning)
            }
        }
        content.add(.blank, priority: 3)
        requestLines(subject, style: Theme.danger, into: &content)
        let undo = KeyMap.label(of: .undo, in: .browse)
        let effect =
            subscriptions.count == 1
            ? Message.confirmEffectOne(key: undo) : .confirmEffectMany(subscriptions.count, key: undo)
        content.wrapped(effect.text(), style: Theme.muted, priority: 2)
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
        let whose = owners.count == 1 ? owners[0] : Message.confirmOtherContacts(owners.count).text()
        let delete = KeyMap.label(of: .delete, in: .browse)
        content.wrapped(
            Message.confirmLeftOut(rows: leftOut.count, owners: whose, key: delete).text(), style: Theme.warning)
    }

    /// Which account the write goes to, when a config profile is in use: on production, in the
    /// danger style and kept however short the terminal.
    static func profileLine(_ connection: BrowserConnection, into content: inout ModalContent) {
        guard let profile = connection.profile else { return }
        let name = UntrustedText.sanitized(profile.name)
        let label = profile.label.map { " (\(UntrustedText.sanitized($0)))" } ?? ""
        if profile.production {
            content.wrapped(
                Message.confirmProduction(name: name, label: label, host: UntrustedText.sanitized(connection.host))
                    .text(),
                style: Theme.danger)
        } else {
            content.wrapped(
                Message.confirmProfile(name: name, label: label, host: UntrustedText.sanitized(connection.host)).text(),
                style: Theme.info, priority: 2)
        }
    }

    /// The optional reason: its field, or while it is empty and elsewhere, how to reach it.
    static func reasonLine(_ confirmation: Confirmation, into content: inout ModalContent) {
        let label = Message.confirmReasonLabel.text()
        if confirmation.reason.text.isEmpty, !confirmation.reasonFocused {
            content.add(
                .text(
                    DisplayWidth.truncate(
                        Message.confirmReasonHint(label: label, key: KeyMap.label(of: .nextFocus, in: .confirmation))
                            .text(), width: content.width),
                    Theme.muted, indent: 0), priority: 1)
        } else {
            content.add(.input(confirmation.reason, label: label, focused: confirmation.reasonFocused), priority: 1)
        }
    }

    /// "This sends:" and the exact request, which a short terminal keeps longest.
    static func requestLines(
        _ subject: ConfirmationSubject, suffix: String = "", style: Style, into content: inout ModalContent
    ) {
        content.add(.text(Message.confirmThisSends.text(), Theme.muted, indent: 0), priority: 2)
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
            let press = KeyMap.label(of: .pressFocused, in: .confirmation)
            content.wrapped(Message.confirmKeyPresses(key: press).text(), style: Theme.muted, priority: 2)
        case .typed(let typed):
            let submit = KeyMap.label(of: .submitTyped, in: .typedConfirmation)
            content.wrapped(
                Message.confirmTypedThenKey(instruction: typed.instruction, key: submit).text(), style: Theme.info)
            content.add(.input(typed.field, focused: !confirmation.reasonFocused))
            if typed.mismatch {
                content.wrapped(Message.confirmMismatch.text(), style: Theme.danger)
            }
            reasonLine(confirmation, into: &content)
            content.add(.blank, priority: 3)
            content.add(.text(DisplayWidth.truncate(keys, width: width), Theme.muted, indent: 0), priority: 2)
        }
    }
}
