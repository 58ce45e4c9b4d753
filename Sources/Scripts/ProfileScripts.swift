import Essentials
import Localization
import NP6
import Settings

/// `profiles`, `config init` and `config path`.
public enum ProfileScripts {
    /// The profiles as a table (or JSON, CSV): name, host, key source kind, read-only,
    /// production. Never a key: this reads the config only, it runs no key command.
    public static func list(config: ProfileConfig?, configPath: String, current: String?, format: OutputFormat)
        throws(OutputError) -> ScriptExit
    {
        guard let config else {
            Console.error(ConsoleText(.noConfigAt(path: configPath, command: "`np6-subs config init`")))
            return .notFound
        }
        // CSV is a machine format: its header and its yes/no are the same in every language.
        let csvHeader = ["NAME", "HOST", "KEY", "READ-ONLY", "PRODUCTION", "LABEL"]
        func rows(yes: String, no: String) -> [[String]] {
            config.profiles.map { profile -> [String] in
                [
                    profile.name == current ? "*" : "", profile.name, host(profile), profile.keySource.kind,
                    profile.readOnly ? yes : no, profile.production ? yes : no, profile.label ?? "",
                ]
            }
        }
        switch format {
        case .json:
            let objects = config.profiles.map { profile -> JSONValue in
                .object(
                    JSONObject([
                        "name": .string(profile.name), "host": .string(host(profile)),
                        "base_url": .string(profile.baseURL ?? ConnectionResolver.defaultBaseURL),
                        "key_source": .string(profile.keySource.kind), "read_only": .bool(profile.readOnly),
                        "production": .bool(profile.production),
                        "label": profile.label.map(JSONValue.string) ?? .null,
                        "default": .bool(profile.name == config.defaultProfile),
                        "current": .bool(profile.name == current),
                    ]))
            }
            try Console.out(ConsoleText(safe: JSONValue.array(objects).prettySerialized()))
        case .csv:
            try Console.out(
                CSV.render(header: csvHeader, rows: rows(yes: "yes", no: "no").map { Array($0.dropFirst()) }),
                terminator: "")
        case .table:
            if config.profiles.isEmpty {
                try Console.out(ConsoleText(.configNoProfile(path: configPath)))
                return .ok
            }
            let header = [
                "", Message.columnName.text(), Message.columnHost.text(), Message.columnKey.text(),
                Message.columnReadOnly.text(), Message.columnProduction.text(), Message.columnLabel.text(),
            ]
            try Console.out(
                TextTable.render(header: header, rows: rows(yes: Message.yesWord.text(), no: Message.noWord.text())))
            if let current { try Console.out(ConsoleText(.profileInUse(name: current))) }
        }
        return .ok
    }

    static func host(_ profile: Profile) -> String {
        let text = profile.baseURL ?? ConnectionResolver.defaultBaseURL
        return (try? NP6BaseURL(text))?.displayHost ?? text
    }

    /// Writes the commented template (mode 0600), never over an existing file.
    public static func initConfig(path: String) throws(OutputError) -> ScriptExit {
        do { try ConfigTemplate.write(to: path) } catch {
            Console.error("\(error.description)")
            return .usage
        }
        try Console.out(ConsoleText(.configWritten(path: path, next: "np6-subs profiles; np6-subs doctor")))
        return .ok
    }
}
