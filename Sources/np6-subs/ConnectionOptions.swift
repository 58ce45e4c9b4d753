import ArgumentParser
import Settings

/// `--base-url` and `--key-file`: one option group for the browser and every subcommand, read by
/// one resolver (`ConnectionResolver`).
struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .customLong("base-url"),
        help: "The NP6 API's base URL (https; http only on loopback). Default: NP6_BASE_URL, else https://api-cm.np6.com.")
    var baseURL: String?

    @Option(
        name: .customLong("key-file"),
        help: "Read the API key from this file; it must not be readable by group or others (chmod 600). Default: NP6_API_KEY.")
    var keyFile: String?

    var flags: ConnectionResolver.Flags { ConnectionResolver.Flags(baseURL: baseURL, keyFile: keyFile) }

    func resolve(environment: [String: String], needsKey: Bool = true) throws(UsageError) -> Connection {
        try ConnectionResolver.resolve(flags, environment: environment, needsKey: needsKey)
    }
}
