import ArgumentParser
import FoundationEssentials
import Localization
import Scripts
import Settings

/// `np6-subs config init`.
struct ConfigInitCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: Message.helpConfigInitAbstract.text())
    }

    func run() throws {
        try finish(ProfileScripts.initConfig(path: ConfigFile.path(environment: ProcessInfo.processInfo.environment)))
    }
}
