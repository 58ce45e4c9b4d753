import Formatting
import Localization

extension BrowserReducer {
    /// `/`: with the detail focused, a search of its text; otherwise the list's filter.
    static func openFilter(_ state: inout BrowserState) {
        if state.focus == .detail, state.selectedSubscription != nil {
            state.detailSearch.editing = true
        } else {
            state.filterEditing = true
        }
    }

    /// Enter: the search stays and its first match is shown.
    static func keepDetailSearch(_ state: inout BrowserState) {
        state.detailSearch.editing = false
        showCurrentMatch(&state)
    }

    static func clearDetailSearch(_ state: inout BrowserState) {
        state.detailSearch = DetailSearch()
    }

    /// `n` and `N`: the next or previous match, round the end, scrolled into view.
    static func stepMatch(forward: Bool, _ state: inout BrowserState) {
        let count = detailMatches(state).count
        guard count > 0 else { return }
        let current = state.detailSearch.current
        state.detailSearch.current = (current + (forward ? 1 : count - 1)) % count
        showCurrentMatch(&state)
    }

    /// Scrolls the detail so that the current match's line is in view.
    static func showCurrentMatch(_ state: inout BrowserState) {
        let matches = detailMatches(state)
        guard !matches.isEmpty else { return }
        if state.detailSearch.current >= matches.count { state.detailSearch.current = 0 }
        let line = matches[state.detailSearch.current].line
        let page = max(1, ScreenLayout(size: state.size, state: state).detailTextRows)
        if line < state.detailScroll || line >= state.detailScroll + page {
            state.detailScroll = max(0, line - page / 3)
        }
        clampDetailScroll(&state)
    }

    /// Where the detail's search matches the selected subscription's detail at its width now.
    public static func detailMatches(_ state: BrowserState) -> [DetailMatch] {
        guard state.detailSearch.isActive, let subscription = state.selectedSubscription else { return [] }
        let layout = ScreenLayout(size: state.size, state: state)
        let width = layout.detail != nil ? layout.detailTextWidth : max(0, state.size.columns - 4)
        let document = state.detail(of: subscription, width: width)
        return DetailMatch.all(of: state.detailSearch.text, in: document)
    }
}
