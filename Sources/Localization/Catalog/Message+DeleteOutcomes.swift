extension Message {
    // What a delete or an undo answered: flashes, banners, and the verdict of a re-check.
    public static let writeWhatDeleting = Message(.writeWhatDeleting)
    public static let writeWhatUndo = Message(.writeWhatUndo)
    public static let writeWhatDeletingAll = Message(.writeWhatDeletingAll)
    public static func flashReadOnly(what: String) -> Message {
        Message(.flashReadOnly, ["what": .text(what)])
    }
    public static let flashWaitForRequest = Message(.flashWaitForRequest)
    public static func flashMarkedForeign(count: Int, key: String) -> Message {
        Message(.flashMarkedForeign, ["count": .count(count), "key": .key(key)])
    }
    public static func flashNothingToUndo(why: String) -> Message {
        Message(.flashNothingToUndo, ["why": .text(why)])
    }
    public static let flashNoSubscriptionsToDelete = Message(.flashNoSubscriptionsToDelete)
    public static func flashEveryRowForeign(key: String) -> Message {
        Message(.flashEveryRowForeign, ["key": .key(key)])
    }
    public static func flashDeleted(what: String, key: String) -> Message {
        Message(.flashDeleted, ["what": .text(what), "key": .key(key)])
    }
    public static func flashAlreadyGone(what: String) -> Message {
        Message(.flashAlreadyGone, ["what": .text(what)])
    }
    public static let bannerDeleteFailed = Message(.bannerDeleteFailed)
    public static func bannerNotDeleted(error: String, what: String) -> Message {
        Message(.bannerNotDeleted, ["error": .text(error), "what": .text(what)])
    }
    public static func partDeleted(deleted: Int, total: Int) -> Message {
        Message(.partDeleted, ["deleted": .count(deleted), "total": .count(total)])
    }
    public static func partAlreadyGone(count: Int) -> Message {
        Message(.partAlreadyGone, ["count": .count(count)])
    }
    public static func partUnknown(count: Int) -> Message {
        Message(.partUnknown, ["count": .count(count)])
    }
    public static func partFailed(count: Int, error: String) -> Message {
        Message(.partFailed, ["count": .count(count), "error": .text(error)])
    }
    public static func theSubscriptions(count: Int) -> Message {
        Message(.theSubscriptions, ["count": .count(count)])
    }
    public static func undoesSuffix(key: String) -> Message {
        Message(.undoesSuffix, ["key": .key(key)])
    }
    public static let bannerSomeDeletesFailed = Message(.bannerSomeDeletesFailed)
    public static func bannerFailedRowsStay(text: String) -> Message {
        Message(.bannerFailedRowsStay, ["text": .text(text)])
    }
    public static func bannerRefreshingToSee(cause: String, what: String) -> Message {
        Message(.bannerRefreshingToSee, ["cause": .text(cause), "what": .text(what)])
    }
    public static func flashRecreated(count: Int) -> Message {
        Message(.flashRecreated, ["count": .count(count)])
    }
    public static let bannerUndoIncomplete = Message(.bannerUndoIncomplete)
    public static func bannerUndoIncompleteMessage(restored: Int, total: Int, failed: Int, error: String, key: String)
        -> Message
    {
        Message(
            .bannerUndoIncompleteMessage,
            [
                "restored": .count(restored), "total": .count(total), "failed": .count(failed), "error": .text(error),
                "key": .key(key),
            ])
    }
    public static func theOnlySubscriptionOf(who: String) -> Message {
        Message(.theOnlySubscriptionOf, ["who": .text(who)])
    }
    public static func allSubscriptionsOf(count: Int, who: String) -> Message {
        Message(.allSubscriptionsOf, ["count": .count(count), "who": .text(who)])
    }
    public static func flashAlreadyGoneAll(who: String) -> Message {
        Message(.flashAlreadyGoneAll, ["who": .text(who)])
    }
    public static func bannerRefreshingLeft(error: String) -> Message {
        Message(.bannerRefreshingLeft, ["error": .text(error)])
    }
    public static let bannerBulkFailed = Message(.bannerBulkFailed)
    public static func bannerNothingDeleted(error: String) -> Message {
        Message(.bannerNothingDeleted, ["error": .text(error)])
    }
    public static let verdictResolved = Message(.verdictResolved)
    public static func verdictGone(cause: String, what: String, count: Int) -> Message {
        Message(.verdictGone, ["cause": .text(cause), "what": .text(what), "count": .count(count)])
    }
    public static func verdictStillThere(cause: String, what: String, count: Int) -> Message {
        Message(.verdictStillThere, ["cause": .text(cause), "what": .text(what), "count": .count(count)])
    }
    public static let verdictPartlyTitle = Message(.verdictPartlyTitle)
    public static func verdictPartly(cause: String, remaining: Int, total: Int) -> Message {
        Message(.verdictPartly, ["cause": .text(cause), "remaining": .count(remaining), "total": .count(total)])
    }
    public static let writeWhatMarking = Message(.writeWhatMarking)
}
