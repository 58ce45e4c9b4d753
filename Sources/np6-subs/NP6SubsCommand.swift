import ArgumentParser
import NP6
import Scripts

/// `np6-subs`: the browser by default, and subcommands for scripts.
struct NP6SubsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "np6-subs",
        abstract: "Browse one NP6 contact's push-notification subscriptions, read their tokens, delete stale ones.",
        discussion: "Without a subcommand it runs the browser (np6-subs browse). " + ScriptExit.summary,
        version: "np6-subs \(NP6Version.described)",
        subcommands: [
            BrowseCommand.self, ListCommand.self, ShowCommand.self, DeleteCommand.self, JournalCommand.self,
            RestoreCommand.self, ProfilesCommand.self,
            ConfigCommand.self, DoctorCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
