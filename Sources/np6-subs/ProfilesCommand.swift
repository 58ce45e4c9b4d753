import ArgumentParser
import Foundation
import Scripts
import Settings

/// `np6-subs profiles`: the config file's profiles, never a key.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the config file's profiles: name, host, key source kind, read-only, production (never a key).")

    @Option(help: "table, json or csv.") var format: OutputFormat = .table

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
