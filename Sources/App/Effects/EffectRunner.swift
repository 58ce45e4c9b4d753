import Browser
import Essentials
import FoundationEssentials
import Glibc
import Journal
import Localization
import Logging
import NP6
import Settings
import Synchronization

/// Runs the reducer's effects: API calls as cancellable tasks whose answers come back through
/// the inbox as actions. Everything here is off the UI thread except what says otherwise.
final class EffectRunner: Sendable {
    /// The client and the journal of the profile in use; `P` replaces both together.
    struct Session: Sendable {
        var client: NP6Client
        var journal: DeletionJournal
    }

    private let session: Mutex<Session>
    private var client: NP6Client { session.withLock { $0.client } }
    private var journal: DeletionJournal { session.withLock { $0.journal } }
    private let inbox: ActionInbox
    private let recentStore: RecentLookupStore
    private let logger: Logger
    /// What a profile switch needs: the config's profiles and how to build a session for one.
    private let switcher: ProfileSwitcher?
    private let tasks = Mutex<[Int: Task<Void, Never>]>([:])
    /// The filter running off the UI thread; a newer one cancels it.
    private let filterTask = Mutex<Task<Void, Never>?>(nil)
    /// The search index being built off the UI thread; a newer build cancels it.
    private let indexTask = Mutex<Task<Void, Never>?>(nil)
    /// The application names being loaded; a newer load, or quitting, cancels it.
    private let applicationsTask = Mutex<Task<Void, Never>?>(nil)
    /// The last save of the recent lookups: each save waits for the one before, so the file ends
    /// with the newest list whatever order the tasks run in.
    private let lastSave = Mutex<Task<Void, Never>?>(nil)
    /// For the dates in each answer's search index.
    private let timeZone: LocalTimeZone
    /// The terminal a copy's OSC 52 sequence is written to, and its environment (TERM, TMUX).
    private let terminalDescriptor: Int32
    private let terminalEnvironment: [String: String]

    init(
        client: NP6Client, inbox: ActionInbox, recentStore: RecentLookupStore, journal: DeletionJournal, logger: Logger,
        timeZone: LocalTimeZone,
        switcher: ProfileSwitcher? = nil, terminalDescriptor: Int32 = STDOUT_FILENO,
        terminalEnvironment: [String: String] = [:]
    ) {
        self.timeZone = timeZone
        self.terminalDescriptor = terminalDescriptor
        self.terminalEnvironment = terminalEnvironment
        self.session = Mutex(Session(client: client, journal: journal))
        self.inbox = inbox
        self.recentStore = recentStore
        self.logger = logger
        self.switcher = switcher
    }

    /// The client in use now, for shutting it down at the end.
    var currentClient: NP6Client { client }

    static func now() -> Double { Date().timeIntervalSince1970 }

    /// What only the event loop can do, asked for by an effect.
    enum LoopRequest: Equatable {
        case quit
        /// Clear the terminal and draw the whole frame again.
        case redraw
        /// Lend the terminal to the pager with these bytes (`v`).
        case page([UInt8])
    }

    /// Runs one effect; every effect comes here. It is called on the UI thread and returns at
    /// once: the work runs as tasks whose answers come back as actions; the terminal's part of a
    /// copy (the OSC 52 sequence) is written here, between frames; what only the loop can do is
    /// returned to it.
    @discardableResult
    func run(_ effect: Effect) -> LoopRequest? {
        switch effect {
        case .quit: return .quit
        case .redrawScreen: return .redraw
        case .openPager(let bytes): return .page(bytes)
        case .export(let job):
            Task.detached { [inbox, timeZone] in
                inbox.post(.exportFinished(ExportWriter.write(job, timeZone: timeZone)))
            }
        case .copyToClipboard(let text, let what): copy(text, what: what)
        case .settleJournal(let settlements): settle(settlements)
        case .saveRecentLookups(let lookups): save(lookups)
        case .filter(let job): filter(job)
        case .buildIndex(let job): buildIndex(job)
        case .switchProfile(let generation, let name): switchProfile(generation, to: name)
        case .lookup(let generation, let target): lookup(generation, target)
        case .loadApplications: loadApplications()
        case .loadJournal: loadJournal()
        case .cancel(let generation):
            logger.debug("cancel generation \(generation)")
            let task = tasks.withLock { $0.removeValue(forKey: generation) }
            task?.cancel()
        case .deleteSubscriptions(let generation, let subscriptions, let note):
            delete(generation, subscriptions, note: note)
        case .deleteAll(let generation, let contact, let subscriptions, let note):
            deleteAll(generation, contact, subscriptions, note: note)
        case .restore(let generation, let subscriptions, let note): restore(generation, subscriptions, note: note)
        }
        return nil
    }

