extension Message {
    // The subcommands: confirmations on the terminal, exit codes, delete, restore, journal, profiles.
    public static func placeWithProfile(host: String, profile: String) -> Message {
        Message(.placeWithProfile, ["host": .text(host), "profile": .text(profile)])
    }
    public static func placeWithoutProfile(host: String) -> Message {
        Message(.placeWithoutProfile, ["host": .text(host)])
    }
    public static let actionDelete = Message(.actionDelete)
    public static let actionRestore = Message(.actionRestore)
    public static func refusingWithoutTerminal(action: String) -> Message {
        Message(.refusingWithoutTerminal, ["action": .text(action)])
    }
    public static let notConfirmed = Message(.notConfirmed)
    public static let askReason = Message(.askReason)
    public static let typeYes = Message(.typeYes)
    public static func typeProfileName(name: String) -> Message { Message(.typeProfileName, ["name": .text(name)]) }
    public static let exitOK = Message(.exitOK)
    public static let exitAPIError = Message(.exitAPIError)
    public static let exitUsage = Message(.exitUsage)
    public static let exitNotFound = Message(.exitNotFound)
    public static let exitClosedPipe = Message(.exitClosedPipe)
    public static func exitSummary(codes: String) -> Message { Message(.exitSummary, ["codes": .text(codes)]) }
    public static let dryRunWouldSend = Message(.dryRunWouldSend)
    public static let nothingToDelete = Message(.nothingToDelete)
    public static func deleteOneQuestion(place: String, request: String) -> Message {
        Message(.deleteOneQuestion, ["place": .text(place), "request": .text(request)])
    }
    public static func deleteManyQuestion(count: Int, place: String, requests: Int) -> Message {
        Message(.deleteManyQuestion, ["count": .count(count), "place": .text(place), "requests": .count(requests)])
    }
    public static func refusingDeleteJournal(error: String) -> Message {
        Message(.refusingDeleteJournal, ["error": .text(error)])
    }
    public static func refusingRestoreJournal(error: String) -> Message {
        Message(.refusingRestoreJournal, ["error": .text(error)])
    }
    public static func deletedID(id: String) -> Message { Message(.deletedID, ["id": .text(id)]) }
    public static func recreatedID(id: String) -> Message { Message(.recreatedID, ["id": .text(id)]) }
    public static func deletedOfContact(count: Int, kind: String, value: String) -> Message {
        Message(.deletedOfContact, ["count": .count(count), "kind": .text(kind), "value": .text(value)])
    }
    public static func journalEntryLine(entry: String) -> Message {
        Message(.journalEntryLine, ["entry": .text(entry)])
    }
    public static func journalEntryUndoable(entry: String, command: String) -> Message {
        Message(.journalEntryUndoable, ["entry": .text(entry), "command": .text(command)])
    }
    public static func recheckGone(id: String, cause: String) -> Message {
        Message(.recheckGone, ["id": .text(id), "cause": .text(cause)])
    }
    public static func recheckStillThere(id: String, cause: String) -> Message {
        Message(.recheckStillThere, ["id": .text(id), "cause": .text(cause)])
    }
    public static func recheckFailedID(id: String, cause: String, error: String, command: String) -> Message {
        Message(
            .recheckFailedID,
            ["id": .text(id), "cause": .text(cause), "error": .text(error), "command": .text(command)])
    }
    public static func recheckFailed(cause: String, error: String, command: String) -> Message {
        Message(.recheckFailed, ["cause": .text(cause), "error": .text(error), "command": .text(command)])
    }
    public static func recheckAllGone(count: Int, kind: String, value: String, cause: String) -> Message {
        Message(
            .recheckAllGone,
            ["count": .count(count), "kind": .text(kind), "value": .text(value), "cause": .text(cause)])
    }
    public static func recheckSomeLeft(cause: String, remaining: Int, count: Int) -> Message {
        Message(.recheckSomeLeft, ["cause": .text(cause), "remaining": .count(remaining), "count": .count(count)])
    }
    public static func cannotRecordRecheck(error: String) -> Message {
        Message(.cannotRecordRecheck, ["error": .text(error)])
    }
    public static func cannotRecordRestore(error: String) -> Message {
        Message(.cannotRecordRestore, ["error": .text(error)])
    }
    public static let journalIsEmpty = Message(.journalIsEmpty)
    public static let journalNoEntryMatches = Message(.journalNoEntryMatches)
    public static func noJournalEntry(entry: String) -> Message { Message(.noJournalEntry, ["entry": .text(entry)]) }
    public static func entryAmbiguous(entry: String, count: Int) -> Message {
        Message(.entryAmbiguous, ["entry": .text(entry), "count": .count(count)])
    }
    public static func entryHoldsNothing(entry: String) -> Message {
        Message(.entryHoldsNothing, ["entry": .text(entry)])
    }
    public static func restoreDryRun(count: Int, place: String) -> Message {
        Message(.restoreDryRun, ["count": .count(count), "place": .text(place)])
    }
    public static func restoreOneQuestion(place: String) -> Message {
        Message(.restoreOneQuestion, ["place": .text(place)])
    }
    public static func restoreManyQuestion(count: Int, place: String) -> Message {
        Message(.restoreManyQuestion, ["count": .count(count), "place": .text(place)])
    }
    public static func entryOtherHost(entry: String, recorded: String, host: String) -> Message {
        Message(.entryOtherHost, ["entry": .text(entry), "recorded": .text(recorded), "host": .text(host)])
    }
    public static func underProfile(profile: String) -> Message { Message(.underProfile, ["profile": .text(profile)]) }
    public static let withoutProfile = Message(.withoutProfile)
    public static func entryOtherProfile(entry: String, recorded: String, now: String, option: String) -> Message {
        Message(
            .entryOtherProfile,
            ["entry": .text(entry), "recorded": .text(recorded), "now": .text(now), "option": .text(option)])
    }
    public static func noDeletesOfRun(run: String) -> Message { Message(.noDeletesOfRun, ["run": .text(run)]) }
    public static func restoreRunQuestion(count: Int, run: String, contacts: Int, place: String) -> Message {
        Message(
            .restoreRunQuestion,
            ["count": .count(count), "run": .text(run), "contacts": .count(contacts), "place": .text(place)])
    }
    public static let progressRestoring = Message(.progressRestoring)
    public static func recreatedOfContact(count: Int, contact: String) -> Message {
        Message(.recreatedOfContact, ["count": .count(count), "contact": .text(contact)])
    }
    public static func restoreRunSummary(run: String, count: Int, failed: Int) -> Message {
        Message(.restoreRunSummary, ["run": .text(run), "count": .count(count), "failed": .count(failed)])
    }
    public static func runPlanEntry(contact: String, entry: String, outcome: String, count: Int) -> Message {
        Message(
            .runPlanEntry,
            ["contact": .text(contact), "entry": .text(entry), "outcome": .text(outcome), "count": .count(count)])
    }
    public static func restoreRunDryRun(run: String, count: Int, contacts: Int, place: String) -> Message {
        Message(
            .restoreRunDryRun,
            ["run": .text(run), "count": .count(count), "contacts": .count(contacts), "place": .text(place)])
    }
    public static func noConfigAt(path: String, command: String) -> Message {
        Message(.noConfigAt, ["path": .text(path), "command": .text(command)])
    }
    public static func configNoProfile(path: String) -> Message { Message(.configNoProfile, ["path": .text(path)]) }
    public static func profileInUse(name: String) -> Message { Message(.profileInUse, ["name": .text(name)]) }
    public static func configWritten(path: String, next: String) -> Message {
        Message(.configWritten, ["path": .text(path), "next": .text(next)])
    }
    public static let yesWord = Message(.yesWord)
    public static let noWord = Message(.noWord)
    public static let columnName = Message(.columnName)
    public static let columnHost = Message(.columnHost)
    public static let columnKey = Message(.columnKey)
    public static let columnReadOnly = Message(.columnReadOnly)
    public static let columnProduction = Message(.columnProduction)
    public static let columnLabel = Message(.columnLabel)
    public static let columnBelongsTo = Message(.columnBelongsTo)
    public static func refusingWithoutTerminalBatch(action: String) -> Message {
        Message(.refusingWithoutTerminalBatch, ["action": .text(action)])
    }
}
