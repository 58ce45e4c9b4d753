import App
import ArgumentParser
import CLibC
import Essentials
import FoundationEssentials
import Glibc
import Localization
import NP6
import Scripts
import Settings

@main
enum Main {
    /// A closed pipe ends the program quietly with the status a process killed by SIGPIPE has
    /// (`ScriptExit.closedPipe`); SIGPIPE itself is ignored so that it cannot kill the program mid-write.
    static let closedPipeStatus = ScriptExit.closedPipe.rawValue

    /// Usage errors exit 2 with the message on stderr, before the terminal is touched.
    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        Localization.setProcessLanguage(
            ProgramLanguage.choose(environment: ProcessInfo.processInfo.environment).language)
        // The process is about to read the API key: no core file or debugger may copy it out.
        _ = np6_disable_core_dumps()
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments == ["--help"] || arguments == ["-h"] {
                try FileOutput.standardOutput.write(overview() + "\n")
                return
            }
            // For scripts/release: the man page's sections beyond --help. Not a declared option,
            // so the manual generator and the completions never offer it.
            if arguments == ["--manual-sections"] {
                // The KEYS section names the keys in force: the config's `keys:` over the defaults.
                let config = try? ConnectionOptions.loadConfig(environment: ProcessInfo.processInfo.environment)
                Preferences.apply(config, warn: ConnectionOptions.warn)
                try FileOutput.standardOutput.write(ManualSections.mdoc())
                return
            }
            let commands =
                NP6SubsCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if let first = arguments.first, let problem = CommandSuggestion.problem(with: first, commands: commands) {
                throw UsageError(problem)
            }
            var command = try NP6SubsCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as OutputError {
            if error.isClosedPipe { exit(closedPipeStatus) }
            complain(Message.cannotWriteOutput(error: error.description).text())
            exit(ScriptExit.apiError.rawValue)
        } catch let error as UsageError {
            complain(error.description)
            exit(ScriptExit.usage.rawValue)
        } catch let error as NP6Error {
            complain(error.message)
            exit(ScriptExit.code(for: error).rawValue)
        } catch {
            if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
            let code = NP6SubsCommand.exitCode(for: error)
            var message = HelpWords.localized(NP6SubsCommand.fullMessage(for: error))
            // swift-argument-parser's manual generator drops every character outside ASCII (é, ’):
            // for scripts/release, which turns the marks back into groff's \[uXXXX].
            if ProcessInfo.processInfo.environment["NP6_MANUAL_ASCII"] == "1" {
                message = ManualSections.asciiMarked(message)
            }
            // --help and --version of a subcommand are "errors" that print to stdout and succeed.
            if code == .success {
                do { try FileOutput.standardOutput.write(message + "\n") } catch {
                    exit(error.isClosedPipe ? closedPipeStatus : ScriptExit.apiError.rawValue)
                }
                exit(0)
            }
            try? FileOutput.standardError.write(message + "\n")
            exit(ScriptExit.usage.rawValue)
        }
    }

    /// The browser's flags first (what most people run), then the subcommands.
    static func overview() -> String {
        var lines = [
            NP6SubsCommand.helpMessage(for: BrowseCommand.self), "",
            Message.helpSubcommandsForScripts(command: "`np6-subs help <subcommand>`").text(),
        ]
        for command in NP6SubsCommand.configuration.subcommands where command != BrowseCommand.self {
            // Command names are ASCII words shorter than the column.
            let name = command.configuration.commandName ?? ""
            lines.append(
                "  " + name + String(repeating: " ", count: max(1, 10 - name.count)) + command.configuration.abstract)
        }
        lines += ["", ScriptExit.summary]
        return HelpWords.localized(lines.joined(separator: "\n"))
    }

    /// One line on stderr, sanitised: messages may quote a server's text.
    static func complain(_ message: String) {
        try? FileOutput.standardError.write("np6-subs: \(UntrustedText.sanitized(message))\n")
    }
}