    private func lookup(_ generation: Int, _ target: LookupTarget) {
        logger.debug("lookup \(target.kind.rawValue) (generation \(generation))")
        track(generation) { [client, inbox, timeZone] in
            let result = await Self.lookup(target, client: client, timeZone: timeZone)
            // Decoding a large answer leaves freed buffers behind; give them back to the system.
            MemoryRelease.returnFreedMemory()
            inbox.post(.lookupFinished(generation: generation, target: target, result: result, now: Self.now()))
        }
    }

    private func loadApplications() {
        applicationsTask.withLock { running in
            running?.cancel()
            running = Task { [client, inbox] in
                do {
                    inbox.post(.applicationsFinished(.success(try await client.applications())))
                } catch {
                    inbox.post(.applicationsFinished(.failure(error as? NP6Error ?? .cancelled)))
                }
            }
        }
    }

    /// A confirmed delete, journalled before it is sent (as every write is).
    private func delete(_ generation: Int, _ subscriptions: [Subscription], note: WriteNote) {
        logger.debug("delete \(CountText.of(subscriptions.count, "subscription")) (generation \(generation))")
        track(generation) { [client, inbox, journal] in
            do {
                let results = try await JournalledRequests.deleteEach(
                    subscriptions, contact: note.contact, reason: note.reason, client: client, journal: journal)
                inbox.post(.deleteFinished(generation: generation, results: results))
            } catch {
                inbox.post(
                    .writeRefused(
                        generation: generation,
                        reason: (error as? DeletionJournal.Failure)?.refusal ?? String(describing: error)))
            }
        }
    }

    private func deleteAll(_ generation: Int, _ contact: ContactKey, _ subscriptions: [Subscription], note: WriteNote) {
        logger.debug(
            """
            delete all \(CountText.of(subscriptions.count, "subscription")) (generation \(generation)): \
            \(contact.deleteOperation.requestLine)
            """
        )
        track(generation) { [client, inbox, journal] in
            do {
                let (entry, failure) = try await JournalledRequests.deleteContact(
                    contact, subscriptions: subscriptions, reason: note.reason, client: client, journal: journal)
                inbox.post(
                    .deleteAllFinished(
                        generation: generation, contact: contact, count: subscriptions.count, error: failure,
                        journalEntry: entry))
            } catch {
                inbox.post(
                    .writeRefused(
                        generation: generation,
                        reason: (error as? DeletionJournal.Failure)?.refusal ?? String(describing: error)))
            }
        }
    }

    /// Undo, or `u` in the journal: the subscriptions re-created from their saved JSON. A
    /// journal entry re-created whole settles it, as `np6-subs restore` does.
    private func restore(_ generation: Int, _ subscriptions: [Subscription], note: WriteNote) {
        logger.debug("re-create \(CountText.of(subscriptions.count, "subscription")) (generation \(generation))")
        track(generation) { [client, inbox, journal, logger] in
            do {
                let results = try await JournalledRequests.recreate(
                    subscriptions.map(\.raw), operation: note.restores == nil ? .undo : .restore,
                    restoring: note.restores, contact: note.contact, reason: note.reason, client: client,
                    journal: journal)
                if let entry = note.restores, results.allSatisfy({ $0 == nil }) {
                    Self.settleRestored(entry, journal: journal, logger: logger)
                }
                let paired = zip(subscriptions, results).map { RequestResult(subscription: $0, error: $1) }
                inbox.post(.restoreFinished(generation: generation, results: paired))
            } catch {
                inbox.post(
                    .writeRefused(
                        generation: generation,
                        reason: (error as? DeletionJournal.Failure)?.refusal ?? String(describing: error)))
            }
        }
    }

    /// An entry whose outcome was unknown is settled once what it removed is back.
    private static func settleRestored(_ entry: String, journal: DeletionJournal, logger: Logger) {
        do {
            guard try journal.entries().first(where: { $0.id == entry })?.isUnsettled == true else { return }
            try journal.recordSettlement(entry: entry, result: .restored, by: "the browser's journal")
        } catch {
            logger.debug("cannot record a settlement: \(String(describing: error))")
        }
    }

    /// `J`: the journal of the profile in use, read and made into rows off the UI thread.
    private func loadJournal() {
        let journal = journal
        Task.detached { [inbox, timeZone] in
            do {
                let listing = JournalListingBuilder.listing(
                    of: try journal.entries(), profile: journal.profile, host: journal.host, path: journal.path,
                    timeZone: timeZone)
                inbox.post(.journalLoaded(listing))
            } catch {
                inbox.post(.journalUnreadable(String(describing: error)))
            }
        }
    }

    /// The terminal's part now (OSC 52), tmux's buffer off the UI thread within its deadline;
    /// the outcome comes back as `.copyFinished`.
    private func copy(_ text: String, what: String) {
        let written = Clipboard.writeSequence(
            text, terminalDescriptor: terminalDescriptor, environment: terminalEnvironment)
        guard terminalEnvironment["TMUX"] != nil else {
            inbox.post(.copyFinished(what: what, error: written))
            return
        }
        Task.detached { [inbox] in
            let loaded = await Clipboard.loadTmuxBuffer(text)
            inbox.post(.copyFinished(what: what, error: loaded))
        }
    }

