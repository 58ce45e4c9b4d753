import ArgumentParser
import FoundationEssentials
import Localization
import Scripts
import Settings

/// `np6-subs profiles`: the config file's profiles, never a key.
struct ProfilesCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "profiles",
            abstract: Message.helpProfilesAbstract.text())
    }

    @Option(help: ArgumentHelp(Message.helpJournalFormat.text())) var format: OutputFormat = .table

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try ConnectionOptions.loadConfig(environment: environment)
        let current = environment["NP6_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? config?.defaultProfile
        try finish(
            ProfileScripts.list(
                config: config, configPath: ConfigFile.path(environment: environment), current: current, format: format)
        )
    }
}
