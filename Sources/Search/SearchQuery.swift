import Localization
import NP6

/// The `/` filter's query language (docs/usage.md):
///
/// - space-separated terms that must all match; case-insensitive unless the term has a capital;
/// - `!term` excludes; `"quoted phrase"` matches spaces literally;
/// - `field:value` with `provider`, `app`, `token`, `id`, `contact`, `user`;
/// - `created:` / `modified:` with `>`, `>=`, `<` or `<=` and a date (`2024`, `2024-01`,
///   `2024-01-15`, local calendar periods) or an age (`30d`, `12h`, `2w`, `6m`, `1y`); without a
///   comparison a date matches within that period; `never` matches a date that is absent.
///
/// `~term` (or every text term when `fuzzy` is on) matches fuzzily, fzf style, and rows are then
/// ordered by score. Matching is `SearchFilter`'s job, over a `SearchIndex`.
///
/// `name:` with a name that is not a field is plain text (a URL, a token with a colon), with a
/// notice. A malformed date makes the query invalid: it then matches nothing and
/// `error` says why, so a typo is never silently read as "everything".
public struct SearchQuery: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case provider, app, token, id, contact, user, created, modified
    }

    public enum Pattern: Sendable, Equatable {
        /// Substring; `needle` is lower-cased unless `caseSensitive`.
        case text(needle: String, caseSensitive: Bool)
        /// In-order characters, fzf style (`~term`, or every term in fuzzy mode).
        case fuzzy(needle: String, caseSensitive: Bool)
        /// A date bound in seconds since 1970 (UTC): after `>`, before `<`, or within [from, to).
        case after(Double)
        case before(Double)
        case within(from: Double, to: Double)
        /// No such date at all (`modified:never`).
        case never
    }

    public struct Term: Sendable, Equatable {
        /// Nil: anywhere in what the row and its detail show.
        public var field: Field?
        public var negated: Bool
        public var pattern: Pattern

        public init(field: Field?, negated: Bool, pattern: Pattern) {
            self.field = field
            self.negated = negated
            self.pattern = pattern
        }
    }

    public let text: String
    public private(set) var terms: [Term] = []
    public private(set) var error: String?
    /// What the filter bar should say about a valid query: a term read differently from what
    /// it may have meant (`colour:red` is text, not a field).
    public private(set) var notices: [String] = []

    public var isEmpty: Bool { terms.isEmpty && error == nil }

    /// `now` and the UTC offset turn ages and local calendar dates into instants.
    public init(_ text: String = "", now: Double = 0, timeZone: LocalTimeZone = .utc, fuzzy: Bool = false) {
        self.text = text
        do {
            for token in try Self.tokenize(text) {
                terms.append(try Self.term(token, now: now, timeZone: timeZone, fuzzy: fuzzy, notices: &notices))
            }
        } catch {
            terms = []
            self.error = error.message
        }
    }

    struct ParseError: Error {
        var message: String
    }

    /// Splits at spaces outside quotes. Quotes are dropped; `quoted` says the term itself (after
    /// an optional `!`) was quoted, so it is plain text even if it holds a colon.
    static func tokenize(_ text: String) throws(ParseError) -> [(text: String, quoted: Bool)] {
        var tokens: [(String, Bool)] = []
        var current = ""
        var quoted = false
        var inQuotes = false
        for character in text {
            if character == "\"" {
                if !inQuotes, current.isEmpty || current == "!" { quoted = true }
                inQuotes.toggle()
            } else if character == " " && !inQuotes {
                if !current.isEmpty || quoted { tokens.append((current, quoted)) }
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        if inQuotes { throw ParseError(message: Message.queryUnclosedQuote.text()) }
        if !current.isEmpty || quoted { tokens.append((current, quoted)) }
        return tokens
    }

    static func term(
        _ token: (text: String, quoted: Bool), now: Double, timeZone: LocalTimeZone, fuzzy: Bool = false,
        notices: inout [String]
    ) throws(ParseError) -> Term {
        var body = Substring(token.text)
        var negated = false
        if body.hasPrefix("!") {
            negated = true
            body = body.dropFirst()
        }
        var isFuzzy = fuzzy && !token.quoted
        if body.hasPrefix("~"), !token.quoted {
            isFuzzy = true
            body = body.dropFirst()
        }
        var field: Field?
        // `name:` is a field only when the name is a known field: a URL (`https://push…`) or a
        // token fragment (`Ig:APA91b`) is plain text. A quoted term is always plain text.
        if !token.quoted, let colon = body.firstIndex(of: ":"), let known = Field(rawValue: body[..<colon].lowercased())
        {
            field = known
            body = body[body.index(after: colon)...]
        } else if !token.quoted, let colon = body.firstIndex(of: ":"), !body[..<colon].isEmpty,
            body[..<colon].allSatisfy(\.isLetter),
            !body[colon...].hasPrefix("://")
        {
            // Probably a misspelt field: searched as text, and said so.
            notices.append(Message.queryNotAField(word: String(body[..<colon]), term: String(body)).text())
        }
        if field == .created || field == .modified {
            return Term(
                field: field, negated: negated, pattern: try datePattern(String(body), now: now, timeZone: timeZone))
        }
        guard !body.isEmpty else { throw ParseError(message: Message.queryNeedsValue(term: token.text).text()) }
        let needle = String(body)
        // Smart case: a capital letter asks for an exact-case match.
        let caseSensitive = needle.contains(where: \.isUppercase)
        let folded = caseSensitive ? needle : needle.lowercased()
        return Term(
            field: field, negated: negated,
            pattern: isFuzzy
                ? .fuzzy(needle: folded, caseSensitive: caseSensitive)
                : .text(needle: folded, caseSensitive: caseSensitive))
    }

    static func datePattern(_ text: String, now: Double, timeZone: LocalTimeZone) throws(ParseError) -> Pattern {
        var body = Substring(text)
        if body.lowercased() == "never" { return .never }
        var comparison = ""
        for sign in [">=", "<=", ">", "<"] where body.hasPrefix(sign) {
            comparison = sign
            body = body.dropFirst(sign.count)
            break
        }
        if let age = relativeAge(body) {
            // An age: `<30d` is newer than 30 days, `>30d` older.
            let instant = now - age
            switch comparison {
            case "<", "<=": return .after(instant)
            case ">", ">=": return .before(instant)
            default: throw ParseError(message: Message.queryAgeNeedsSign(example: "modified:<30d").text())
            }
        }
        guard let period = calendarPeriod(body, timeZone: timeZone) else {
            throw ParseError(message: Message.queryMalformedDate(text: text).text())
        }
        switch comparison {
        case ">": return .after(period.to)
        case ">=": return .within(from: period.from, to: .infinity)
        case "<": return .before(period.from)
        case "<=": return .before(period.to)
        default: return .within(from: period.from, to: period.to)
        }
    }

    /// The instant `text` starts at, for `--since`: an age (`7d`: that long before `now`) or a
    /// local calendar period (`2024-01-15`, `2024-01`, `2024`: its first moment); nil if neither.
    public static func instant(since text: String, now: Double, timeZone: LocalTimeZone) -> Double? {
        let body = Substring(text)
        if let age = relativeAge(body) { return now - age }
        return calendarPeriod(body, timeZone: timeZone)?.from
    }

    /// `30d`, `12h`, `2w`, `6m` (30 days), `1y` (365 days), in seconds.
    static func relativeAge(_ text: Substring) -> Double? {
        guard let unit = text.last, let amount = Double(text.dropLast()), amount >= 0 else { return nil }
        switch unit {
        case "h": return amount * 3600
        case "d": return amount * 86_400
        case "w": return amount * 7 * 86_400
        case "m": return amount * 30 * 86_400
        case "y": return amount * 365 * 86_400
        default: return nil
        }
    }

    /// The local calendar year, month or day named by `2024`, `2024-01` or `2024-01-15`.
    static func calendarPeriod(_ text: Substring, timeZone: LocalTimeZone) -> (from: Double, to: Double)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month = 1
        var day = 1
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]), (1...31).contains(value) else { return nil }
            day = value
        }
        func instant(_ year: Int, _ month: Int, _ day: Int) -> Double {
            // Local midnight, by the zone's rules on that day.
            timeZone.instant(
                ofLocal: Double(ISO8601Timestamp.daysSince1970(year: year, month: month, day: day) * 86_400))
        }
        let from = instant(year, month, day)
        let to: Double
        switch parts.count {
        case 1: to = instant(year + 1, 1, 1)
        case 2: to = month == 12 ? instant(year + 1, 1, 1) : instant(year, month + 1, 1)
        default: to = instant(year, month, day + 1)
        }
        return (from, to)
    }

    /// The text the screen marks in rows that match: every positive text term.
    public var highlights: [(needle: String, caseSensitive: Bool)] {
        terms.compactMap { term in
            guard !term.negated, case .text(let needle, let caseSensitive) = term.pattern else { return nil }
            return (needle, caseSensitive)
        }
    }

    /// Whether any term is fuzzy: rows are then ordered by score.
    public var isFuzzy: Bool {
        terms.contains { if case .fuzzy = $0.pattern { return !$0.negated } else { return false } }
    }

    /// How many of this query's first terms are `previous`'s own, unchanged, when it narrows
    /// `previous`: every row `previous` matched already passes them, so a run from its rows
    /// tests only the rest (typing `user:agent 1` scanned a million rows for `user:agent` again).
    public func termsHeld(narrowing previous: SearchQuery) -> Int {
        guard narrows(previous) else { return 0 }
        return zip(terms, previous.terms).prefix { $0 == $1 }.count
    }

    /// Whether every row this query matches is also matched by `previous`, so filtering may
    /// start from `previous`'s result: its terms are `previous`'s, the last one's text may have
    /// grown, and more terms may follow. (`id` → `id:x` is not narrowing: the field changed.)
    public func narrows(_ previous: SearchQuery) -> Bool {
        guard error == nil, previous.error == nil, !isFuzzy, !previous.isFuzzy, terms.count >= previous.terms.count,
            text != previous.text
        else { return false }
        for (position, old) in previous.terms.enumerated() {
            let new = terms[position]
            if new == old { continue }
            guard position == previous.terms.count - 1, !old.negated, !new.negated, old.field == new.field,
                case .text(let oldNeedle, let oldSensitive) = old.pattern,
                case .text(let newNeedle, let newSensitive) = new.pattern
            else { return false }
            // A capital typed after lower-case letters makes the term case-sensitive: still narrower.
            let grown =
                oldSensitive
                ? newSensitive && newNeedle.hasPrefix(oldNeedle) : newNeedle.lowercased().hasPrefix(oldNeedle)
            if !grown { return false }
        }
        return true
    }
}
