extension Message {
    // What went wrong talking to NP6 (NP6Error), in a sentence a support engineer can act on.
    public static func errorUnauthorized(variable: String) -> Message {
        Message(.errorUnauthorized, ["variable": .text(variable)])
    }
    public static let errorForbidden = Message(.errorForbidden)
    public static let errorNotFoundContact = Message(.errorNotFoundContact)
    public static let errorNotFoundSubscription = Message(.errorNotFoundSubscription)
    public static let errorNotFoundResource = Message(.errorNotFoundResource)
    public static func errorNotFoundOther(subject: String) -> Message {
        Message(.errorNotFoundOther, ["subject": .text(subject)])
    }
    public static func errorRateLimitedWait(retryAfter: String) -> Message {
        Message(.errorRateLimitedWait, ["retryAfter": .text(retryAfter)])
    }
    public static let errorRateLimited = Message(.errorRateLimited)
    public static func errorServer(status: String) -> Message { Message(.errorServer, ["status": .text(status)]) }
    public static func errorServerExcerpt(status: String, excerpt: String) -> Message {
        Message(.errorServerExcerpt, ["status": .text(status), "excerpt": .text(excerpt)])
    }
    public static func errorUnexpectedStatus(status: String) -> Message {
        Message(.errorUnexpectedStatus, ["status": .text(status)])
    }
    public static func errorUnexpectedStatusExcerpt(status: String, excerpt: String) -> Message {
        Message(.errorUnexpectedStatusExcerpt, ["status": .text(status), "excerpt": .text(excerpt)])
    }
    public static func errorTimeout(seconds: String) -> Message { Message(.errorTimeout, ["seconds": .text(seconds)]) }
    public static func errorConnectionFailed(host: String, reason: String) -> Message {
        Message(.errorConnectionFailed, ["host": .text(host), "reason": .text(reason)])
    }
    public static func errorConnectionLost(host: String, reason: String) -> Message {
        Message(.errorConnectionLost, ["host": .text(host), "reason": .text(reason)])
    }
    public static func errorInvalidJSON(reason: String, line: Int, column: Int, offset: Int) -> Message {
        Message(
            .errorInvalidJSON,
            ["reason": .text(reason), "line": .count(line), "column": .count(column), "offset": .count(offset)])
    }
    public static func errorUnexpectedShape(reason: String) -> Message {
        Message(.errorUnexpectedShape, ["reason": .text(reason)])
    }
    public static func errorResponseTooLarge(limit: Int) -> Message {
        Message(.errorResponseTooLarge, ["limit": .count(limit)])
    }
    public static func errorInsecureBaseURL(url: String) -> Message {
        Message(.errorInsecureBaseURL, ["url": .text(url)])
    }
    public static func errorInvalidBaseURL(url: String) -> Message {
        Message(.errorInvalidBaseURL, ["url": .text(url)])
    }
    public static func errorInvalidAPIKey(reason: String) -> Message {
        Message(.errorInvalidAPIKey, ["reason": .text(reason)])
    }
    public static let errorTooManyRedirects = Message(.errorTooManyRedirects)
    public static func errorInsecureRedirect(url: String) -> Message {
        Message(.errorInsecureRedirect, ["url": .text(url)])
    }
    public static let errorCancelled = Message(.errorCancelled)
    public static let reasonConnectTimeout = Message(.reasonConnectTimeout)
    public static let reasonServerClosed = Message(.reasonServerClosed)
    public static let reasonRefused = Message(.reasonRefused)
    public static let reasonUnknownHost = Message(.reasonUnknownHost)
    public static let reasonUnreachable = Message(.reasonUnreachable)
    public static let reasonReset = Message(.reasonReset)
    public static func reasonBrokeOff(status: String) -> Message { Message(.reasonBrokeOff, ["status": .text(status)]) }
    public static func reasonMalformed(error: String) -> Message { Message(.reasonMalformed, ["error": .text(error)]) }
    public static func reasonTLSHandshake(error: String) -> Message {
        Message(.reasonTLSHandshake, ["error": .text(error)])
    }
}
