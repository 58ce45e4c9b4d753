import ArgumentParser
import Scripts
import Settings

/// `--from-file`, `--csv-column` and `--jobs`: many contacts at once, for `list` and `delete`.
struct BatchOptions: ParsableArguments {
    @Option(
        name: .customLong("from-file"),
        help: ArgumentHelp(
            """
            Take the contacts from this file (- for standard input): one per line, unicity:…, hash:… or id:… (a \
            bare value is a unicity); blank lines and # comments are skipped.
            """,
            valueName: "file"),
        completion: .file())
    var fromFile: String?

    @Option(
        name: .customLong("csv-column"),
        help: ArgumentHelp(
            "Read --from-file as CSV and take the contacts from this column (by its header).", valueName: "name"))
    var csvColumn: String?

    @Option(help: ArgumentHelp("Requests at once with --from-file (1 to 16).", valueName: "n")) var jobs = 4

    var given: Bool { fromFile != nil }

    func validate() throws {
        if csvColumn != nil, fromFile == nil {
            throw ValidationError("--csv-column reads the file of --from-file; give --from-file too.")
        }
        guard (1...16).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 16, not \(jobs).") }
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
