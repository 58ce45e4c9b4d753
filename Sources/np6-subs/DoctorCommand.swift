import ArgumentParser
import Doctor
import Essentials
import FoundationEssentials
import Localization

/// `np6-subs doctor`: checks the whole way from the config file to the server and the terminal.
struct DoctorCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "doctor",
            abstract:
                Message.helpDoctorAbstract.text(),
            discussion:
                Message.helpDoctorDiscussion.text()
        )
    }

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let status = try await Doctor.run(connection.flags, environment: ProcessInfo.processInfo.environment) {
            (line: String) throws(OutputError) in
            try FileOutput.standardOutput.write(line + "\n")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
