import ArgumentParser
import Localization
import Scripts
import Settings

/// `--from-file`, `--csv-column` and `--jobs`: many contacts at once, for `list` and `delete`.
struct BatchOptions: ParsableArguments {
    @Option(
        name: .customLong("from-file"),
        help: ArgumentHelp(
            Message.helpBatchFromFile.text(),
            valueName: "file"),
        completion: .file())
    var fromFile: String?

    @Option(
        name: .customLong("csv-column"),
        help: ArgumentHelp(
            Message.helpBatchCsvColumn.text(), valueName: "name"))
    var csvColumn: String?

    @Option(help: ArgumentHelp(Message.helpBatchJobs.text(), valueName: "n")) var jobs = 4

    var given: Bool { fromFile != nil }

    func validate() throws {
        if csvColumn != nil, fromFile == nil {
            throw ValidationError(Message.usageCSVColumnNeedsFile.text())
        }
        guard (1...16).contains(jobs) else { throw ValidationError(Message.usageJobsRange(jobs: "\(jobs)").text()) }
        if let fromFile { _ = try nonEmpty(fromFile, "--from-file") }
        if let csvColumn { _ = try nonEmpty(csvColumn, "--csv-column") }
    }

    /// The file, checked through: a malformed line is a usage error, before anything is sent.
    func contactList() throws -> ContactList? {
        guard let fromFile else { return nil }
        do {
            return try ContactList(path: fromFile, source: csvColumn.map(ContactList.Source.csvColumn) ?? .lines)
        } catch {
            // A line's problem names the file; an open or read error already does.
            throw UsageError(
                error.line == nil
                    ? error.description : "\(fromFile == "-" ? "standard input" : fromFile): \(error.description)")
        }
    }
}
