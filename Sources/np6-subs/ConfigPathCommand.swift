import ArgumentParser
import Essentials
import FoundationEssentials
import Localization
import Settings

/// `np6-subs config path`.
struct ConfigPathCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "path",
            abstract:
                Message.helpConfigPathAbstract.text()
        )
    }

    func run() throws {
        try FileOutput.standardOutput.write(ConfigFile.path(environment: ProcessInfo.processInfo.environment) + "\n")
    }
}
