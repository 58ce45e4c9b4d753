import Essentials
import Localization
import NP6

/// The write a confirmation stands for. Confirming it starts exactly this write, and nothing
/// else: the subject carries every subscription the request will touch.
public enum ConfirmationSubject: Sendable, Equatable {
    /// `DELETE /subscriptions/{id}` for each (the selected row, or every marked one).
    /// `hiddenByFilter`: marked rows the current filter hides, which the modal warns about.
    case deleteSubscriptions([Subscription], hiddenByFilter: Int)
    /// The bulk endpoint of the contact, as it was looked up.
    case deleteAll(ContactKey, [Subscription], applications: [ApplicationCount])
    /// Every subscription of the contact that is its own, one `DELETE /subscriptions/{id}` each:
    /// `D` on a list that holds another contact's rows, which the bulk endpoint would take too.
    case deleteOwn(ContactKey, [Subscription], applications: [ApplicationCount])
    /// `PUT /subscriptions` with each one's saved JSON: undo of the last delete.
    case restore([Subscription])
    /// `PUT /subscriptions` for each subscription a journal entry removed (`u` in the journal).
    case restoreEntry(JournalRestore)
    /// `q` while a write is in flight: leaving now makes its outcome unknown. Confirming sends
    /// nothing; it stops waiting and quits.
    case quit(activity: String)

    public var subscriptions: [Subscription] {
        switch self {
        case .deleteSubscriptions(let subscriptions, _), .deleteAll(_, let subscriptions, _),
            .deleteOwn(_, let subscriptions, _), .restore(let subscriptions):
            subscriptions
        case .restoreEntry(let restore): restore.subscriptions
        case .quit: []
        }
    }

    /// The exact request(s) the write sends.
    public var requestLine: String {
        switch self {
        case .deleteSubscriptions(let subscriptions, _), .deleteOwn(_, let subscriptions, _):
            if subscriptions.count == 1 { return NP6Operation.deleteSubscription(id: subscriptions[0].id).requestLine }
            return Message.requestEach(subscriptions.count, request: "DELETE /subscriptions/{id}").text()
        case .deleteAll(let contact, _, _):
            return contact.deleteOperation.requestLine
        case .restore, .restoreEntry:
            let count = subscriptions.count
            return count == 1 ? "PUT /subscriptions" : Message.requestTimes(count, request: "PUT /subscriptions").text()
        case .quit:
            return Message.requestNothing.text()
        }
    }

    /// Whether the journal records this, with a reason: every write, not quitting.
    public var takesReason: Bool {
        if case .quit = self { return false }
        return true
    }

    public var isDeleteOwn: Bool {
        if case .deleteOwn = self { return true }
        return false
    }

    /// The confirm button's label.
    public var verb: String {
        switch self {
        case .deleteSubscriptions, .deleteAll, .deleteOwn: Message.buttonDelete.text()
        case .restore, .restoreEntry: Message.buttonRecreate.text()
        case .quit: Message.buttonQuit.text()
        }
    }

    /// What the flash says when the person cancels.
    var cancelledMessage: String {
        switch self {
        case .deleteSubscriptions, .deleteAll, .deleteOwn: Message.cancelledDelete.text()
        case .restore, .restoreEntry: Message.cancelledUndo.text()
        case .quit(let activity): Message.cancelledQuit(activity: activity).text()
        }
    }
}
