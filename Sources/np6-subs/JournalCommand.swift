import ArgumentParser
import Foundation
import Scripts

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "List the deletion journal, newest first (entries without an outcome: outcome unknown).")

    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        try finish(JournalScripts.list(format: format, journal: ScriptContext.journalOnly(environment: ProcessInfo.processInfo.environment)))
    }
}
