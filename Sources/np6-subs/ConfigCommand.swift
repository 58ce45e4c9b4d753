import ArgumentParser

/// `np6-subs config init` and `config path`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Write a commented config file, or say where it is.",
        subcommands: [ConfigInitCommand.self, ConfigPathCommand.self])
}
