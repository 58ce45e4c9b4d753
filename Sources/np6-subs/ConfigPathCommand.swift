import ArgumentParser
import Essentials
import Foundation
import Settings

/// `np6-subs config path`.
struct ConfigPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract:
            """
            Print where the config file is ($XDG_CONFIG_HOME/np6-subs/config.yaml, else \
            ~/.config/np6-subs/config.yaml).
            """
    )

    func run() throws {
        try FileOutput.standardOutput.write(ConfigFile.path(environment: ProcessInfo.processInfo.environment) + "\n")
    }
}
