extension Message {
    // np6-subs doctor: its steps, findings and fixes.
    public static let doctorStepConfig = Message(.doctorStepConfig)
    public static let doctorStepProfile = Message(.doctorStepProfile)
    public static let doctorStepKey = Message(.doctorStepKey)
    public static let doctorStepKeyAccepted = Message(.doctorStepKeyAccepted)
    public static let doctorStepClock = Message(.doctorStepClock)
    public static let doctorStepTerminal = Message(.doctorStepTerminal)
    public static let doctorStepLocale = Message(.doctorStepLocale)
    public static let doctorStepColours = Message(.doctorStepColours)
    public static let doctorStepSize = Message(.doctorStepSize)
    public static let doctorStepJournal = Message(.doctorStepJournal)
    public static let doctorStepProxy = Message(.doctorStepProxy)
    public static func doctorFixLine(fix: String) -> Message { Message(.doctorFixLine, ["fix": .text(fix)]) }
    public static func doctorNotChecked(reason: String) -> Message {
        Message(.doctorNotChecked, ["reason": .text(reason)])
    }
    public static let doctorFixAbove = Message(.doctorFixAbove)
    public static let doctorNoBaseURL = Message(.doctorNoBaseURL)
    public static func doctorWarningLine(warning: String) -> Message {
        Message(.doctorWarningLine, ["warning": .text(warning)])
    }
    public static func doctorNoteLine(note: String) -> Message { Message(.doctorNoteLine, ["note": .text(note)]) }
    public static func doctorConfigParses(path: String, profiles: Int) -> Message {
        Message(.doctorConfigParses, ["path": .text(path), "profiles": .count(profiles)])
    }
    public static func doctorConfigWarnings(count: Int) -> Message {
        Message(.doctorConfigWarnings, ["count": .count(count)])
    }
    public static func doctorConfigNone(path: String, command: String) -> Message {
        Message(.doctorConfigNone, ["path": .text(path), "command": .text(command)])
    }
    public static func doctorConfigFix(command: String) -> Message {
        Message(.doctorConfigFix, ["command": .text(command)])
    }
    public static let doctorConfigUnusable = Message(.doctorConfigUnusable)
    public static func doctorProfileFrom(name: String, origin: String, host: String) -> Message {
        Message(.doctorProfileFrom, ["name": .text(name), "origin": .text(origin), "host": .text(host)])
    }
    public static func doctorProfileNone(host: String) -> Message { Message(.doctorProfileNone, ["host": .text(host)]) }
    public static func doctorProfileFix(command: String) -> Message {
        Message(.doctorProfileFix, ["command": .text(command)])
    }
    public static let doctorNoProfileForKey = Message(.doctorNoProfileForKey)
    public static let doctorNoKeyNamed = Message(.doctorNoKeyNamed)
    public static let doctorNoKeyFix = Message(.doctorNoKeyFix)
    public static func doctorKeyRead(location: String, origin: String) -> Message {
        Message(.doctorKeyRead, ["location": .text(location), "origin": .text(origin)])
    }
    public static func doctorKeyFixFile(path: String) -> Message { Message(.doctorKeyFixFile, ["path": .text(path)]) }
    public static func doctorKeyFixEnvironment(name: String) -> Message {
        Message(.doctorKeyFixEnvironment, ["name": .text(name)])
    }
    public static func doctorKeyFixCommand(program: String, timeout: String) -> Message {
        Message(.doctorKeyFixCommand, ["program": .text(program), "timeout": .text(timeout)])
    }
    public static let doctorProxyTunnel = Message(.doctorProxyTunnel)
    public static let doctorProxyCredentials = Message(.doctorProxyCredentials)
    public static func doctorProxyFrom(proxy: String, origin: String, credentials: String, tunnel: String) -> Message {
        Message(
            .doctorProxyFrom,
            [
                "proxy": .text(proxy), "origin": .text(origin), "credentials": .text(credentials),
                "tunnel": .text(tunnel),
            ])
    }
    public static let doctorProxyIgnored = Message(.doctorProxyIgnored)
    public static func doctorProxyNoProxy(host: String) -> Message {
        Message(.doctorProxyNoProxy, ["host": .text(host)])
    }
    public static let doctorProxyNone = Message(.doctorProxyNone)
    public static let doctorTLSNotUsed = Message(.doctorTLSNotUsed)
    public static let doctorTLSTrustStore = Message(.doctorTLSTrustStore)
    public static func doctorTLSTrustStoreAnd(roots: String) -> Message {
        Message(.doctorTLSTrustStoreAnd, ["roots": .text(roots)])
    }
    public static func doctorTLSVerifies(host: String, roots: String) -> Message {
        Message(.doctorTLSVerifies, ["host": .text(host), "roots": .text(roots)])
    }
    public static func doctorTLSDetails(
        version: String, subject: String, issuer: String, expiry: String, days: Int, roots: String
    ) -> Message {
        Message(
            .doctorTLSDetails,
            [
                "version": .text(version), "subject": .text(subject), "issuer": .text(issuer), "expiry": .text(expiry),
                "days": .count(days), "roots": .text(roots),
            ])
    }
    public static let doctorTLSExpiresSoon = Message(.doctorTLSExpiresSoon)
    public static func doctorTLSThroughProxy(host: String, proxy: String) -> Message {
        Message(.doctorTLSThroughProxy, ["host": .text(host), "proxy": .text(proxy)])
    }
    public static let doctorTLSFix = Message(.doctorTLSFix)
    public static let doctorProxyFix = Message(.doctorProxyFix)
    public static func doctorProxyNoWay(host: String) -> Message { Message(.doctorProxyNoWay, ["host": .text(host)]) }
    public static func doctorNoAnswerWithin(timeout: String) -> Message {
        Message(.doctorNoAnswerWithin, ["timeout": .text(timeout)])
    }
    public static let doctorAnswerTooLarge = Message(.doctorAnswerTooLarge)
    public static let doctorCancelled = Message(.doctorCancelled)
    public static func doctorNoHTTPAnswer(host: String, reason: String) -> Message {
        Message(.doctorNoHTTPAnswer, ["host": .text(host), "reason": .text(reason)])
    }
    public static let doctorNoHTTPAnswerFix = Message(.doctorNoHTTPAnswerFix)
    public static let doctorNoConnection = Message(.doctorNoConnection)
    public static let doctorServerSilent = Message(.doctorServerSilent)
    public static let doctorNoKey = Message(.doctorNoKey)
    public static func doctorProxyHost(host: String) -> Message { Message(.doctorProxyHost, ["host": .text(host)]) }
    public static func doctorTheProxy(proxy: String) -> Message { Message(.doctorTheProxy, ["proxy": .text(proxy)]) }
    public static func doctorResolves(name: String, addresses: String) -> Message {
        Message(.doctorResolves, ["name": .text(name), "addresses": .text(addresses)])
    }
    public static func doctorDNSFixProxy(origin: String) -> Message {
        Message(.doctorDNSFixProxy, ["origin": .text(origin)])
    }
    public static let doctorDNSFix = Message(.doctorDNSFix)
    public static func doctorDoesNotResolve(host: String, reason: String) -> Message {
        Message(.doctorDoesNotResolve, ["host": .text(host), "reason": .text(reason)])
    }
    public static let doctorHostUnresolved = Message(.doctorHostUnresolved)
    public static func doctorConnectedIn(what: String, milliseconds: Int) -> Message {
        Message(.doctorConnectedIn, ["what": .text(what), "milliseconds": .count(milliseconds)])
    }
    public static func doctorTCPFixProxy(origin: String) -> Message {
        Message(.doctorTCPFixProxy, ["origin": .text(origin)])
    }
    public static let doctorTCPFix = Message(.doctorTCPFix)
    public static func doctorCannotConnect(what: String, reason: String) -> Message {
        Message(.doctorCannotConnect, ["what": .text(what), "reason": .text(reason)])
    }
    public static let doctorKeyListed = Message(.doctorKeyListed)
    public static let doctorKeyRefused = Message(.doctorKeyRefused)
    public static func doctorKeyRefusedBecause(error: String) -> Message {
        Message(.doctorKeyRefusedBecause, ["error": .text(error)])
    }
    public static let doctorKeyWrongFix = Message(.doctorKeyWrongFix)
    public static let doctorKeyNoApplications = Message(.doctorKeyNoApplications)
    public static let doctorKeyNotNP6Fix = Message(.doctorKeyNotNP6Fix)
    public static let doctorClockNoDate = Message(.doctorClockNoDate)
    public static let doctorClockWithin = Message(.doctorClockWithin)
    public static func doctorClockAhead(seconds: Int) -> Message {
        Message(.doctorClockAhead, ["seconds": .count(seconds)])
    }
    public static func doctorClockBehind(seconds: Int) -> Message {
        Message(.doctorClockBehind, ["seconds": .count(seconds)])
    }
    public static func doctorClockOff(skew: String) -> Message { Message(.doctorClockOff, ["skew": .text(skew)]) }
    public static let doctorClockFix = Message(.doctorClockFix)
    public static let doctorTermUnset = Message(.doctorTermUnset)
    public static let doctorTermUnsetFix = Message(.doctorTermUnsetFix)
    public static func doctorTermKnown(term: String) -> Message { Message(.doctorTermKnown, ["term": .text(term)]) }
    public static func doctorTermNotAddressable(term: String) -> Message {
        Message(.doctorTermNotAddressable, ["term": .text(term)])
    }
    public static let doctorTermNotAddressableFix = Message(.doctorTermNotAddressableFix)
    public static func doctorTermUnknown(term: String) -> Message { Message(.doctorTermUnknown, ["term": .text(term)]) }
    public static let doctorTermUnknownFix = Message(.doctorTermUnknownFix)
    public static let doctorLocaleUnset = Message(.doctorLocaleUnset)
    public static func doctorLocaleFallback(locale: String, fallback: String) -> Message {
        Message(.doctorLocaleFallback, ["locale": .text(locale), "fallback": .text(fallback)])
    }
    public static func doctorLocaleUTF8(locale: String) -> Message {
        Message(.doctorLocaleUTF8, ["locale": .text(locale)])
    }
    public static func doctorLocaleWrong(codeset: String, locale: String) -> Message {
        Message(.doctorLocaleWrong, ["codeset": .text(codeset), "locale": .text(locale)])
    }
    public static let doctorLocaleFix = Message(.doctorLocaleFix)
    public static let doctorColoursOff = Message(.doctorColoursOff)
    public static let doctorColoursNone = Message(.doctorColoursNone)
    public static let doctorColoursUnknown = Message(.doctorColoursUnknown)
    public static let doctorSizeNarrow = Message(.doctorSizeNarrow)
    public static func doctorSizeTooSmall(size: String) -> Message {
        Message(.doctorSizeTooSmall, ["size": .text(size)])
    }
    public static let doctorSizeFix = Message(.doctorSizeFix)
    public static let doctorSizeNoTerminal = Message(.doctorSizeNoTerminal)
    public static func doctorJournalWillCreate(folder: String) -> Message {
        Message(.doctorJournalWillCreate, ["folder": .text(folder)])
    }
    public static func doctorJournalNoParent(folder: String, parent: String) -> Message {
        Message(.doctorJournalNoParent, ["folder": .text(folder), "parent": .text(parent)])
    }
    public static func doctorJournalNoParentFix(command: String) -> Message {
        Message(.doctorJournalNoParentFix, ["command": .text(command)])
    }
    public static func doctorJournalNotFolder(folder: String) -> Message {
        Message(.doctorJournalNotFolder, ["folder": .text(folder)])
    }
    public static let doctorJournalNotFolderFix = Message(.doctorJournalNotFolderFix)
    public static let doctorJournalTrustFix = Message(.doctorJournalTrustFix)
    public static func doctorNotWritable(path: String) -> Message { Message(.doctorNotWritable, ["path": .text(path)]) }
    public static func doctorChmodFolderOwner(command: String) -> Message {
        Message(.doctorChmodFolderOwner, ["command": .text(command)])
    }
    public static func doctorFolderOpen(folder: String, mode: String) -> Message {
        Message(.doctorFolderOpen, ["folder": .text(folder), "mode": .text(mode)])
    }
    public static func doctorJournalLink(path: String) -> Message { Message(.doctorJournalLink, ["path": .text(path)]) }
    public static let doctorJournalLinkFix = Message(.doctorJournalLinkFix)
    public static func doctorFileMode(path: String, mode: String) -> Message {
        Message(.doctorFileMode, ["path": .text(path), "mode": .text(mode)])
    }
    public static func doctorJournalWritable(folder: String, mode: String) -> Message {
        Message(.doctorJournalWritable, ["folder": .text(folder), "mode": .text(mode)])
    }
    public static func doctorLine(mark: String, step: String, finding: String) -> Message {
        Message(.doctorLine, ["mark": .text(mark), "step": .text(step), "finding": .text(finding)])
    }
    public static func keySourceFile(path: String) -> Message { Message(.keySourceFile, ["path": .text(path)]) }
    public static func keySourceEnvironment(name: String) -> Message {
        Message(.keySourceEnvironment, ["name": .text(name)])
    }
    public static func keySourceCommand(program: String) -> Message {
        Message(.keySourceCommand, ["program": .text(program)])
    }
    public static func keySourceArgumentsHidden(program: String, count: Int) -> Message {
        Message(.keySourceArgumentsHidden, ["program": .text(program), "count": .count(count)])
    }
    public static func quotedValue(value: String) -> Message { Message(.quotedValue, ["value": .text(value)]) }
}
