import ArgumentParser
import Doctor
import Essentials
import Foundation

/// `np6-subs doctor`: checks the whole way from the config file to the server and the terminal.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract:
            """
            Check the config, the key source, DNS, TCP, TLS, the proxy, the key, the clock, the terminal and the \
            journal folder.
            """,
        discussion:
            """
            Prints one ✓ or ✗ line per step, with the fix for each ✗. Exits 0 when everything passes, 1 otherwise. \
            It never prints the key.
            """
    )

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let status = try await Doctor.run(connection.flags, environment: ProcessInfo.processInfo.environment) {
            (line: String) throws(OutputError) in
            try FileOutput.standardOutput.write(line + "\n")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
