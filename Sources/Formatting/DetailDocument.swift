import Essentials
import Localization
import NP6

/// The detail of one subscription as lines of text, wrapped to a width: the Provider,
/// Application, Contact and Lifecycle panes. Built here (not in Views) because the reducer needs
/// its length to bound scrolling. Every value from the server is sanitised.
public struct DetailDocument: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        /// A pane title.
        case heading
        /// `label` and the first line of its value.
        case field
        /// Further lines of a wrapped value.
        case continuation
        case blank
        /// An explanatory note, e.g. why application names are missing.
        case note
        /// What must be read before acting, e.g. that the row is another contact's.
        case warning
    }

    public struct Line: Sendable, Equatable {
        public var role: Role
        public var label: String
        public var value: String
    }

    /// What the document needs beyond the subscription: application names, why they may be
    /// missing, and the clock and time zone for dates. The browser and `show` both fill it.
    public struct Context: Sendable, Equatable {
        public var applicationNames: [String: String]
        /// Why application names are missing, if they are (shown as a note).
        public var applicationsProblem: String?
        public var now: Double
        public var timeZone: LocalTimeZone
        /// The API's rate limit as the latest answer said it: shown (with its reset) once low.
        public var rateLimit: RateLimit?

        public init(
            applicationNames: [String: String], applicationsProblem: String? = nil, now: Double,
            timeZone: LocalTimeZone, rateLimit: RateLimit? = nil
        ) {
            self.applicationNames = applicationNames
            self.applicationsProblem = applicationsProblem
            self.now = now
            self.timeZone = timeZone
            self.rateLimit = rateLimit
        }
    }

    public static let labelWidth = 10

    public private(set) var lines: [Line] = []

    /// `owner`: whose the row is, when it is not the looked-up contact's (it is said first).
    public init(subscription: Subscription, context: Context, width: Int, owner: ContactKey? = nil) {
        let timeZone = context.timeZone
        let valueWidth = max(8, width - Self.labelWidth - 1)
        let fields = SubscriptionFields(subscription)
        let applicationName = fields.application.flatMap { context.applicationNames[$0] }

        if let owner { ownerWarning(owner, width: width) }

        // Support staff read the lifecycle first (is this the stale device?), the contact last.
        heading(Message.detailLifecycle.text())
        event(Message.detailCreated.text(), fields.lifecycle.creation, now: context.now, timeZone: timeZone, valueWidth)
        if let modification = fields.lifecycle.modification {
            event(Message.detailModified.text(), modification, now: context.now, timeZone: timeZone, valueWidth)
        } else {
            field(Message.detailModified.text(), Message.detailNever.text(), valueWidth)
        }
        field("ID", subscription.id, valueWidth)

        blank()
        heading(Message.detailProvider.text())
        let provider = fields.provider
        field(Message.detailType.text(), provider.type, valueWidth)
        switch provider {
        case .token(_, let token):
            field(Message.detailToken.text(), token, valueWidth)
            field(Message.detailLength.text(), Message.characterCount(token.count).text(), valueWidth)
        case .http(let url):
            field("URL", url, valueWidth)
        case .other(_, let fields):
            if fields.isEmpty { field(Message.detailFields.text(), Message.detailNone.text(), valueWidth) }
            for member in fields {
                field(member.key, member.value.displayText, valueWidth)
                if member.key == "token", let token = member.value.stringValue {
                    field(Message.detailLength.text(), Message.characterCount(token.count).text(), valueWidth)
                }
            }
        }

        blank()
        heading(Message.detailApplication.text())
        field(Message.detailName.text(), applicationName ?? Message.detailUnknown.text(), valueWidth)
        field("UUID", fields.application ?? Message.detailNone.text(), valueWidth)
        if applicationName == nil, let problem = context.applicationsProblem {
            note(Message.detailNamesUnavailable(problem: problem).text(), valueWidth)
        }

        blank()
        heading(Message.detailContact.text())
        let contact = fields.contact
        field(Message.detailType.text(), contact.type, valueWidth)
        switch contact {
        case .footprint(let id, let unicity, let hash):
            field("ID", id ?? "—", valueWidth)
            field("Unicity", unicity ?? "—", valueWidth)
            field("Hash", hash ?? "—", valueWidth)
        case .value(_, let value):
            field(Message.detailValue.text(), value, valueWidth)
        case .other(_, let fields):
            for member in fields { field(member.key, member.value.displayText, valueWidth) }
        }

        if let rateLimit = context.rateLimit, rateLimit.isLow {
            blank()
            heading(Message.detailQuota.text())
            if let remaining = rateLimit.remaining, let limit = rateLimit.limit {
                field(
                    Message.detailQuotaLeft.text(),
                    Message.detailQuotaLeftValue(remaining: remaining, limit: limit).text(),
                    valueWidth)
            }
            if let resetAt = rateLimit.resetAt {
                field(
                    Message.detailQuotaResets.text(),
                    DateText.localWithSeconds(ISO8601Timestamp(secondsSince1970: resetAt), timeZone: timeZone),
                    valueWidth)
                field("", DateText.until(seconds: resetAt - context.now), valueWidth)
            }
        }
    }

    private mutating func heading(_ title: String) {
        lines.append(Line(role: .heading, label: title, value: ""))
    }

    /// First of all: the row is another contact's.
    private mutating func ownerWarning(_ owner: ContactKey, width: Int) {
        let text = Message.detailForeignOwner(kind: owner.kind.rawValue, value: owner.value).text()
        for part in DisplayWidth.wrap(UntrustedText.sanitized(text), width: max(8, width)) {
            lines.append(Line(role: .warning, label: "", value: part))
        }
        blank()
    }

    private mutating func blank() {
        lines.append(Line(role: .blank, label: "", value: ""))
    }

    private mutating func note(_ text: String, _ width: Int) {
        for part in DisplayWidth.wrap(UntrustedText.sanitized(text), width: width) {
            lines.append(Line(role: .note, label: "", value: part))
        }
    }

    private mutating func field(_ label: String, _ value: String, _ width: Int) {
        let wrapped = DisplayWidth.wrap(UntrustedText.sanitized(value), width: width)
        let safeLabel = DisplayWidth.truncate(UntrustedText.sanitized(label), width: Self.labelWidth)
        for (index, part) in wrapped.enumerated() {
            lines.append(
                Line(role: index == 0 ? .field : .continuation, label: index == 0 ? safeLabel : "", value: part))
        }
    }

    private mutating func event(
        _ label: String, _ event: LifecycleEvent?, now: Double, timeZone: LocalTimeZone, _ width: Int
    ) {
        guard let event else {
            field(label, Message.detailUnknown.text(), width)
            return
        }
        if let date = event.date {
            field(label, DateText.localWithSeconds(date, timeZone: timeZone), width)
            field("", DateText.age(seconds: now - date.secondsSince1970), width)
        } else {
            field(label, Message.detailUnreadableDate(event.dateText ?? Message.detailNone.text()).text(), width)
        }
        if let user = event.user {
            let name = user.name ?? Message.detailUnnamedUser.text()
            field(Message.detailBy.text(), user.id.map { "\(name) (\($0))" } ?? name, width)
        } else {
            field(Message.detailBy.text(), Message.detailSystem.text(), width)
        }
    }
}