    /// What a re-check found of unknown outcomes, journalled (and synced) off the UI thread.
    private func settle(_ settlements: [JournalSettlement]) {
        let journal = journal
        let logger = logger
        Task.detached {
            for settlement in settlements {
                let result: JournalResult
                switch settlement.finding {
                case .happened: result = .done
                case .didNotHappen: result = .failed
                case .partly: result = .partial
                }
                do {
                    try journal.recordSettlement(
                        entry: settlement.entry, result: result, by: "a re-check in the browser")
                } catch {
                    logger.debug("cannot record a settlement: \(String(describing: error))")
                }
            }
        }
    }

    private func save(_ lookups: [RecentLookup]) {
        let store = recentStore
        let logger = logger
        lastSave.withLock { last in
            let before = last
            last = Task.detached {
                await before?.value
                do { try store.save(lookups) } catch { logger.debug("cannot save recent lookups: \(error)") }
            }
        }
    }

    private func filter(_ job: FilterJob) {
        let task = Task.detached(priority: .userInitiated) { [inbox] in
            guard let rows = job.run(isCancelled: { Task.isCancelled }), !Task.isCancelled else { return }
            inbox.post(.filterFinished(generation: job.generation, rows: rows))
        }
        filterTask.withLock { running in
            running?.cancel()
            running = task
        }
    }

    private func buildIndex(_ job: IndexJob) {
        let task = Task.detached(priority: .userInitiated) { [inbox] in
            guard let index = await job.run(), !Task.isCancelled else { return }
            inbox.post(.indexBuilt(generation: job.generation, index: index))
        }
        indexTask.withLock { running in
            running?.cancel()
            running = task
        }
    }

    private func switchProfile(_ generation: Int, to name: String) {
        logger.info("switching to profile \(name)")
        guard let switcher else {
            inbox.post(
                .profileSwitchFailed(generation: generation, profile: name, message: Message.noConfigFile.text()))
            return
        }
        track(generation) { [self, inbox, logger] in
            switch await switcher.session(for: name) {
            case .success(let (newSession, connection)):
                // A request of the old profile may still be finishing: it keeps its client,
                // which is shut down once nothing of the old profile can run any more.
                guard !Task.isCancelled else {
                    await newSession.client.shutdown()
                    return
                }
                let old = session.withLock { current in
                    defer { current = newSession }
                    return current.client
                }
                inbox.post(.profileSwitched(generation: generation, connection: connection))
                Task.detached { await old.shutdown() }
            case .failure(let error):
                logger.info("cannot switch to profile \(name): \(error.description)")
                inbox.post(.profileSwitchFailed(generation: generation, profile: name, message: error.description))
            }
        }
    }

    func cancelAll() {
        let running = tasks.withLock { tasks in
            defer { tasks.removeAll() }
            return Array(tasks.values)
        }
        for task in running { task.cancel() }
        filterTask.withLock { $0?.cancel() }
        indexTask.withLock { $0?.cancel() }
        applicationsTask.withLock { $0?.cancel() }
    }

    /// Waits until the recent lookups are on disk (before the program exits, and for tests).
    func saved() async {
        await lastSave.withLock { $0 }?.value
    }

    /// Runs `work` as the task of `generation`. It is registered under the lock before it can
    /// finish, so a fast task cannot remove itself before it was added and leave a stale entry.
    private func track(_ generation: Int, _ work: @escaping @Sendable () async -> Void) {
        tasks.withLock { tasks in
            tasks[generation] = Task { [self] in
                await work()
                _ = self.tasks.withLock { $0.removeValue(forKey: generation) }
            }
        }
    }

    /// A contact's list, or for a subscription id: that subscription, then its contact's list.
    static func lookup(_ target: LookupTarget, client: NP6Client, timeZone: LocalTimeZone) async -> Result<
        LookupAnswer, NP6Error
    > {
        do {
            switch target {
            case .contact(let key):
                return .success(
                    LookupAnswer(
                        contact: key, subscriptions: try await client.subscriptions(of: key), timeZone: timeZone))
            case .subscription(let id):
                let subscription = try await client.subscription(id: id)
                guard let key = contactKey(of: subscription.contact) else {
                    return .success(
                        LookupAnswer(contact: nil, subscriptions: [subscription], selectID: id, timeZone: timeZone))
                }
                let list = try await client.subscriptions(of: key)
                return .success(
                    LookupAnswer(
                        contact: key, subscriptions: list.isEmpty ? [subscription] : list, selectID: id,
                        timeZone: timeZone))
            }
        } catch {
            return .failure(error)
        }
    }

    static func contactKey(of contact: Contact) -> ContactKey? {
        if let unicity = contact.unicity { return .unicity(unicity) }
        if let id = contact.id { return .contactID(id) }
        if let hash = contact.hash { return .hash(hash) }
        return nil
    }
}
