extension Message {
    // The browser beyond its main screen: the lookup prompt, the profile picker, the journal (J), start-up.
    public static let promptTitle = Message(.promptTitle)
    public static func promptKind(kind: String, reason: String) -> Message {
        Message(.promptKind, ["kind": .text(kind), "reason": .text(reason)])
    }
    public static func promptKindChangeable(reason: String, key: String) -> Message {
        Message(.promptKindChangeable, ["reason": .text(reason), "key": .key(key)])
    }
    public static let promptRecent = Message(.promptRecent)
    public static func kindChosen(key: String) -> Message { Message(.kindChosen, ["key": .key(key)]) }
    public static let kindRecalled = Message(.kindRecalled)
    public static let kindGuessedTyping = Message(.kindGuessedTyping)
    public static let kindGuessedAt = Message(.kindGuessedAt)
    public static let kindGuessedHash = Message(.kindGuessedHash)
    public static let kindGuessedUUID = Message(.kindGuessedUUID)
    public static let kindGuessed = Message(.kindGuessed)
    public static let lookupKindContactID = Message(.lookupKindContactID)
    public static let lookupKindSubscriptionID = Message(.lookupKindSubscriptionID)
    public static let pickerTitle = Message(.pickerTitle)
    public static func pickerKey(source: String) -> Message { Message(.pickerKey, ["source": .text(source)]) }
    public static let pickerExplanation = Message(.pickerExplanation)
    public static let journalReading = Message(.journalReading)
    public static func journalUnreadable(problem: String) -> Message {
        Message(.journalUnreadable, ["problem": .text(problem)])
    }
    public static let journalEmpty = Message(.journalEmpty)
    public static let journalNoMatch = Message(.journalNoMatch)
    public static func journalFilterHint(key: String) -> Message { Message(.journalFilterHint, ["key": .key(key)]) }
    public static func journalTitle(profile: String) -> Message { Message(.journalTitle, ["profile": .text(profile)]) }
    public static func journalTitleProfile(name: String) -> Message {
        Message(.journalTitleProfile, ["name": .text(name)])
    }
    public static let journalTitleNoProfile = Message(.journalTitleNoProfile)
    public static func journalEntryCount(count: Int) -> Message {
        Message(.journalEntryCount, ["count": .count(count)])
    }
    public static func journalShown(count: Int) -> Message { Message(.journalShown, ["count": .count(count)]) }
    public static let journalDetailEntry = Message(.journalDetailEntry)
    public static func journalDetailRun(run: String) -> Message { Message(.journalDetailRun, ["run": .text(run)]) }
    public static let journalDetailWhen = Message(.journalDetailWhen)
    public static func journalDetailWhenBy(time: String, user: String) -> Message {
        Message(.journalDetailWhenBy, ["time": .text(time), "user": .text(user)])
    }
    public static let journalDetailContact = Message(.journalDetailContact)
    public static let journalDetailOutcome = Message(.journalDetailOutcome)
    public static let journalDetailRequests = Message(.journalDetailRequests)
    public static let journalDetailReason = Message(.journalDetailReason)
    public static let journalSavedUnreadable = Message(.journalSavedUnreadable)
    public static let tooSmallTitle = Message(.tooSmallTitle)
    public static func tooSmallNeed(columns: String, rows: String) -> Message {
        Message(.tooSmallNeed, ["columns": .text(columns), "rows": .text(rows)])
    }
    public static func tooSmallHave(columns: String, rows: String) -> Message {
        Message(.tooSmallHave, ["columns": .text(columns), "rows": .text(rows)])
    }
    public static let listLoading = Message(.listLoading)
    public static func listNoContact(key: String) -> Message { Message(.listNoContact, ["key": .key(key)]) }
    public static let listNoSubscriptions = Message(.listNoSubscriptions)
    public static func listFilterInvalid(error: String, key: String) -> Message {
        Message(.listFilterInvalid, ["error": .text(error), "key": .key(key)])
    }
    public static func listNoMatch(query: String, key: String) -> Message {
        Message(.listNoMatch, ["query": .text(query), "key": .key(key)])
    }
    public static let readOnlySession = Message(.readOnlySession)
    public static let bannerLogFile = Message(.bannerLogFile)
    public static let bannerSettings = Message(.bannerSettings)
    public static func bannerSettingsDismiss(key: String) -> Message {
        Message(.bannerSettingsDismiss, ["key": .key(key)])
    }
    public static func bannerUnknownAtStart(count: Int, request: String, time: String, journal: String, restore: String)
        -> Message
    {
        Message(
            .bannerUnknownAtStart,
            [
                "count": .count(count), "request": .text(request), "time": .text(time), "journal": .text(journal),
                "restore": .text(restore),
            ])
    }
    public static func cannotWriteJournal(error: String) -> Message {
        Message(.cannotWriteJournal, ["error": .text(error)])
    }
    public static let noConfigFile = Message(.noConfigFile)
    public static func noSuchProfile(name: String) -> Message { Message(.noSuchProfile, ["name": .text(name)]) }
    public static func needsTerminal(help: String) -> Message { Message(.needsTerminal, ["help": .text(help)]) }
    public static let noAPIKey = Message(.noAPIKey)
    public static func cannotStart(error: String) -> Message { Message(.cannotStart, ["error": .text(error)]) }
    public static func cannotWriteLogFile(path: String, error: String) -> Message {
        Message(.cannotWriteLogFile, ["path": .text(path), "error": .text(error)])
    }
    public static let terminalWriteFailed = Message(.terminalWriteFailed)
    public static func tmuxExited(code: String) -> Message { Message(.tmuxExited, ["code": .text(code)]) }
    public static let tmuxKilled = Message(.tmuxKilled)
    public static func tmuxTimedOut(seconds: String) -> Message { Message(.tmuxTimedOut, ["seconds": .text(seconds)]) }
    public static func tmuxFailed(error: String) -> Message { Message(.tmuxFailed, ["error": .text(error)]) }
    public static func bannerLine(title: String, message: String) -> Message {
        Message(.bannerLine, ["title": .text(title), "message": .text(message)])
    }
    public static let badgeReadOnly = Message(.badgeReadOnly)
    public static let badgeReadWrite = Message(.badgeReadWrite)
    public static let badgeDemo = Message(.badgeDemo)
    public static let filterFuzzy = Message(.filterFuzzy)
    public static let filterError = Message(.filterError)
    public static let filterFiltering = Message(.filterFiltering)
    public static let filterIndexing = Message(.filterIndexing)
    public static let listSorting = Message(.listSorting)
    public static let copyMenuTitle = Message(.copyMenuTitle)
    public static let queryUnclosedQuote = Message(.queryUnclosedQuote)
    public static func queryNeedsValue(term: String) -> Message { Message(.queryNeedsValue, ["term": .text(term)]) }
    public static func queryAgeNeedsSign(example: String) -> Message {
        Message(.queryAgeNeedsSign, ["example": .text(example)])
    }
    public static func queryNotAField(word: String, term: String) -> Message {
        Message(.queryNotAField, ["word": .text(word), "term": .text(term)])
    }
}
