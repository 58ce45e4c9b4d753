import ArgumentParser
import Localization

/// `np6-subs config init` and `config path`.
struct ConfigCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "config", abstract: Message.helpConfigAbstract.text(),
            subcommands: [ConfigInitCommand.self, ConfigPathCommand.self])
    }
}
