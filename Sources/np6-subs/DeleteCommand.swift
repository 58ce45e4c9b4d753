import ArgumentParser
import Essentials
import Localization
import Scripts
import Settings

struct DeleteCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "delete",
            abstract: Message.helpDeleteAbstract.text(),
            discussion: Message.helpDeleteDiscussion.text())
    }

    @Option(
        name: .customLong("subscription"), parsing: .upToNextOption,
        help: ArgumentHelp(Message.helpDeleteSubscriptions.text()))
    var subscriptions: [String] = []
    @OptionGroup var contact: ContactOptions
    @OptionGroup var batch: BatchOptions
    @Option(
        help: ArgumentHelp(
            Message.helpDeleteOnly.text(),
            valueName: "query"))
    var only: String?
    @Option(
        help: ArgumentHelp(
            Message.helpDeleteResume.text(),
            valueName: "run"))
    var resume: String?
    @Option(help: ArgumentHelp(Message.helpDeleteFormat.text()))
    var format: OutputFormat = .table
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Message.helpDeleteDryRun.text()))
    var dryRun = false
    @Flag(help: ArgumentHelp(Message.helpDeleteYes.text())) var yes = false
    @OptionGroup var audit: AuditOptions
    @Flag(name: .customLong("read-write"), help: ArgumentHelp(Message.helpDeleteReadWrite.text()))
    var readWrite = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        let contacts = contact.given.count
        let sources = (subscriptions.isEmpty ? 0 : 1) + contacts + (batch.given ? 1 : 0) + (resume == nil ? 0 : 1)
        guard sources == 1 else {
            throw ValidationError(Message.usageDeleteSources.text())
        }
        for id in subscriptions { _ = try nonEmpty(id, "--subscription") }
        if only != nil, !batch.given { throw ValidationError(Message.usageOnlyNeedsFile.text()) }
        if format == .csv { throw ValidationError(Message.usageDeleteFormats.text()) }
        if format == .json, !batch.given, resume == nil {
            throw ValidationError(Message.usageJSONNeedsBatch.text())
        }
        if let resume { _ = try nonEmpty(resume, "--resume") }
        if resume != nil, dryRun {
            throw ValidationError(Message.usageDryRunResume.text())
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
