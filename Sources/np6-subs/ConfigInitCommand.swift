import ArgumentParser
import Foundation
import Scripts
import Settings

/// `np6-subs config init`.
struct ConfigInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented config file (mode 0600); an existing one is never overwritten.")

    func run() throws {
        try finish(ProfileScripts.initConfig(path: ConfigFile.path(environment: ProcessInfo.processInfo.environment)))
    }
}
