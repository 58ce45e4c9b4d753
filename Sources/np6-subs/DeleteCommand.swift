import ArgumentParser
import Essentials
import Scripts
import Settings

struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete subscriptions, journalled first. Asks on a terminal; without one, needs --yes.",
        discussion: """
            With --from-file it works on many contacts: it fetches each one and prints the plan (what each contact \
            has, the exact \
            requests, the totals), asks for the number of subscriptions to be typed (unless --yes), then deletes \
            --jobs contacts at \
            a time, paced by the server's rate-limit headers, under one run id in the journal. Ctrl-C stops new \
            requests (twice \
            abandons those in flight); --resume RUN continues; restore --run RUN re-creates it.
            """)

    @Option(name: .customLong("subscription"), parsing: .upToNextOption, help: "One or more subscription ids.")
    var subscriptions: [String] = []
    @OptionGroup var contact: ContactOptions
    @OptionGroup var batch: BatchOptions
    @Option(
        help: ArgumentHelp(
            """
            With --from-file: delete only each contact's subscriptions that match this query (the browser's / \
            syntax, e.g. 'app:shop provider:apns'), one DELETE each.
            """,
            valueName: "query"))
    var only: String?
    @Option(
        help: ArgumentHelp(
            """
            Continue the interrupted run RUN (its id is in the summary and the journal): skips what is done, \
            re-checks unknown outcomes.
            """,
            valueName: "run"))
    var resume: String?
    @Option(help: "With --from-file or --resume: table (a plan and a summary) or json (one JSON line per contact).")
    var format: OutputFormat = .table
    @Flag(name: .customLong("dry-run"), help: "Print the requests (with --from-file, the whole plan); send nothing.")
    var dryRun = false
    @Flag(help: "Confirm without asking (for scripts).") var yes = false
    @OptionGroup var audit: AuditOptions
    @Flag(name: .customLong("read-write"), help: "Write although the profile says read_only: true (this command only).")
    var readWrite = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        let contacts = contact.given.count
        let sources = (subscriptions.isEmpty ? 0 : 1) + contacts + (batch.given ? 1 : 0) + (resume == nil ? 0 : 1)
        guard sources == 1 else {
            throw ValidationError(
                """
                Give --subscription ID…, exactly one of --unicity, --hash, --contact-id, or --from-file FILE, or \
                --resume RUN.
                """
            )
        }
        for id in subscriptions { _ = try nonEmpty(id, "--subscription") }
        if only != nil, !batch.given { throw ValidationError("--only works with --from-file.") }
        if format == .csv { throw ValidationError("delete writes table or json.") }
        if format == .json, !batch.given, resume == nil {
            throw ValidationError("--format json works with --from-file or --resume.")
        }
        if let resume { _ = try nonEmpty(resume, "--resume") }
        if resume != nil, dryRun {
            throw ValidationError("--dry-run shows a new plan; --resume continues one that was confirmed.")
        }
        if subscriptions.isEmpty, !batch.given, resume == nil { _ = try contact.contact() }
    }

    func run() async throws {
        let options = BatchDelete.Options(
            jobs: batch.jobs, only: only, dryRun: dryRun, yes: yes, reason: audit.givenReason, format: format)
        if let resume {
            try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
                try await BatchDelete.resume(run: resume, options: options, context: context)
            }
            return
        }
        if let list = try batch.contactList() {
            try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
                try await BatchDelete.start(list: list, options: options, context: context)
            }
            return
        }
        let target: SubscriptionScripts.DeleteTarget =
            subscriptions.isEmpty ? .contact(try contact.contact()) : .subscriptions(subscriptions)
        try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
            try await SubscriptionScripts.delete(
                target, dryRun: dryRun, yes: yes, reason: audit.givenReason, context: context)
        }
    }
}
