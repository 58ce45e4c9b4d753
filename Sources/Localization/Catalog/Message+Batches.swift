extension Message {
    // Batches (--from-file, --resume): the plan, its totals and question, progress, waits, the summary.
    public static func batchContactAtLine(contact: String, line: Int) -> Message {
        Message(.batchContactAtLine, ["contact": .text(contact), "line": .count(line)])
    }
    public static func batchCannotFetch(title: String, error: String) -> Message {
        Message(.batchCannotFetch, ["title": .text(title), "error": .text(error)])
    }
    public static func batchBulkRefused(title: String, foreign: String) -> Message {
        Message(.batchBulkRefused, ["title": .text(title), "foreign": .text(foreign)])
    }
    public static func batchSameAs(title: String, line: Int) -> Message {
        Message(.batchSameAs, ["title": .text(title), "line": .count(line)])
    }
    public static func batchNothing(title: String) -> Message { Message(.batchNothing, ["title": .text(title)]) }
    public static func batchSubscriptions(title: String, count: Int) -> Message {
        Message(.batchSubscriptions, ["title": .text(title), "count": .count(count)])
    }
    public static func batchLeftOutForeign(foreign: String) -> Message {
        Message(.batchLeftOutForeign, ["foreign": .text(foreign)])
    }
    public static func batchSubscriptionsOf(count: Int, whose: String) -> Message {
        Message(.batchSubscriptionsOf, ["count": .count(count), "whose": .text(whose)])
    }
    public static func batchRunName(run: String) -> Message { Message(.batchRunName, ["run": .text(run)]) }
    public static func batchTotalNothing(count: Int) -> Message {
        Message(.batchTotalNothing, ["count": .count(count)])
    }
    public static func batchTotalSame(count: Int) -> Message { Message(.batchTotalSame, ["count": .count(count)]) }
    public static func batchTotalRefused(count: Int) -> Message {
        Message(.batchTotalRefused, ["count": .count(count)])
    }
    public static func batchTotalForeign(count: Int) -> Message {
        Message(.batchTotalForeign, ["count": .count(count)])
    }
    public static func batchTotalUnfetched(count: Int) -> Message {
        Message(.batchTotalUnfetched, ["count": .count(count)])
    }
    public static func batchPlanTotals(
        run: String, place: String, contacts: Int, count: Int, requests: Int, rest: String
    ) -> Message {
        Message(
            .batchPlanTotals,
            [
                "run": .text(run), "place": .text(place), "contacts": .count(contacts), "count": .count(count),
                "requests": .count(requests), "rest": .text(rest),
            ])
    }
    public static func batchDeletedOf(count: Int, what: String) -> Message {
        Message(.batchDeletedOf, ["count": .count(count), "what": .text(what)])
    }
    public static func batchSeconds(seconds: String) -> Message { Message(.batchSeconds, ["seconds": .text(seconds)]) }
    public static func batchSecondsRate(seconds: String, rate: Int) -> Message {
        Message(.batchSecondsRate, ["seconds": .text(seconds), "rate": .count(rate)])
    }
    public static func batchRunSummary(run: String, interrupted: String, contacts: Int, count: Int, took: String)
        -> Message
    {
        Message(
            .batchRunSummary,
            [
                "run": .text(run), "interrupted": .text(interrupted), "contacts": .count(contacts),
                "count": .count(count), "took": .text(took),
            ])
    }
    public static let batchInterrupted = Message(.batchInterrupted)
    public static let batchColumnResult = Message(.batchColumnResult)
    public static let batchColumnContacts = Message(.batchColumnContacts)
    public static func batchResumeHint(command: String) -> Message {
        Message(.batchResumeHint, ["command": .text(command)])
    }
    public static func batchRestoreHint(command: String) -> Message {
        Message(.batchRestoreHint, ["command": .text(command)])
    }
    public static func batchRepeatedLine(line: Int, first: Int) -> Message {
        Message(.batchRepeatedLine, ["line": .count(line), "first": .count(first)])
    }
    public static func batchMoreRepeated(count: Int) -> Message {
        Message(.batchMoreRepeated, ["count": .count(count)])
    }
    public static let outcomeDeleted = Message(.outcomeDeleted)
    public static let outcomeAlreadyGone = Message(.outcomeAlreadyGone)
    public static let outcomeNothingToDelete = Message(.outcomeNothingToDelete)
    public static let outcomeFailed = Message(.outcomeFailed)
    public static let outcomeUnknown = Message(.outcomeUnknown)
    public static let outcomeNotStarted = Message(.outcomeNotStarted)
    public static let outcomeDoneBefore = Message(.outcomeDoneBefore)
    public static let progressFetching = Message(.progressFetching)
    public static let progressDeleting = Message(.progressDeleting)
    public static func batchNotFetched(what: String, error: String) -> Message {
        Message(.batchNotFetched, ["what": .text(what), "error": .text(error)])
    }
    public static func batchFetched(what: String) -> Message { Message(.batchFetched, ["what": .text(what)]) }
    public static let batchStoppedFetching = Message(.batchStoppedFetching)
    public static func batchFetchedIn(count: Int, took: String) -> Message {
        Message(.batchFetchedIn, ["count": .count(count), "took": .text(took)])
    }
    public static let batchDryRun = Message(.batchDryRun)
    public static func batchQuestion(count: Int, contacts: Int, place: String, requests: Int) -> Message {
        Message(
            .batchQuestion,
            ["count": .count(count), "contacts": .count(contacts), "place": .text(place), "requests": .count(requests)])
    }
    public static func batchTypeProduction(answer: String) -> Message {
        Message(.batchTypeProduction, ["answer": .text(answer)])
    }
    public static func batchTypeCount(count: String) -> Message { Message(.batchTypeCount, ["count": .text(count)]) }
    public static let batchNotConfirmed = Message(.batchNotConfirmed)
    public static func batchCannotWriteRunFile(path: String, error: String) -> Message {
        Message(.batchCannotWriteRunFile, ["path": .text(path), "error": .text(error)])
    }
    public static func batchNoRunToResume(run: String, error: String) -> Message {
        Message(.batchNoRunToResume, ["run": .text(run), "error": .text(error)])
    }
    public static func batchNeverConfirmed(run: String) -> Message {
        Message(.batchNeverConfirmed, ["run": .text(run)])
    }
    public static func batchPlanCutShort(run: String, count: Int, command: String) -> Message {
        Message(.batchPlanCutShort, ["run": .text(run), "count": .count(count), "command": .text(command)])
    }
    public static func batchOtherPlace(run: String, recorded: String, current: String) -> Message {
        Message(.batchOtherPlace, ["run": .text(run), "recorded": .text(recorded), "current": .text(current)])
    }
    public static func batchHostProfile(host: String, profile: String) -> Message {
        Message(.batchHostProfile, ["host": .text(host), "profile": .text(profile)])
    }
    public static func batchResumeQuestion(run: String, source: String) -> Message {
        Message(.batchResumeQuestion, ["run": .text(run), "source": .text(source)])
    }
    public static let batchStopping = Message(.batchStopping)
    public static func batchJournalBroken(error: String) -> Message {
        Message(.batchJournalBroken, ["error": .text(error)])
    }
    public static func batchWaiting(left: String) -> Message { Message(.batchWaiting, ["left": .text(left)]) }
    public static func batchWaitingShort(left: String) -> Message { Message(.batchWaitingShort, ["left": .text(left)]) }
    public static func progressCounts(done: Int, total: Int, rate: Int, left: String, failures: Int) -> Message {
        Message(
            .progressCounts,
            [
                "done": .count(done), "total": .count(total), "rate": .count(rate), "left": .text(left),
                "failures": .count(failures),
            ])
    }
    public static func progressCountsShort(verb: String, done: Int, total: Int, rate: Int, left: String, failures: Int)
        -> Message
    {
        Message(
            .progressCountsShort,
            [
                "verb": .text(verb), "done": .count(done), "total": .count(total), "rate": .count(rate),
                "left": .text(left), "failures": .count(failures),
            ])
    }
    public static func batchNotFound(title: String) -> Message { Message(.batchNotFound, ["title": .text(title)]) }
}
