import ArgumentParser
import Foundation
import NP6
import Scripts
import Settings

@main
enum Main {
    /// Usage errors exit 2 with the message on stderr, before the terminal is touched.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--help"] || arguments == ["-h"] {
            // The browser's flags first (what most people run), then the subcommands.
            print(NP6SubsCommand.helpMessage(for: BrowseCommand.self))
            print("\nSUBCOMMANDS (for scripts; `np6-subs help <subcommand>` for each):")
            for command in NP6SubsCommand.configuration.subcommands where command != BrowseCommand.self {
                print("  " + (command.configuration.commandName ?? "").padding(toLength: 10, withPad: " ", startingAt: 0) + command.configuration.abstract)
            }
            print("\nExit codes of the subcommands: 0 ok, 1 API or network error, 2 usage error, 3 not found.")
            return
        }
        do {
            var command = try NP6SubsCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("np6-subs: \(error.description)\n".utf8))
            exit(2)
        } catch let error as NP6Error {
            FileHandle.standardError.write(Data("np6-subs: \(error.message)\n".utf8))
            exit(ScriptExit.code(for: error).rawValue)
        } catch {
            if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
            if NP6SubsCommand.exitCode(for: error) == .success {
                NP6SubsCommand.exit(withError: error)
            }
            FileHandle.standardError.write(Data((NP6SubsCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}
