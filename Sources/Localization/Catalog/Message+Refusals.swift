extension Message {
    // Refusals of the lower layers a person meets: read-only, a malformed filter date, TLS, the base
    // URL, the API key, a contact file.
    public static func refusalForcedReadOnly(source: String) -> Message {
        Message(.refusalForcedReadOnly, ["source": .text(source)])
    }
    public static func refusalProfileReadOnly(profile: String) -> Message {
        Message(.refusalProfileReadOnly, ["profile": .text(profile)])
    }
    public static func queryMalformedDate(text: String) -> Message {
        Message(.queryMalformedDate, ["text": .text(text)])
    }
    public static func tlsExpired(day: String) -> Message { Message(.tlsExpired, ["day": .text(day)]) }
    public static func tlsNotYetValid(day: String) -> Message { Message(.tlsNotYetValid, ["day": .text(day)]) }
    public static func tlsOtherName(names: String, host: String) -> Message {
        Message(.tlsOtherName, ["names": .text(names), "host": .text(host)])
    }
    public static let tlsAnotherName = Message(.tlsAnotherName)
    public static func tlsSelfSigned(issuer: String) -> Message { Message(.tlsSelfSigned, ["issuer": .text(issuer)]) }
    public static func tlsUntrusted(issuer: String) -> Message { Message(.tlsUntrusted, ["issuer": .text(issuer)]) }
    public static func tlsPrivateCA(who: String) -> Message { Message(.tlsPrivateCA, ["who": .text(who)]) }
    public static let tlsNoCertificate = Message(.tlsNoCertificate)
    public static let tlsClosedDuringHandshake = Message(.tlsClosedDuringHandshake)
    public static let urlNotHTTP = Message(.urlNotHTTP)
    public static let urlNoHost = Message(.urlNoHost)
    public static let urlInvalidHost = Message(.urlInvalidHost)
    public static let urlPortOutOfRange = Message(.urlPortOutOfRange)
    public static let urlCredentials = Message(.urlCredentials)
    public static let apiKeyEmpty = Message(.apiKeyEmpty)
    public static let apiKeyControl = Message(.apiKeyControl)
    public static let apiKeyNonASCII = Message(.apiKeyNonASCII)
    public static func contactFileLine(line: Int, message: String) -> Message {
        Message(.contactFileLine, ["line": .count(line), "message": .text(message)])
    }
    public static func contactFileUnknownKind(kind: String, hint: String) -> Message {
        Message(.contactFileUnknownKind, ["kind": .text(kind), "hint": .text(hint)])
    }
    public static func contactFileDidYouMean(kind: String) -> Message {
        Message(.contactFileDidYouMean, ["kind": .text(kind)])
    }
    public static func contactFileNoValue(written: String) -> Message {
        Message(.contactFileNoValue, ["written": .text(written)])
    }
    public static let contactFileControl = Message(.contactFileControl)
    public static func contactFileCSVEmpty(name: String) -> Message {
        Message(.contactFileCSVEmpty, ["name": .text(name)])
    }
    public static func contactFileNoColumn(name: String, columns: String) -> Message {
        Message(.contactFileNoColumn, ["name": .text(name), "columns": .text(columns)])
    }
    public static func contactFileShortRecord(count: Int, column: Int) -> Message {
        Message(.contactFileShortRecord, ["count": .count(count), "column": .count(column)])
    }
    public static let contactFileLineTooLong = Message(.contactFileLineTooLong)
    public static func contactFileCannotRead(error: String) -> Message {
        Message(.contactFileCannotRead, ["error": .text(error)])
    }
    public static let contactFileUnclosedQuote = Message(.contactFileUnclosedQuote)
    public static let contactFileRecordTooLong = Message(.contactFileRecordTooLong)
    public static let trustStateFolder = Message(.trustStateFolder)
    public static let trustConfigFile = Message(.trustConfigFile)
    public static func trustSubject(what: String, path: String) -> Message {
        Message(.trustSubject, ["what": .text(what), "path": .text(path)])
    }
    public static func trustSubjectAbove(folder: String, what: String, path: String) -> Message {
        Message(.trustSubjectAbove, ["folder": .text(folder), "what": .text(what), "path": .text(path)])
    }
    public static func trustOtherOwner(subject: String, uid: String, command: String) -> Message {
        Message(.trustOtherOwner, ["subject": .text(subject), "uid": .text(uid), "command": .text(command)])
    }
    public static func trustWritableByEveryone(subject: String, mode: String, command: String) -> Message {
        Message(.trustWritableByEveryone, ["subject": .text(subject), "mode": .text(mode), "command": .text(command)])
    }
    public static func trustWritableByGroup(subject: String, mode: String, command: String) -> Message {
        Message(.trustWritableByGroup, ["subject": .text(subject), "mode": .text(mode), "command": .text(command)])
    }
    public static func trustFolderWritableByEveryone(subject: String, mode: String, command: String) -> Message {
        Message(
            .trustFolderWritableByEveryone, ["subject": .text(subject), "mode": .text(mode), "command": .text(command)])
    }
    public static func trustFolderWritableByGroup(subject: String, mode: String, command: String) -> Message {
        Message(
            .trustFolderWritableByGroup, ["subject": .text(subject), "mode": .text(mode), "command": .text(command)])
    }
    public static func lineTooLong(line: Int, size: String) -> Message {
        Message(.lineTooLong, ["line": .count(line), "size": .text(size)])
    }
    public static func fileTooLarge(size: String) -> Message { Message(.fileTooLarge, ["size": .text(size)]) }
    public static func cannotCreateFolder(path: String, error: String) -> Message {
        Message(.cannotCreateFolder, ["path": .text(path), "error": .text(error)])
    }
    public static func cannotWriteOutput(error: String) -> Message {
        Message(.cannotWriteOutput, ["error": .text(error)])
    }
    public static func runPlanProblem(error: String) -> Message { Message(.runPlanProblem, ["error": .text(error)]) }
    public static func runFileCannotCreate(path: String, error: String) -> Message {
        Message(.runFileCannotCreate, ["path": .text(path), "error": .text(error)])
    }
    public static func runFileCannotWrite(path: String, error: String) -> Message {
        Message(.runFileCannotWrite, ["path": .text(path), "error": .text(error)])
    }
    public static func runFileMissing(path: String, error: String) -> Message {
        Message(.runFileMissing, ["path": .text(path), "error": .text(error)])
    }
    public static func runFileNoHeader(path: String) -> Message { Message(.runFileNoHeader, ["path": .text(path)]) }
    public static func runFileCannotRead(error: String) -> Message {
        Message(.runFileCannotRead, ["error": .text(error)])
    }
    public static let standardInput = Message(.standardInput)
    public static func contactFileCannotReadAgain(error: String) -> Message {
        Message(.contactFileCannotReadAgain, ["error": .text(error)])
    }
    public static func stdinNoTemporaryFile(error: String) -> Message {
        Message(.stdinNoTemporaryFile, ["error": .text(error)])
    }
    public static let stdinTooLarge = Message(.stdinTooLarge)
    public static func stdinCannotRead(error: String) -> Message { Message(.stdinCannotRead, ["error": .text(error)]) }
    public static func stdinCannotKeep(error: String) -> Message { Message(.stdinCannotKeep, ["error": .text(error)]) }
    public static let configTopFields = Message(.configTopFields)
    public static let configDefaultProfileName = Message(.configDefaultProfileName)
    public static let configProfilesMapping = Message(.configProfilesMapping)
    public static func configProfileMapping(name: String) -> Message {
        Message(.configProfileMapping, ["name": .text(name)])
    }
    public static let configBaseURLText = Message(.configBaseURLText)
    public static func configBoolean(field: String) -> Message { Message(.configBoolean, ["field": .text(field)]) }
    public static let configLabelText = Message(.configLabelText)
    public static let configCAFileText = Message(.configCAFileText)
    public static let configProxyText = Message(.configProxyText)
    public static let configKeyFilePath = Message(.configKeyFilePath)
    public static let configKeyCommandWord = Message(.configKeyCommandWord)
    public static func configKeyCommandList(example: String) -> Message {
        Message(.configKeyCommandList, ["example": .text(example)])
    }
    public static func proxyNotAURL(origin: String, text: String) -> Message {
        Message(.proxyNotAURL, ["origin": .text(origin), "text": .text(text)])
    }
    public static func proxyOnlyHTTP(origin: String) -> Message { Message(.proxyOnlyHTTP, ["origin": .text(origin)]) }
    public static func proxyPortOutOfRange(origin: String, port: String) -> Message {
        Message(.proxyPortOutOfRange, ["origin": .text(origin), "port": .text(port)])
    }
    public static func logFileStopped(path: String, error: String) -> Message {
        Message(.logFileStopped, ["path": .text(path), "error": .text(error)])
    }
    public static let termUnset = Message(.termUnset)
    public static func termUnknown(term: String) -> Message { Message(.termUnknown, ["term": .text(term)]) }
    public static func termNotAddressable(term: String, help: String) -> Message {
        Message(.termNotAddressable, ["term": .text(term), "help": .text(help)])
    }
    public static func tlsProtocolFailure(host: String, reason: String) -> Message {
        Message(.tlsProtocolFailure, ["host": .text(host), "reason": .text(reason)])
    }
    public static func configKeyAtTop(field: String) -> Message { Message(.configKeyAtTop, ["field": .text(field)]) }
    public static let configProfileName = Message(.configProfileName)
    public static let configKeyEnvName = Message(.configKeyEnvName)
    public static func foreignLeftOut(count: Int, owners: String) -> Message {
        Message(.foreignLeftOut, ["count": .count(count), "owners": .text(owners)])
    }
    public static func answeredAnotherID(id: String, other: String) -> Message {
        Message(.answeredAnotherID, ["id": .text(id), "other": .text(other)])
    }
}
