extension Message {
    // The main screen: dates, the detail pane, the header and the list's columns.
    public static let ageFuture = Message(.ageFuture)
    public static let ageJustNow = Message(.ageJustNow)
    public static func ageSeconds(_ count: Int) -> Message {
        Message(.ageSeconds, ["count": .count(count)])
    }
    public static func ageMinutes(_ count: Int) -> Message {
        Message(.ageMinutes, ["count": .count(count)])
    }
    public static func ageHours(_ count: Int) -> Message {
        Message(.ageHours, ["count": .count(count)])
    }
    public static func ageDays(_ count: Int) -> Message {
        Message(.ageDays, ["count": .count(count)])
    }
    public static func ageMonths(_ count: Int) -> Message {
        Message(.ageMonths, ["count": .count(count)])
    }
    public static func ageYears(_ count: Int) -> Message {
        Message(.ageYears, ["count": .count(count)])
    }
    public static let untilNow = Message(.untilNow)
    public static func untilSeconds(_ count: Int) -> Message {
        Message(.untilSeconds, ["count": .count(count)])
    }
    public static func untilMinutes(_ count: Int) -> Message {
        Message(.untilMinutes, ["count": .count(count)])
    }
    public static func untilHours(_ count: Int) -> Message {
        Message(.untilHours, ["count": .count(count)])
    }
    public static func dateShort(year: String, month: String, day: String, hour: String, minute: String) -> Message {
        Message(
            .dateShort,
            [
                "year": .text(year), "month": .text(month), "day": .text(day), "hour": .text(hour),
                "minute": .text(minute),
            ])
    }
    public static func dateWithSeconds(
        year: String, month: String, day: String, hour: String, minute: String, second: String, offset: String
    ) -> Message {
        Message(
            .dateWithSeconds,
            [
                "year": .text(year), "month": .text(month), "day": .text(day), "hour": .text(hour),
                "minute": .text(minute), "second": .text(second), "offset": .text(offset),
            ])
    }
    public static let detailLifecycle = Message(.detailLifecycle)
    public static let detailCreated = Message(.detailCreated)
    public static let detailModified = Message(.detailModified)
    public static let detailNever = Message(.detailNever)
    public static let detailProvider = Message(.detailProvider)
    public static let detailType = Message(.detailType)
    public static let detailToken = Message(.detailToken)
    public static let detailLength = Message(.detailLength)
    public static let detailFields = Message(.detailFields)
    public static let detailNone = Message(.detailNone)
    public static let detailApplication = Message(.detailApplication)
    public static let detailName = Message(.detailName)
    public static let detailUnknown = Message(.detailUnknown)
    public static func detailNamesUnavailable(problem: String) -> Message {
        Message(.detailNamesUnavailable, ["problem": .text(problem)])
    }
    public static let detailContact = Message(.detailContact)
    public static let detailValue = Message(.detailValue)
    public static let detailQuota = Message(.detailQuota)
    public static let detailQuotaLeft = Message(.detailQuotaLeft)
    public static func detailQuotaLeftValue(remaining: Int, limit: Int) -> Message {
        Message(.detailQuotaLeftValue, ["remaining": .count(remaining), "limit": .count(limit)])
    }
    public static let detailQuotaResets = Message(.detailQuotaResets)
    public static func detailForeignOwner(kind: String, value: String) -> Message {
        Message(.detailForeignOwner, ["kind": .text(kind), "value": .text(value)])
    }
    public static func detailUnreadableDate(_ text: String) -> Message {
        Message(.detailUnreadableDate, ["text": .text(text)])
    }
    public static let detailUnnamedUser = Message(.detailUnnamedUser)
    public static let detailBy = Message(.detailBy)
    public static let detailSystem = Message(.detailSystem)
    public static func characterCount(_ count: Int) -> Message {
        Message(.characterCount, ["count": .count(count)])
    }
    public static let headerNoContact = Message(.headerNoContact)
    public static func headerFetched(age: String) -> Message {
        Message(.headerFetched, ["age": .text(age)])
    }
    public static func headerSubscriptionsShort(_ count: Int) -> Message {
        Message(.headerSubscriptionsShort, ["count": .count(count)])
    }
    public static func headerMarked(_ count: Int) -> Message {
        Message(.headerMarked, ["count": .count(count)])
    }
    public static func headerForeign(_ count: Int) -> Message {
        Message(.headerForeign, ["count": .count(count)])
    }
    public static let columnProvider = Message(.columnProvider)
    public static let columnApplication = Message(.columnApplication)
    public static let columnToken = Message(.columnToken)
    public static let columnCreated = Message(.columnCreated)
    public static let columnModified = Message(.columnModified)
    public static let columnID = Message(.columnID)
    public static let detailTitle = Message(.detailTitle)
    /// `key`: the key that focuses the list again, as the key map names it.
    public static func detailTitleFocused(key: String) -> Message { Message(.detailTitleFocused, ["key": .key(key)]) }
    public static let detailNothingSelected = Message(.detailNothingSelected)
    /// A scrolled pane's bottom border: more below, or the end.
    public static let scrollMore = Message(.scrollMore)
    public static let scrollEnd = Message(.scrollEnd)
}
