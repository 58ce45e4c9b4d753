import Browser
import Essentials
import Formatting
import NP6
import Primitives

/// Row 0: program (or, on a production profile, the danger band), profile, host, contact,
/// count, freshness, spinner, badges.
enum HeaderView {
    static let spinnerFrames = ["-", "\\", "|", "/"]

    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        let production = state.connection.isProduction
        let base = production ? Theme.productionBand : Theme.header
        canvas.fill(rect, style: base)
        var badges: [(String, Style)] = []
        if state.connection.readOnly { badges.append((" READ-ONLY ", Theme.readOnlyBadge)) }
        if state.connection.readWriteOverride { badges.append((" READ-WRITE ", Theme.readWriteBadge)) }
        if state.environment.demo { badges.append((" DEMO ", Theme.demoBadge)) }
        let badgeWidth = badges.reduce(0) { $0 + DisplayWidth.of($1.0) + 1 }
        var column = max(rect.left, rect.right - badgeWidth)
        for (text, style) in badges {
            column += canvas.put(text, row: rect.top, column: column, style: style) + 1
        }

        let available = max(0, rect.width - badgeWidth - 1)
        let title = production ? " PRODUCTION" : " np6-subs"
        let full = title + " │ " + parts(state).joined(separator: " │ ")
        if DisplayWidth.of(full) <= available {
            canvas.put(full, row: rect.top, column: rect.left, style: base, width: available)
            canvas.put(
                title, row: rect.top, column: rect.left, style: production ? Theme.productionBand : Theme.headerTitle)
        } else {
            canvas.put(
                compactLine(state, width: available), row: rect.top, column: rect.left, style: base, width: available)
        }
    }

    /// The profile as the header names it: `staging`, or on production its label and name.
    static func profileText(_ state: BrowserState) -> String? {
        guard let profile = state.connection.profile else { return nil }
        let name = UntrustedText.sanitized(profile.name)
        guard let label = profile.label else { return name }
        return "\(UntrustedText.sanitized(label)) (\(name))"
    }

    /// Everything, for a wide terminal: profile, host, contact, count, position, marks, freshness, activity.
    static func parts(_ state: BrowserState) -> [String] {
        var parts: [String] = profileText(state).map { [$0] } ?? []
        parts.append(UntrustedText.sanitized(state.connection.host))
        if let contact = state.contactDescription {
            parts.append(contact)
            parts += counts(state, compact: false)
            if let fetchedAt = state.fetchedAt {
                parts.append("fetched " + DateText.age(seconds: state.now - fetchedAt))
            }
        } else {
            parts.append("no contact")
        }
        if let pending = state.pending { parts.append(spinner(state, pending)) }
        return parts
    }

    /// A narrow terminal: the profile, the activity and the counts always show; the contact gets
    /// the room left (cut at its end), and the host and freshness come after, as far as they fit.
    static func compactLine(_ state: BrowserState, width: Int) -> String {
        var fixed: [String] = []
        if let pending = state.pending { fixed.append(spinner(state, pending)) }
        if state.contact != nil { fixed += counts(state, compact: true) } else { fixed.append("no contact") }
        let fixedText = fixed.joined(separator: " │ ")
        // The profile comes first and is never dropped: on production the band carries the
        // label (the name is in every delete modal), cut before the counts would be.
        var profile = ""
        if let current = state.connection.profile {
            let text =
                current.production
                ? "PROD " + UntrustedText.sanitized(current.displayName) : UntrustedText.sanitized(current.name)
            let minimum = current.production ? 4 : min(8, DisplayWidth.of(text))
            let room = max(minimum, width - 1 - DisplayWidth.of(fixedText) - 3 - (state.contact != nil ? 6 + 3 : 0))
            profile = DisplayWidth.truncate(text, width: room) + " │ "
        }
        guard state.contact != nil else {
            return DisplayWidth.truncate(
                " " + profile + ([fixedText, UntrustedText.sanitized(state.connection.host)]).joined(separator: " │ "),
                width: width)
        }
        let contactRoom = max(6, width - DisplayWidth.of(profile) - DisplayWidth.of(fixedText) - 4)
        let contact = DisplayWidth.truncate(
            UntrustedText.sanitized(state.contactUnicity ?? state.contact?.value ?? ""), width: contactRoom)
        var line = " " + profile + contact + " │ " + fixedText
        for extra in [
            state.fetchedAt.map { DateText.age(seconds: state.now - $0) },
            UntrustedText.sanitized(state.connection.host),
        ].compactMap({ $0 }) {
            guard DisplayWidth.of(line) + 3 + DisplayWidth.of(extra) <= width else { break }
            line += " │ " + extra
        }
        return DisplayWidth.truncate(line, width: width)
    }

    /// `100,000 subscriptions`, the position when the list title has no room for it, the marks.
    static func counts(_ state: BrowserState, compact: Bool) -> [String] {
        var parts = [CountText.of(state.subscriptions.count, compact ? "sub" : "subscription")]
        let layout = ScreenLayout(size: state.size, state: state)
        if let counter = SubscriptionListView.counterForHeader(state, list: layout.list) { parts.append(counter) }
        if !state.marked.isEmpty { parts.append("\(CountText.grouped(state.marked.count)) marked") }
        if !state.ownership.isEmpty { parts.append("\(CountText.grouped(state.ownership.count)) foreign") }
        // The API quota once less than a fifth of it is left (the detail says when it resets).
        if let rateLimit = state.rateLimit, rateLimit.isLow { parts.append(rateLimit.text) }
        return parts
    }

    static func spinner(_ state: BrowserState, _ pending: PendingRequest) -> String {
        let frame = spinnerFrames[Int(state.now * 8) % spinnerFrames.count]
        return "\(frame) \(pending.activity)…"
    }
}
