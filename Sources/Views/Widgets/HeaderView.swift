import Browser
import Essentials
import Formatting
import Localization
import NP6
import Primitives

/// Row 0, in one order at every width and for every contact: the program (or, on a production
/// profile, the danger band), the profile, the host, then the contact, its counts, the age of the
/// answer and the activity; the badges on the right. The left part (program, profile, host) is
/// chosen from the width alone, so the host stands in the same column whichever contact is on
/// screen; the contact gives way first, then the counts and the age get shorter words.
enum HeaderView {
    static let spinnerFrames = ["-", "\\", "|", "/"]
    static let separator = " │ "
    /// What the left part leaves at least for the contact and its counts.
    static let contactRoom = 36

    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        let production = state.connection.isProduction
        let base = production ? Theme.productionBand : Theme.header
        canvas.fill(rect, style: base)
        var badges: [(String, Style)] = []
        if state.connection.readOnly { badges.append((" \(Message.badgeReadOnly) ", Theme.readOnlyBadge)) }
        if state.connection.readWriteOverride { badges.append((" \(Message.badgeReadWrite) ", Theme.readWriteBadge)) }
        if state.environment.demo { badges.append((" \(Message.badgeDemo) ", Theme.demoBadge)) }
        let badgeWidth = badges.reduce(0) { $0 + DisplayWidth.of($1.0) + 1 }
        var column = max(rect.left, rect.right - badgeWidth)
        for (text, style) in badges {
            column += canvas.put(text, row: rect.top, column: column, style: style) + 1
        }

        let available = max(0, rect.width - badgeWidth - 1)
        let (title, left) = leftPart(state, width: available)
        let right = rightPart(
            state, width: available - DisplayWidth.of(title + left) - (left.isEmpty ? 0 : DisplayWidth.of(separator)))
        let line = title + (left.isEmpty ? "" : left + separator) + right
        canvas.put(DisplayWidth.truncate(line, width: available), row: rect.top, column: rect.left, style: base)
        canvas.put(
            title, row: rect.top, column: rect.left, style: production ? Theme.productionBand : Theme.headerTitle,
            width: available)
    }

    /// The program's name (or the production band) and `profile │ host`: the richest form that
    /// leaves the contact its room, chosen from the width only. A profile's name (on production,
    /// its label) is never cut; the host is cut, then left out, on a narrow terminal.
    static func leftPart(_ state: BrowserState, width: Int) -> (title: String, rest: String) {
        let production = state.connection.isProduction
        let host = UntrustedText.sanitized(state.connection.host)
        let profile = state.connection.profile
        let name = profile.map { UntrustedText.sanitized(production ? $0.displayName : $0.name) }
        let labelled = profile.flatMap { current in
            current.label.map { "\(UntrustedText.sanitized($0)) (\(UntrustedText.sanitized(current.name)))" }
        }
        func joined(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: separator) }
        // The production band is never dropped: it is the warning.
        let wideTitle = production ? " PRODUCTION" + separator : " np6-subs" + separator
        let shortTitle = production ? " PROD " : " "
        let room = width - contactRoom
        let forms = [
            (wideTitle, joined([labelled ?? name, host])), (shortTitle, joined([labelled ?? name, host])),
            (shortTitle, joined([name, host])),
        ]
        if let fitting = forms.first(where: { DisplayWidth.of($0.0 + $0.1) <= room }) { return fitting }
        // Narrow: the contact and its count keep their room; the profile (with the band's word on
        // production) takes what is left, a few cells at least; the host goes.
        let activity = state.pending.map { DisplayWidth.of(separator + spinner(state, $0)) } ?? 0
        let rightMinimum =
            6 + DisplayWidth.of(separator + counts(state, compact: true).joined(separator: separator)) + activity
        guard let name else { return (" ", "") }
        let text = (production ? "PROD " : "") + name
        let minimum = production ? 4 : min(8, DisplayWidth.of(name))
        return (
            " ", DisplayWidth.truncate(text, width: max(minimum, width - 1 - DisplayWidth.of(separator) - rightMinimum))
        )
    }

    /// `contact │ counts │ age │ activity` in `width` cells: the contact gives way first (its
    /// unicity alone), then the counts and the age take their short words, then the contact is
    /// cut, the age goes, and the contact is cut further.
    static func rightPart(_ state: BrowserState, width: Int) -> String {
        let activity = state.pending.map { spinner(state, $0) }
        guard state.contact != nil, let description = state.contactDescription else {
            return [Message.headerNoContact.text(), activity].compactMap { $0 }.joined(separator: separator)
        }
        let short = UntrustedText.sanitized(state.contactUnicity ?? state.contact?.value ?? "")
        let age = state.fetchedAt.map { DateText.age(seconds: state.now - $0) }
        let long = age.map { Message.headerFetched(age: $0).text() }
        let whole = DisplayWidth.of(short)
        let attempts: [(contact: String, compact: Bool, age: String?, minimum: Int)] = [
            (description, false, long, DisplayWidth.of(description)), (short, false, long, whole),
            (short, true, age, whole), (short, true, age, 12), (short, true, nil, 12), (short, true, nil, 6),
        ]
        // Each is measured once a frame (the position needs the list's layout), not once a try.
        let (full, compact) = (counts(state, compact: false), counts(state, compact: true))
        for attempt in attempts {
            let rest = ((attempt.compact ? compact : full) + [attempt.age, activity].compactMap { $0 })
                .joined(separator: separator)
            let contactWidth = width - DisplayWidth.of(separator + rest)
            let needed = min(attempt.minimum, DisplayWidth.of(attempt.contact))
            guard contactWidth >= needed else { continue }
            return DisplayWidth.truncate(attempt.contact, width: contactWidth) + separator + rest
        }
        let rest = compact + [activity].compactMap { $0 }
        return ([DisplayWidth.truncate(short, width: 6)] + rest).joined(separator: separator)
    }

    /// `100,000 subscriptions`, the position when the list title has no room for it, the marks.
    static func counts(_ state: BrowserState, compact: Bool) -> [String] {
        let count = state.subscriptions.count
        var parts = [(compact ? Message.headerSubscriptionsShort(count) : Message.subscriptionCount(count)).text()]
        let layout = ScreenLayout(size: state.size, state: state)
        if let counter = SubscriptionListView.counterForHeader(state, list: layout.list) { parts.append(counter) }
        if !state.marked.isEmpty { parts.append(Message.headerMarked(state.marked.count).text()) }
        if !state.ownership.isEmpty { parts.append(Message.headerForeign(state.ownership.count).text()) }
        // The API quota once less than a fifth of it is left (the detail says when it resets).
        if let rateLimit = state.rateLimit, rateLimit.isLow { parts.append(rateLimit.text) }
        return parts
    }

    static func spinner(_ state: BrowserState, _ pending: PendingRequest) -> String {
        let frame = spinnerFrames[Int(state.now * 8) % spinnerFrames.count]
        return "\(frame) \(pending.activity)…"
    }
}
