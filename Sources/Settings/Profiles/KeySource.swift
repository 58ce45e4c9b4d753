import Essentials
import Localization
import NP6

/// Where a key comes from. A profile names exactly one; the key itself never sits in the config.
public enum KeySource: Sendable, Equatable {
    /// A file only its owner can read (the `--key-file` rule: mode 0600 or stricter).
    case file(String)
    /// An environment variable's name.
    case environment(String)
    /// An argv run without a shell; the first line of its standard output is the key.
    case command([String])

    /// `file`, `env` or `command`: what the profile table and the picker show, never the key.
    public var kind: String {
        switch self {
        case .file: "file"
        case .environment: "env"
        case .command: "command"
        }
    }

    /// Where exactly, for messages: `the file ~/.np6.key`, `NP6_STAGING_KEY`, `pass show np6/prod`.
    public var location: String {
        switch self {
        case .file(let path): Message.keySourceFile(path: path).text()
        case .environment(let name): Message.keySourceEnvironment(name: name).text()
        case .command(let argv): Message.keySourceCommand(program: Self.programWords(argv)).text()
        }
    }

    /// A command as messages name it: the program alone, since its arguments may carry a
    /// secret (`--token …`): `` `pass` (2 arguments) ``.
    public static func programWords(_ argv: [String]) -> String {
        let program = "`\(UntrustedText.sanitized(argv.first ?? ""))`"
        let count = argv.count - 1
        return count == 0 ? program : Message.keySourceArgumentsHidden(program: program, count: count).text()
    }

    /// An argv as a person would type it in a POSIX shell: a word of anything but letters, digits
    /// and `_./:=@%+,-` goes in single quotes (so `$`, `` ` ``, `~`, `!` and newlines stay text).
    public static func shellWords(_ argv: [String]) -> String {
        argv.map { word in
            let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { Self.plainShellCharacters.contains($0) }
            return plain ? word : "'" + word.replacingAll("'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }

    private static let plainShellCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+,-".unicodeScalars)

    /// A shell expression that reads the key as this source does, for a copied `curl` command:
    /// `$NP6_STAGING_KEY`, `$(cat /home/ana/.np6.key)`, `$(pass show np6/prod)`. Never the key.
    public var shellExpression: String {
        switch self {
        case .environment(let name): "$" + name
        case .file(let path): "$(cat \(Self.shellWords([path])))"
        case .command(let argv): "$(\(Self.shellWords(argv)))"
        }
    }
}
