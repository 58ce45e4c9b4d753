extension Message {
    // The browser's flashes and banners, the undo notes, the copy menu's lines.
    public static let flashNoSubscriptionSelected = Message(.flashNoSubscriptionSelected)
    public static let flashNothingToCopy = Message(.flashNothingToCopy)
    public static func flashNamesUnavailable(error: String) -> Message {
        Message(.flashNamesUnavailable, ["error": .text(error)])
    }
    public static let bannerUndoRefused = Message(.bannerUndoRefused)
    public static let bannerDeleteRefused = Message(.bannerDeleteRefused)
    public static func bannerNothingSent(reason: String) -> Message {
        Message(.bannerNothingSent, ["reason": .text(reason)])
    }
    public static func flashCopyFailed(error: String) -> Message {
        Message(.flashCopyFailed, ["error": .text(error)])
    }
    public static func flashCopied(what: String) -> Message {
        Message(.flashCopied, ["what": .text(what)])
    }
    public static func flashSwitchingWait(name: String) -> Message {
        Message(.flashSwitchingWait, ["name": .text(name)])
    }
    public static let flashDeleteInProgress = Message(.flashDeleteInProgress)
    public static func flashNothingToRefresh(key: String) -> Message {
        Message(.flashNothingToRefresh, ["key": .key(key)])
    }
    public static let flashCancelled = Message(.flashCancelled)
    public static let flashMarksCleared = Message(.flashMarksCleared)
    public static func flashSorted(key: String, arrow: String, direction: String) -> Message {
        Message(.flashSorted, ["key": .text(key), "arrow": .text(arrow), "direction": .text(direction)])
    }
    public static let flashServerOrder = Message(.flashServerOrder)
    public static let sortNewestFirst = Message(.sortNewestFirst)
    public static let sortOldestFirst = Message(.sortOldestFirst)
    public static let sortZToA = Message(.sortZToA)
    public static let sortAToZ = Message(.sortAToZ)
    public static let flashNoEarlierContact = Message(.flashNoEarlierContact)
    public static func flashNoLaterContact(back: String, forward: String) -> Message {
        Message(.flashNoLaterContact, ["back": .key(back), "forward": .key(forward)])
    }
    public static let bannerOutcomeUnknown = Message(.bannerOutcomeUnknown)
    public static func bannerRefreshFailedToo(cause: String, error: String, key: String, what: String) -> Message {
        Message(
            .bannerRefreshFailedToo,
            ["cause": .text(cause), "error": .text(error), "key": .key(key), "what": .text(what)])
    }
    public static func bannerLookupFailed(kind: String, value: String) -> Message {
        Message(.bannerLookupFailed, ["kind": .text(kind), "value": .text(value)])
    }
    public static func bannerRetryHint(key: String) -> Message {
        Message(.bannerRetryHint, ["key": .key(key)])
    }
    public static let undoNoneYet = Message(.undoNoneYet)
    public static let undoOtherProfile = Message(.undoOtherProfile)
    public static let undoDidNotHappen = Message(.undoDidNotHappen)
    public static let undoAlreadyDone = Message(.undoAlreadyDone)
    public static let copyToken = Message(.copyToken)
    public static let copyURL = Message(.copyURL)
    public static let copyNone = Message(.copyNone)
    public static let copySubscriptionID = Message(.copySubscriptionID)
    public static let copyContactUnicity = Message(.copyContactUnicity)
    public static let copyContactHash = Message(.copyContactHash)
    public static func copyContactKind(kind: String) -> Message {
        Message(.copyContactKind, ["kind": .text(kind)])
    }
    public static let copyContactID = Message(.copyContactID)
    public static let copyJSON = Message(.copyJSON)
    public static let copyCurl = Message(.copyCurl)

    public static func flashUnknownKey(key: String, palette: String, help: String) -> Message {
        Message(.flashUnknownKey, ["key": .key(key), "palette": .key(palette), "help": .key(help)])
    }
}
