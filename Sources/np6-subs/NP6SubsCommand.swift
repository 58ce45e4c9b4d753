import ArgumentParser
import Localization
import NP6
import Scripts

/// `np6-subs`: the browser by default, and subcommands for scripts.
struct NP6SubsCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "np6-subs",
            abstract: Message.helpBrowseAbstract.text(),
            discussion: Message.helpNP6SubsDiscussion.text() + ScriptExit.summary,
            version: "np6-subs \(NP6Version.described)",
            subcommands: [
                BrowseCommand.self, ListCommand.self, ShowCommand.self, DeleteCommand.self, JournalCommand.self,
                RestoreCommand.self, AuditCommand.self, ProfilesCommand.self, KeysCommand.self,
                ConfigCommand.self, DoctorCommand.self,
            ],
            defaultSubcommand: BrowseCommand.self
        )
    }
}
