import Essentials
import Localization
import NP6

extension BrowserReducer {
    /// `E`: a prompt offering `./np6-subs-<contact>-<date>.csv` for the rows in view.
    static func openExport(_ state: inout BrowserState) {
        guard !state.visible.isEmpty else { return }
        state.overlay = .export(ExportPrompt(path: defaultExportPath(state), rows: state.visible.count))
    }

    /// `./np6-subs-foobar-2026-12-07.csv`: the contact's unicity (or the key it was looked up by)
    /// with what a file name cannot hold replaced, and the local date.
    static func defaultExportPath(_ state: BrowserState) -> String {
        let contact = state.contactUnicity ?? state.contact?.value ?? "contact"
        let safe = String(
            contact.unicodeScalars.prefix(64).map { scalar -> Character in
                let allowed =
                    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || "@.+_-".unicodeScalars.contains(scalar)
                return allowed ? Character(scalar) : "_"
            })
        let day = ISO8601Timestamp(secondsSince1970: state.now).civil(in: state.environment.timeZone)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "./np6-subs-\(safe)-\(day.year)-\(two(day.month))-\(two(day.day)).csv"
    }

    /// Enter in the prompt: the rows in view, in their order, to the path typed.
    static func writeExport(_ state: inout BrowserState, overwrite: Bool) -> [Effect] {
        guard case .export(var prompt)? = state.overlay else { return [] }
        let path = prompt.field.text.trimmingWhitespace()
        guard let format = ExportJob.format(of: path) else {
            prompt.problem = Message.exportBadExtension.text()
            state.overlay = .export(prompt)
            return []
        }
        prompt.problem = nil
        prompt.existing = nil
        state.overlay = .export(prompt)
        let job = ExportJob(
            path: path, format: format, subscriptions: Array(state.visibleSubscriptions),
            applicationNames: state.applicationNames, overwrite: overwrite)
        return [.export(job)]
    }

    /// `n` or Esc when the file exists: back to the field, to choose another path.
    static func declineOverwrite(_ state: inout BrowserState) {
        guard case .export(var prompt)? = state.overlay else { return }
        prompt.existing = nil
        state.overlay = .export(prompt)
    }

    static func exportFinished(_ state: inout BrowserState, _ outcome: ExportOutcome) -> [Effect] {
        switch outcome {
        case .written(let rows, let path):
            if case .export? = state.overlay { state.overlay = nil }
            state.flash = Flash(
                Message.flashExported(count: rows, path: UntrustedText.sanitized(path)).text(), kind: .success,
                now: state.now)
        case .exists(let path):
            guard case .export(var prompt)? = state.overlay else { return [] }
            prompt.existing = path
            state.overlay = .export(prompt)
        case .failed(let path, let message):
            let text = Message.flashExportFailed(
                path: UntrustedText.sanitized(path), error: UntrustedText.sanitized(message)
            ).text()
            if case .export(var prompt)? = state.overlay {
                prompt.problem = text
                state.overlay = .export(prompt)
            } else {
                state.flash = Flash(text, kind: .error, now: state.now)
            }
        }
        return []
    }

    /// `v`: the selected subscription's JSON, exactly as the server sent it, in the pager.
    static func openPager(_ state: inout BrowserState) -> [Effect] {
        guard let subscription = state.selectedSubscription else { return [] }
        return [.openPager(bytes: Array(subscription.jsonBytes))]
    }

    static func pagerFinished(_ state: inout BrowserState, error: String?) -> [Effect] {
        // The pager's own words (its standard error) may hold escape sequences: shown escaped.
        if let error {
            state.flash = Flash(
                Message.flashPagerFailed(error: UntrustedText.sanitized(error)).text(), kind: .error, now: state.now)
        }
        return []
    }
}
