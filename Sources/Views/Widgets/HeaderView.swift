import Browser
import Formatting
import NP6

/// Row 0: program, host, contact, count, freshness, spinner, badges.
enum HeaderView {
    static let spinnerFrames = ["-", "\\", "|", "/"]

    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, style: Theme.header)
        var badges: [(String, Style)] = []
        if state.environment.readOnly { badges.append((" READ-ONLY ", Theme.readOnlyBadge)) }
        if state.environment.demo { badges.append((" DEMO ", Theme.demoBadge)) }
        let badgeWidth = badges.reduce(0) { $0 + DisplayWidth.of($1.0) + 1 }
        var column = max(rect.left, rect.right - badgeWidth)
        for (text, style) in badges {
            column += canvas.put(text, row: rect.top, column: column, style: style) + 1
        }

        let available = max(0, rect.width - badgeWidth - 1)
        // Shorter forms when the full line does not fit: the host and the contact matter most.
        for compact in [false, true] {
            let parts = self.parts(state, compact: compact)
            let title = compact ? "" : " np6-subs │"
            let line = title + " " + parts.joined(separator: " │ ")
            if DisplayWidth.of(line) <= available || compact {
                canvas.put(DisplayWidth.truncate(line, width: available), row: rect.top, column: rect.left, style: Theme.header, width: available)
                if !compact { canvas.put(" np6-subs", row: rect.top, column: rect.left, style: Theme.headerTitle) }
                break
            }
        }
    }

    static func parts(_ state: BrowserState, compact: Bool) -> [String] {
        var parts: [String] = [UntrustedText.sanitized(state.environment.host)]
        if let contact = state.contact {
            parts.append("\(contact.kind.rawValue): \(UntrustedText.sanitized(contact.value))")
            let count = state.subscriptions.count
            parts.append(compact ? (count == 1 ? "1 sub" : "\(count) subs") : count == 1 ? "1 subscription" : "\(count) subscriptions")
            if !state.marked.isEmpty { parts.append("\(state.marked.count) marked") }
            if let fetchedAt = state.fetchedAt {
                let age = DateText.age(seconds: state.now - fetchedAt)
                parts.append(compact ? age : "fetched \(age)")
            }
        } else {
            parts.append("no contact")
        }
        if let pending = state.pending {
            let frame = spinnerFrames[Int(state.now * 8) % spinnerFrames.count]
            parts.insert("\(frame) \(activity(pending))", at: compact ? 1 : parts.count)
        }
        return parts
    }

    static func activity(_ pending: PendingRequest) -> String {
        switch pending.kind {
        case .lookup: return "loading…"
        case .delete: return "deleting…"
        case .deleteAll: return "deleting all…"
        case .restore: return "re-creating…"
        }
    }
}
