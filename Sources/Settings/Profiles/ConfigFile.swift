import Essentials
import FoundationEssentials
import Localization
import NP6
import YAMLReader

/// The config file: where it is and what it says. `YAMLDocument` (libyaml) reads the YAML, with
/// each node's line and column for messages; this type only checks the shape.
public enum ConfigFile {
    /// `$XDG_CONFIG_HOME/np6-subs/config.yaml`, else `~/.config/np6-subs/config.yaml`.
    public static func path(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/np6-subs/config.yaml"
        }
        return home(environment) + "/.config/np6-subs/config.yaml"
    }

    /// The file at the usual place, or nil when there is none (then everything works without it).
    public static func load(environment: [String: String]) throws(UsageError) -> ProfileConfig? {
        let path = path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try load(path: path, environment: environment)
    }

    /// 1 MiB holds thousands of profiles; a 100 MB file took 17 s and 468 MB to parse.
    static let maximumSize = 1 << 20

    /// Reads and checks the file. One that another user could write is refused, as ssh refuses
    /// such a file: its `key_command` would run as whoever starts np6-subs.
    public static func load(path: String, environment: [String: String]) throws(UsageError) -> ProfileConfig {
        if let problem = PathTrust.problem(path, what: Message.trustConfigFile.text()) { throw UsageError(problem) }
        let bytes: [UInt8]
        do { bytes = try BoundedFile.read(path, limit: maximumSize) } catch {
            throw UsageError(Message.configCannotRead(path: path, error: error.description).text())
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError(Message.configNotUTF8(path: path).text())
        }
        return try parse(text, path: path, environment: environment)
    }

    static let topFields = ["default_profile", "language", "profiles", "audit", "keys", "theme", "colors"]
    static let profileFields = [
        "base_url", "key_file", "key_env", "key_command", "production", "read_only", "label", "ca_file", "proxy",
        "audit",
    ]
    /// Words that, in a field's name, say it would hold a secret itself: refused, never read.
    static let secretWords = ["token", "secret", "password", "passwd", "credential", "auth", "header"]

    /// `key`, `NP6_API_KEY`, `X-Key`, `headers`, `credentials`, `auth_token`: a field whose name
    /// (letters and digits, lower-cased) ends with "key" or holds one of the secret words. A typo
    /// of a key source (`key_fil`) is only an unknown field.
    static func isSecretField(_ name: String) -> Bool {
        guard !["key_file", "key_env", "key_command"].contains(name) else { return false }
        let letters = String(
            name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        return letters.hasSuffix("key") || letters.hasSuffix("keys") || secretWords.contains { letters.contains($0) }
    }

    /// A POSIX environment variable's name: letters, digits and `_`, not starting with a digit.
    static func isVariableName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }

    /// Reads the text of a config file. Malformed YAML and wrong shapes are errors naming the line
    /// and column; unknown fields are warnings that suggest the nearest known one.
    public static func parse(_ text: String, path: String, environment: [String: String] = [:]) throws(UsageError)
        -> ProfileConfig
    {
        let root: YAMLNode?
        do { root = try YAMLDocument.compose(text) } catch { throw UsageError("\(path):\(describe(error))") }
        var config = ProfileConfig(path: path)
        guard let root else { return config }
        guard let top = root.mapping else {
            throw problem(path, root, Message.configTopFields.text())
        }
        for pair in top {
            let (keyNode, value) = (pair.key, pair.value)
            let key = keyNode.string ?? ""
            switch key {
            case "default_profile":
                guard let name = value.string, !name.isEmpty else {
                    throw problem(path, value, Message.configDefaultProfileName.text())
                }
                config.defaultProfile = name
            case "language":
                let word = value.string ?? ""
                if let setting = LanguageSetting(word: word) {
                    config.language = setting
                } else {
                    // A typo keeps the program usable: the locale decides, and the warning says how to fix it.
                    var warning = "\(location(path, value)): \(Message.languageSettingInvalid.text())"
                    if let nearest = EditDistance.nearest(
                        to: word.lowercased(), among: LanguageSetting.words, allowing: { _ in 2 })
                    {
                        warning += Message.configDidYouMean(nearest: nearest).text()
                    }
                    config.warnings.append(warning)
                }
            case "audit":
                config.audit = try auditSection(value, path: path, environment: environment, warnings: &config.warnings)
            case "keys": config.keys = entries(value, field: key, path: path, warnings: &config.warnings)
            case "colors": config.colors = entries(value, field: key, path: path, warnings: &config.warnings)
            case "theme": config.theme = themeName(value, path: path, warnings: &config.warnings)
            case "profiles":
                guard let profiles = value.mapping else {
                    if value.isNull { continue }
                    throw problem(path, value, Message.configProfilesMapping.text())
                }
                for pair in profiles {
                    let (nameNode, fields) = (pair.key, pair.value)
                    config.profiles.append(
                        try profile(nameNode, fields, path: path, environment: environment, warnings: &config.warnings))
                }
            case let secret where isSecretField(secret):
                throw problem(
                    path, keyNode,
                    Message.configKeyAtTop(field: secret).text())
            case let extensionField where extensionField.hasPrefix("x-"):
                // As in Compose files: a top-level `x-` field holds anchors for the profiles to merge.
                continue
            default:
                config.warnings.append(unknownField(path, keyNode, key, known: topFields))
            }
        }
        // A profile without an `audit:` of its own is audited where the file's top says.
        for index in config.profiles.indices where config.profiles[index].audit == nil {
            config.profiles[index].audit = config.audit
        }
        if let defaultProfile = config.defaultProfile, config.profile(named: defaultProfile) == nil {
            config.warnings.append(
                Message.configDefaultNotAmong(
                    path: path, name: defaultProfile, names: config.profiles.map(\.name).joined(separator: ", ")
                ).text())
        }
        return config
    }

    static func profile(
        _ nameNode: YAMLNode, _ node: YAMLNode, path: String, environment: [String: String], warnings: inout [String]
    ) throws(UsageError)
        -> Profile
    {
        guard let name = nameNode.string, Profile.isSafeName(name) else {
            throw problem(
                path, nameNode,
                Message.configProfileName.text())
        }
        guard let fields = node.mapping else {
            throw problem(path, node, Message.configProfileMapping(name: name).text())
        }
        var baseURL: String?
        var sources: [KeySource] = []
        var production = false
        var readOnly = false
        var label: String?
        var caFile: String?
        var proxy: String?
        var audit: AuditSection?
        for pair in fields {
            let (keyNode, value) = (pair.key, pair.value)
            let key = keyNode.string ?? ""
            switch key {
            case "base_url":
                baseURL = try nonEmptyText(value, path: path, Message.configBaseURLText.text())
            case "key_file", "key_env", "key_command":
                sources.append(try keySource(key, value, profile: name, path: path, environment: environment))
            case "production", "read_only":
                guard let flag = value.bool else {
                    throw problem(path, value, Message.configBoolean(field: key).text())
                }
                if key == "production" { production = flag } else { readOnly = flag }
            case "label":
                guard let text = value.string else { throw problem(path, value, Message.configLabelText.text()) }
                label = text.isEmpty ? nil : text
            case "ca_file":
                let text = try nonEmptyText(value, path: path, Message.configCAFileText.text())
                caFile = expandingTilde(text, environment: environment)
            case "proxy":
                proxy = try nonEmptyText(value, path: path, Message.configProxyText.text())
            case "audit":
                audit = try auditSection(value, path: path, environment: environment, warnings: &warnings)
            case let secret where isSecretField(secret):
                throw problem(
                    path, keyNode,
                    Message.configKeyInConfig(
                        name: name, field: secret, example: "[\"pass\", \"show\", \"np6/\(name)\"]"
                    ).text()
                )
            default:
                warnings.append(
                    unknownField(
                        path, keyNode, key, known: profileFields, within: Message.originProfile(name: name).text()))
            }
        }
        guard sources.count == 1, let source = sources.first else {
            throw problem(
                path, nameNode,
                sources.isEmpty
                    ? Message.configNoKeySource(name: name).text()
                    : Message.configManyKeySources(
                        name: name, count: sources.count,
                        sources: sources.map { "key_" + $0.kind }.joined(separator: ", ")
                    ).text()
            )
        }
        return Profile(
            name: name, baseURL: baseURL, keySource: source, production: production, readOnly: readOnly, label: label,
            caFile: caFile, proxy: proxy, audit: audit)
    }

    /// One of the three key sources. A key pasted where a variable's name or a path belongs must
    /// not be printed back in the message.
    static func keySource(
        _ field: String, _ value: YAMLNode, profile name: String, path: String, environment: [String: String]
    )
        throws(UsageError) -> KeySource
    {
        switch field {
        case "key_file":
            guard let text = value.string, text.hasPrefix("/") || text.hasPrefix("~/") else {
                throw problem(path, value, Message.configKeyFilePath.text())
            }
            return .file(expandingTilde(text, environment: environment))
        case "key_env":
            guard let text = value.string, Self.isVariableName(text) else {
                throw problem(
                    path, value,
                    Message.configKeyEnvName.text())
            }
            return .environment(text)
        default:
            return .command(try keyCommand(value, profile: name, path: path, environment: environment))
        }
    }

    /// A field whose value must be text that is not empty.
    static func nonEmptyText(_ node: YAMLNode, path: String, _ message: String) throws(UsageError) -> String {
        guard let text = node.string, !text.isEmpty else { throw problem(path, node, message) }
        return text
    }

    /// `key_command: [pass, show, np6/acme]`: a list of words, run without a shell.
    static func keyCommand(_ node: YAMLNode, profile name: String, path: String, environment: [String: String])
        throws(UsageError) -> [String]
    {
        guard let items = node.sequence, !items.isEmpty else {
            throw problem(
                path, node,
                Message.configKeyCommandList(example: "[\"pass\", \"show\", \"np6/\(name)\"]").text()
            )
        }
        var argv: [String] = []
        for item in items {
            guard let word = item.string else { throw problem(path, item, Message.configKeyCommandWord.text()) }
            argv.append(word)
        }
        argv[0] = expandingTilde(argv[0], environment: environment)
        return argv
    }

    static func unknownField(_ path: String, _ node: YAMLNode, _ key: String, known: [String], within: String? = nil)
        -> String
    {
        let field = UntrustedText.sanitized(key)
        var message =
            (within.map { Message.configUnknownFieldIn(location: location(path, node), field: field, within: $0) }
            ?? .configUnknownField(location: location(path, node), field: field)).text()
        if let nearest = EditDistance.nearest(
            to: key.replacingAll("-", with: "_"), among: known, allowing: { max(2, $0.count / 3) })
        {
            message += Message.configDidYouMean(nearest: nearest).text()
        } else {
            message += Message.configKnownFields(fields: known.joined(separator: ", ")).text()
        }
        return message
    }

    static func problem(_ path: String, _ node: YAMLNode, _ message: String) -> UsageError {
        UsageError("\(location(path, node)): \(message)")
    }

    /// `path:line:column`, as compilers say it, so an editor can jump there.
    static func location(_ path: String, _ node: YAMLNode) -> String {
        "\(path):\(node.mark.line):\(node.mark.column)"
    }

    /// Where the text broke and why: `line:column: malformed YAML: …`, to follow the path and a
    /// colon, so an editor can jump there.
    static func describe(_ error: YAMLError) -> String {
        let message: Message =
            switch error.kind {
            case .syntax(let problem): .configYAMLMalformed(problem: problem)
            case .duplicateKey(let key): .configYAMLDuplicateKey(key: UntrustedText.sanitized(key))
            case .unknownAlias(let name): .configYAMLUnknownAlias(name: UntrustedText.sanitized(name))
            case .tooManyNodes(let limit): .configYAMLTooManyNodes(limit: limit)
            case .tooDeep(let limit): .configYAMLTooDeep(limit: limit)
            case .severalDocuments: .configYAMLSeveralDocuments
            case .badMerge: .configYAMLBadMerge
            case .parserUnavailable: .configYAMLParserUnavailable
            }
        return "\(error.mark.line):\(error.mark.column): \(message.text())"
    }

    static func home(_ environment: [String: String]) -> String {
        HomeDirectory.path(environment: environment)
    }

    /// `~/x` → `$HOME/x`, as a shell would have done for a flag.
    static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return home(environment) + path.dropFirst()
    }
}
