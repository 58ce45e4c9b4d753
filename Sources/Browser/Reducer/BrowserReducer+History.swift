import Essentials
import Localization
import NP6

/// `[` and `]`: the contacts of this session, like a browser's history. Each keeps its rows,
/// filter, order and selection; going back shows them at once, without a request.
extension BrowserReducer {
    static let maximumHistory = 20

    /// Before another contact replaces the one on screen: remember it, and forget the forward
    /// history (a new branch, as in a web browser).
    static func recordHistory(_ state: inout BrowserState) {
        guard let snapshot = state.snapshot() else { return }
        state.backHistory.append(snapshot)
        if state.backHistory.count > maximumHistory { state.backHistory.removeFirst() }
        state.forwardHistory = []
    }

    static func goBack(_ state: inout BrowserState) -> [Effect] {
        move(&state, from: \.backHistory, to: \.forwardHistory, empty: Message.flashNoEarlierContact.text())
    }

    static func goForward(_ state: inout BrowserState) -> [Effect] {
        move(
            &state, from: \.forwardHistory, to: \.backHistory,
            empty: Message.flashNoLaterContact(
                back: KeyMap.label(of: .historyBack, in: .browse),
                forward: KeyMap.label(of: .historyForward, in: .browse)
            ).text())
    }

    private static func move(
        _ state: inout BrowserState, from source: WritableKeyPath<BrowserState, [ContactSnapshot]>,
        to destination: WritableKeyPath<BrowserState, [ContactSnapshot]>, empty: String
    ) -> [Effect] {
        guard let target = state[keyPath: source].last else {
            state.flash = Flash(empty, kind: .info, now: state.now)
            return []
        }
        var effects: [Effect] = []
        if let pending = state.pending {
            // A write's answer must be seen on the contact it changed.
            guard pending.isLookup else {
                state.flash = Flash(Message.flashDeleteInProgress.text(), kind: .warning, now: state.now)
                return []
            }
            state.pending = nil
            effects.append(.cancel(generation: pending.generation))
        }
        state[keyPath: source].removeLast()
        if let current = state.snapshot() { state[keyPath: destination].append(current) }
        effects += state.restore(target)
        let position =
            """
            \(CountText.grouped(state.backHistory.count + 1)) of \
            \(CountText.grouped(state.backHistory.count + 1 + state.forwardHistory.count))
            """
        state.flash = Flash(
            "\(state.contactDescription ?? "Contact") (\(position); r refreshes)", kind: .info, now: state.now)
        return effects
    }
}
