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
    public static func contactFileCannotOpen(path: String, error: String) -> Message {
        Message(.contactFileCannotOpen, ["path": .text(path), "error": .text(error)])
    }
}
