extension Message {
    // The journal as people read it: its columns, operations, outcomes, why an entry cannot be undone, its failures.
    public static let journalColumnWhen = Message(.journalColumnWhen)
    public static let journalColumnEntry = Message(.journalColumnEntry)
    public static let journalColumnProfile = Message(.journalColumnProfile)
    public static let journalColumnContact = Message(.journalColumnContact)
    public static let journalColumnOperation = Message(.journalColumnOperation)
    public static let journalColumnCount = Message(.journalColumnCount)
    public static let journalColumnOutcome = Message(.journalColumnOutcome)
    public static let journalColumnReason = Message(.journalColumnReason)
    public static let operationDelete = Message(.operationDelete)
    public static let operationDeleteAll = Message(.operationDeleteAll)
    public static let operationUndo = Message(.operationUndo)
    public static let operationRestore = Message(.operationRestore)
    public static func operationRestoreOf(entry: String) -> Message {
        Message(.operationRestoreOf, ["entry": .text(entry)])
    }
    public static func operationUnrecognised(operation: String) -> Message {
        Message(.operationUnrecognised, ["operation": .text(operation)])
    }
    public static let resultDone = Message(.resultDone)
    public static let resultFailed = Message(.resultFailed)
    public static let resultUnknown = Message(.resultUnknown)
    public static let resultPartial = Message(.resultPartial)
    public static let resultRestored = Message(.resultRestored)
    public static let resultNotSent = Message(.resultNotSent)
    public static let outcomeUnknownWords = Message(.outcomeUnknownWords)
    public static func outcomeSettled(recorded: String, result: String, by: String) -> Message {
        Message(.outcomeSettled, ["recorded": .text(recorded), "result": .text(result), "by": .text(by)])
    }
    public static let undoRefusedRecreation = Message(.undoRefusedRecreation)
    public static func undoRefusedUnknownOperation(operation: String) -> Message {
        Message(.undoRefusedUnknownOperation, ["operation": .text(operation)])
    }
    public static let undoRefusedFailed = Message(.undoRefusedFailed)
    public static let undoRefusedRecreated = Message(.undoRefusedRecreated)
    public static func undoRefusedRecreatedBy(entry: String) -> Message {
        Message(.undoRefusedRecreatedBy, ["entry": .text(entry)])
    }
    public static func undoRefusedOtherHost(host: String, command: String) -> Message {
        Message(.undoRefusedOtherHost, ["host": .text(host), "command": .text(command)])
    }
    public static let undoRefusedEmpty = Message(.undoRefusedEmpty)
    public static func journalFailureTrust(problem: String) -> Message {
        Message(.journalFailureTrust, ["problem": .text(problem)])
    }
    public static func journalFailureLink(path: String) -> Message {
        Message(.journalFailureLink, ["path": .text(path)])
    }
    public static func journalFailureRead(path: String) -> Message {
        Message(.journalFailureRead, ["path": .text(path)])
    }
    public static func journalFailureAudit(error: String) -> Message {
        Message(.journalFailureAudit, ["error": .text(error)])
    }
    public static func journalFailureWrite(path: String, error: String) -> Message {
        Message(.journalFailureWrite, ["path": .text(path), "error": .text(error)])
    }
    public static func journalFailureSync(path: String, error: String) -> Message {
        Message(.journalFailureSync, ["path": .text(path), "error": .text(error)])
    }
    public static func fileCannotOpen(path: String, error: String) -> Message {
        Message(.fileCannotOpen, ["path": .text(path), "error": .text(error)])
    }
    public static let journalColumnOperator = Message(.journalColumnOperator)
    public static let journalColumnRequests = Message(.journalColumnRequests)
}
