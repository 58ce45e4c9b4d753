import Browser
import Essentials
import FoundationEssentials
import Glibc
import Journal
import Localization
import Logging
import NP6
import Primitives
import Settings
import Terminal

/// The interactive browser: builds the client, then runs the event loop on a thread of its own
/// until the person quits. In demo mode the executable has started the sandbox and passes its
/// base URL and key in the configuration.
public enum BrowserApp {
    /// The browser draws on the terminal and reads keys from it, which TERM must describe: said
    /// before anything starts (exit 2), rather than a screen that never draws or ncurses' own
    /// message.
    public static func requireTerminal(environment: [String: String]) throws(UsageError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UsageError(Message.needsTerminal(help: "np6-subs --help").text())
        }
        if let problem = TerminfoProbe.problem(term: environment["TERM"]) { throw UsageError(problem) }
    }

    public static func run(_ configuration: AppConfiguration) async throws -> Int32 {
        try requireTerminal(environment: configuration.environment)
        guard let apiKey = configuration.apiKey else { throw UsageError(Message.noAPIKey.text()) }

        let inbox: ActionInbox
        do { inbox = try ActionInbox() } catch {
            throw UsageError(Message.cannotStart(error: error.description).text())
        }
        let logger = try makeLogger(configuration.logFile, apiKey: apiKey) { problem in
            inbox.post(.showBanner(Banner(title: Message.bannerLogFile.text(), message: problem, sticky: true)))
        }
        logger.info(
            """
            np6-subs \(NP6Version.described) starting against \
            \(configuration.baseURL)\(configuration.demo ? " (demo)" : "")\
            \(configuration.proxy.map { " through the proxy \($0.display) (\($0.origin))" } ?? "")
            """
        )
        // Every answer's rate-limit headers reach the screen (the header shows a quota running low).
        let rateLimitObserver: @Sendable (RateLimit) -> Void = { inbox.post(.rateLimitObserved($0)) }
        let builder = SessionBuilder(
            environment: configuration.environment, stateDirectory: configuration.stateDirectory,
            auditLog: configuration.auditLog,
            logger: logger, rateLimitObserver: rateLimitObserver,
            auditNotice: { notice in
                inbox.post(.showBanner(Banner(title: Message.bannerAudit.text(), message: notice, sticky: true)))
            })
        let session = builder.session(
            baseURL: configuration.baseURL, apiKey: apiKey, trustRoots: configuration.trustRoots,
            proxy: configuration.proxy,
            profile: configuration.profile?.name, audit: configuration.audit)
        let journal = session.journal
        let recentStore = RecentLookupStore(directory: configuration.stateDirectory)
        do { try journal.checkAuditLog() } catch { throw UsageError(error.description) }
        flushAuditSpool(journal, inbox: inbox)
        let environment = BrowserEnvironment(
            host: configuration.baseURL.displayHost, writeAccess: configuration.writeAccess, demo: configuration.demo,
            timeZone: .current, baseURL: configuration.baseURL, reason: configuration.reason,
            profile: configuration.profile.map(ProfileSwitcher.choice),
            profiles: configuration.profiles.map(ProfileSwitcher.choice),
            keyExpression: configuration.keySource?.shellExpression ?? BrowserConnection.defaultKeyExpression)
        let switcher =
            configuration.profiles.isEmpty
            ? nil
            : ProfileSwitcher(
                profiles: configuration.profiles, flags: configuration.connectionFlags, builder: builder,
                browserEnvironment: environment)
        let runner = EffectRunner(
            client: session.client, inbox: inbox, recentStore: recentStore, journal: journal, logger: logger,
            timeZone: environment.timeZone,
            switcher: switcher, terminalEnvironment: configuration.environment)
        let state = BrowserState(
            environment: environment, size: TerminalSize(rows: 24, columns: 80), now: EffectRunner.now(),
            recentLookups: recentStore.load())
        // An unknown outcome matters more than a setting worth knowing; it takes the band.
        let startup =
            (unfinishedRequestsBanner(journal) ?? settingsBanner(configuration.notices)).map { [Action.showBanner($0)] }
            ?? []
        let target = configuration.initialTarget
        let terminalEnvironment = configuration.environment
        let mouse = configuration.mouse

        // The loop blocks in poll(), so it gets a thread of its own rather than a cooperative one.
        let ran = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let started = DedicatedThread.start(name: "np6-subs UI") {
                EventLoop(state: state, inbox: inbox, runner: runner, environment: terminalEnvironment, mouse: mouse)
                    .run(startingWith: target, startup: startup)
                continuation.resume(returning: true)
            }
            if !started { continuation.resume(returning: false) }
        }
        if ran { await runner.saved() }
        logger.info(ran ? "np6-subs quitting" : "np6-subs could not start its UI thread")
        await runner.currentClient.shutdown()
        return ran ? 0 : 1
    }

    /// Events an earlier run left in the spool go to the collector at start, in the background; a
    /// collector still down is said in a band.
    static func flushAuditSpool(_ journal: DeletionJournal, inbox: ActionInbox) {
        Task.detached {
            guard let delivery = await journal.flushAudit(), let failure = delivery.failure,
                let collector = journal.audit?.collector
            else { return }
            let notice = Message.auditSpooled(
                collector: collector.display, reason: failure.description, count: delivery.pending,
                command: "`np6-subs audit flush`")
            inbox.post(.showBanner(Banner(title: Message.bannerAudit.text(), message: notice.text(), sticky: true)))
        }
    }

    /// The config's notices, one sentence each. The config file is text of the user's, but names
    /// and paths from it still go through the sanitiser before they reach the screen.
    static func settingsBanner(_ notices: [String]) -> Banner? {
        let sentences = notices.map(UntrustedText.sanitized).map { notice in
            notice.last.map { ".?!".contains($0) } == true ? notice : notice + "."
        }
        guard !sentences.isEmpty else { return nil }
        let dismiss = Message.bannerSettingsDismiss(key: KeyMap.label(of: .back, in: .browse)).text()
        return Banner(
            title: Message.bannerSettings.text(), message: sentences.joined(separator: " ") + " " + dismiss,
            sticky: true)
    }

    /// Journalled requests whose outcome nobody knows (an earlier run stopped mid-request, or the
    /// answer was lost) and that no re-check or restore has settled since: said at start, so
    /// nobody assumes those deletes did or did not happen.
    static func unfinishedRequestsBanner(_ journal: DeletionJournal) -> Banner? {
        guard let entries = try? journal.entries() else { return nil }
        let unsettled = entries.filter(\.isUnsettled)
        guard let newest = unsettled.first else { return nil }
        let count = unsettled.count
        return Banner(
            title: Message.bannerOutcomeUnknown.text(),
            message: Message.bannerUnknownAtStart(
                count: count, request: newest.requests.first ?? newest.operation.text, time: newest.time,
                journal: "`np6-subs journal`", restore: "`np6-subs restore ENTRY`"
            ).text(),
            sticky: true)
    }

    static func makeLogger(_ path: String?, apiKey: APIKey, onFailure: @escaping @Sendable (String) -> Void) throws
        -> Logger
    {
        guard let path else { return Logger(label: "np6-subs", factory: { _ in SwiftLogNoOpLogHandler() }) }
        let handler: FileLogHandler
        do {
            handler = try FileLogHandler(path: path, redact: { apiKey.redact($0) }, onFailure: onFailure)
        } catch {
            throw UsageError(Message.cannotWriteLogFile(path: path, error: error.description).text())
        }
        var logger = Logger(label: "np6-subs", factory: { _ in handler })
        logger.logLevel = .debug
        return logger
    }
}
