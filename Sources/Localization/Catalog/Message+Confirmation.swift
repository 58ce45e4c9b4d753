extension Message {
    // The confirmation modals: titles, what a write touches, its request, the buttons and typed answers.
    public static let confirmTitleDeleteOne = Message(.confirmTitleDeleteOne)
    public static func confirmTitleDeleteMarked(_ count: Int) -> Message {
        Message(.confirmTitleDeleteMarked, ["count": .count(count)])
    }
    public static let confirmTitleDeleteAll = Message(.confirmTitleDeleteAll)
    public static let confirmTitleDeleteOwn = Message(.confirmTitleDeleteOwn)
    public static let confirmTitleUndo = Message(.confirmTitleUndo)
    public static func confirmTitleRestoreEntry(entry: String) -> Message {
        Message(.confirmTitleRestoreEntry, ["entry": .text(entry)])
    }
    public static let confirmTitleQuit = Message(.confirmTitleQuit)
    public static func confirmUndoWhat(_ count: Int, whose: String) -> Message {
        Message(.confirmUndoWhat, ["count": .count(count), "whose": .text(whose)])
    }
    public static func confirmWhoseOf(contact: String) -> Message {
        Message(.confirmWhoseOf, ["contact": .text(contact)])
    }
    public static let confirmWithSavedJSON = Message(.confirmWithSavedJSON)
    public static func confirmQuitActivity(activity: String) -> Message {
        Message(.confirmQuitActivity, ["activity": .text(activity)])
    }
    public static let confirmQuitJournal = Message(.confirmQuitJournal)
    public static let confirmTheOnly = Message(.confirmTheOnly)
    public static let confirmTheOnlyOwn = Message(.confirmTheOnlyOwn)
    public static func confirmAll(_ count: Int) -> Message {
        Message(.confirmAll, ["count": .count(count)])
    }
    public static func confirmAllOwn(_ count: Int) -> Message {
        Message(.confirmAllOwn, ["count": .count(count)])
    }
    public static func confirmAllOf(all: String, contact: String) -> Message {
        Message(.confirmAllOf, ["all": .text(all), "contact": .text(contact)])
    }
    public static func confirmIn(applications: String) -> Message {
        Message(.confirmIn, ["applications": .text(applications)])
    }
    public static func confirmWillBeDeleted(all: String, contact: String) -> Message {
        Message(.confirmWillBeDeleted, ["all": .text(all), "contact": .text(contact)])
    }
    public static func confirmMoreApplications(_ count: Int) -> Message {
        Message(.confirmMoreApplications, ["count": .count(count)])
    }
    public static func confirmEntryWhat(_ count: Int, contact: String, when: String) -> Message {
        Message(.confirmEntryWhat, ["count": .count(count), "contact": .text(contact), "when": .text(when)])
    }
    public static let confirmEntryNotOnScreen = Message(.confirmEntryNotOnScreen)
    public static func confirmBelongsTo(owner: String, notTo: String) -> Message {
        Message(.confirmBelongsTo, ["owner": .text(owner), "notTo": .text(notTo)])
    }
    public static func confirmNotTo(contact: String) -> Message {
        Message(.confirmNotTo, ["contact": .text(contact)])
    }
    public static func confirmOf(contact: String) -> Message {
        Message(.confirmOf, ["contact": .text(contact)])
    }
    public static func confirmHiddenByFilter(_ count: Int) -> Message {
        Message(.confirmHiddenByFilter, ["count": .count(count)])
    }
    public static func confirmEffectOne(key: String) -> Message {
        Message(.confirmEffectOne, ["key": .key(key)])
    }
    public static func confirmEffectMany(_ count: Int, key: String) -> Message {
        Message(.confirmEffectMany, ["count": .count(count), "key": .key(key)])
    }
    public static func confirmLeftOut(rows: Int, owners: String, key: String) -> Message {
        Message(.confirmLeftOut, ["rows": .count(rows), "owners": .text(owners), "key": .key(key)])
    }
    public static func confirmOtherContacts(_ count: Int) -> Message {
        Message(.confirmOtherContacts, ["count": .count(count)])
    }
    public static func confirmProduction(name: String, label: String, host: String) -> Message {
        Message(.confirmProduction, ["name": .text(name), "label": .text(label), "host": .text(host)])
    }
    public static func confirmProfile(name: String, label: String, host: String) -> Message {
        Message(.confirmProfile, ["name": .text(name), "label": .text(label), "host": .text(host)])
    }
    public static let confirmReasonLabel = Message(.confirmReasonLabel)
    public static func confirmReasonHint(label: String, key: String) -> Message {
        Message(.confirmReasonHint, ["label": .text(label), "key": .key(key)])
    }
    public static let confirmThisSends = Message(.confirmThisSends)
    public static let confirmMismatch = Message(.confirmMismatch)
    public static let buttonCancel = Message(.buttonCancel)
    public static let buttonDelete = Message(.buttonDelete)
    public static let buttonRecreate = Message(.buttonRecreate)
    public static let buttonQuit = Message(.buttonQuit)
    public static func typeOwner(kind: String) -> Message {
        Message(.typeOwner, ["kind": .text(kind)])
    }
    public static func typeOwnerProduction(kind: String, profile: String) -> Message {
        Message(.typeOwnerProduction, ["kind": .text(kind), "profile": .text(profile)])
    }
    public static let typeUnicity = Message(.typeUnicity)
    public static func typeUnicityProduction(profile: String) -> Message {
        Message(.typeUnicityProduction, ["profile": .text(profile)])
    }
    public static func typeCount(count: String) -> Message {
        Message(.typeCount, ["count": .text(count)])
    }
    public static func typeCountProduction(profile: String, count: String) -> Message {
        Message(.typeCountProduction, ["profile": .text(profile), "count": .text(count)])
    }
}
