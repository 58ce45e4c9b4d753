extension Message {
    // Why a key does nothing now, and the status line's words that a state rewords.
    public static let whyRequestInFlight = Message(.whyRequestInFlight)
    public static let whyNoSubscriptionsToDelete = Message(.whyNoSubscriptionsToDelete)
    public static let whyNothingDeletedToUndo = Message(.whyNothingDeletedToUndo)
    public static let whyNoEntryFocused = Message(.whyNoEntryFocused)
    public static let whyNoRowSelected = Message(.whyNoRowSelected)
    public static let whyNoTokenToCopy = Message(.whyNoTokenToCopy)
    public static let whyWriteInFlight = Message(.whyWriteInFlight)
    public static let whyNoContactToRefresh = Message(.whyNoContactToRefresh)
    public static let whySwitchingProfile = Message(.whySwitchingProfile)
    public static let whyNoProfiles = Message(.whyNoProfiles)
    public static let whyNoEarlierContact = Message(.whyNoEarlierContact)
    public static let whyNoLaterContact = Message(.whyNoLaterContact)
    public static let whyFewerThanTwo = Message(.whyFewerThanTwo)
    public static let whyNoSubscriptionsToFilter = Message(.whyNoSubscriptionsToFilter)
    public static let whyNoSubscriptionSelected = Message(.whyNoSubscriptionSelected)
    public static let whyNothingToMoveTo = Message(.whyNothingToMoveTo)
    public static let whyNoPrompt = Message(.whyNoPrompt)
    public static let whyNothingTyped = Message(.whyNothingTyped)
    public static let whyNoRecentLookups = Message(.whyNoRecentLookups)
    public static let whyReasonNotFocused = Message(.whyReasonNotFocused)
    public static let whyNoRecentReasons = Message(.whyNoRecentReasons)
    public static let whyNoReasonHere = Message(.whyNoReasonHere)
    public static let whyWriteCannotBeCancelled = Message(.whyWriteCannotBeCancelled)
    public static let whyNothingToCancel = Message(.whyNothingToCancel)
    public static let hintDismiss = Message(.hintDismiss)
    public static let hintClearMarks = Message(.hintClearMarks)
    public static func hintDeleteMarked(_ count: Int) -> Message {
        Message(.hintDeleteMarked, ["count": .count(count)])
    }
    public static let whyReadOnly = Message(.whyReadOnly)
    public static let hintList = Message(.hintList)
    public static let hintLiteral = Message(.hintLiteral)

    public static let whyNothingToExport = Message(.whyNothingToExport)

    public static let whyNoMatches = Message(.whyNoMatches)
}
