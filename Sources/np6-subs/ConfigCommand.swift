import Essentials
import ArgumentParser
import Foundation
import Scripts
import Settings

/// `np6-subs config init` and `config path`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Write a commented config file, or say where it is.",
        subcommands: [ConfigInitCommand.self, ConfigPathCommand.self])
}

struct ConfigInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented config file (mode 0600); an existing one is never overwritten.")

    func run() throws {
        try finish(ProfileScripts.initConfig(path: ConfigFile.path(environment: ProcessInfo.processInfo.environment)))
    }
}

struct ConfigPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Print where the config file is ($XDG_CONFIG_HOME/np6-subs/config.yaml, else ~/.config/np6-subs/config.yaml).")

    func run() throws {
        try FileOutput.standardOutput.write(ConfigFile.path(environment: ProcessInfo.processInfo.environment) + "\n")
    }
}
