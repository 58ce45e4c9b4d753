import Localization
import Primitives
import Settings
import TestTags
import Testing

@Suite("The config file: its shape, its mistakes", .tags(.unit))
struct ConfigFileTests {
    static let example = """
        default_profile: staging
        profiles:
          staging:
            base_url: https://staging-api.example.net
            key_file: ~/.config/np6-subs/staging.key
          acme-prod:
            base_url: https://api-cm.np6.com
            key_command: ["pass", "show", "np6/acme-prod"]
            production: true
            read_only: true
            label: ACME production
          ci:
            key_env: NP6_CI_KEY
        """

    @Test("the issue's example reads into profiles in file order, ~ expanded, every field kept")
    func example() throws {
        let config = try ConfigFile.parse(Self.example, path: "c.yaml", environment: ["HOME": "/home/ana"])
        #expect(config.defaultProfile == "staging")
        #expect(config.profiles.map(\.name) == ["staging", "acme-prod", "ci"])
        #expect(
            config.profiles[0]
                == Profile(
                    name: "staging", baseURL: "https://staging-api.example.net",
                    keySource: .file("/home/ana/.config/np6-subs/staging.key")))
        #expect(
            config.profiles[1]
                == Profile(
                    name: "acme-prod", baseURL: "https://api-cm.np6.com",
                    keySource: .command(["pass", "show", "np6/acme-prod"]), production: true, readOnly: true,
                    label: "ACME production"))
        #expect(config.profiles[2].baseURL == nil, "no base_url: the production server")
        #expect(config.profiles[2].keySource == .environment("NP6_CI_KEY"))
        #expect(config.warnings.isEmpty)
    }

    @Test(
        "malformed YAML is an error that names the line and the column",
        arguments: [
            ("profiles:\n  staging:\n    base_url: [unclosed\n", "c.yaml:"),
            ("profiles:\n  staging: {key_env: A\n", "c.yaml:"),
            ("default_profile: a\n\tprofiles: x\n", "c.yaml:"),
        ])
    func malformed(text: String, prefix: String) {
        do {
            _ = try ConfigFile.parse(text, path: "c.yaml")
            Issue.record("parsed: \(text)")
        } catch {
            #expect(error.description.hasPrefix(prefix), "\(error.description)")
            #expect(
                error.description.range(of: #"^c\.yaml:\d+:\d+: malformed YAML: "#, options: .regularExpression) != nil,
                "no line:column in \(error.description)")
        }
    }

    @Test("profiles share fields through an anchor and <<; a profile's own fields win")
    func anchorsAndMerges() throws {
        let text = """
            x-acme: &acme
              base_url: https://api-cm.np6.com
              key_command: [pass, show, np6/acme]
              production: true
            profiles:
              acme-prod:
                <<: *acme
                label: ACME
              acme-staging:
                <<: *acme
                production: false
                base_url: https://staging.example.net
            """
        let config = try ConfigFile.parse(text, path: "c.yaml")
        #expect(config.profiles.map(\.name) == ["acme-prod", "acme-staging"])
        #expect(config.profiles.map(\.baseURL) == ["https://api-cm.np6.com", "https://staging.example.net"])
        #expect(config.profiles.map(\.production) == [true, false])
        #expect(config.profiles.map(\.keySource) == Array(repeating: .command(["pass", "show", "np6/acme"]), count: 2))
        #expect(config.warnings.isEmpty, "an x- field is a place for anchors: \(config.warnings)")
        let typo = try ConfigFile.parse("defaults: &d {a: 1}\nprofiles: {}\n", path: "c.yaml")
        #expect(typo.warnings.count == 1 && typo.warnings[0].hasPrefix("c.yaml:1:1: "), "\(typo.warnings)")
    }

    @Test("an alias bomb, a key twice, an unknown alias: refused at path:line:column")
    func hostileYAML() {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        let cases = [
            (bomb, #"^c\.yaml:\d+:\d+: refused: its aliases would make more than 100,000 values"#),
            (
                "profiles:\n  a:\n    key_env: A\n    key_env: B\n",
                #"^c\.yaml:4:5: malformed YAML: key_env is given twice"#
            ),
            ("profiles:\n  a: *nowhere\n", #"^c\.yaml:2:6: malformed YAML: the alias \*nowhere names no anchor"#),
            ("profiles: {}\n---\nprofiles: {}\n", #"^c\.yaml:2:1: a second YAML document"#),
        ]
        for (text, pattern) in cases {
            do {
                _ = try ConfigFile.parse(text, path: "c.yaml")
                Issue.record("parsed: \(text.prefix(40))")
            } catch {
                #expect(
                    error.description.range(of: pattern, options: .regularExpression) != nil, "\(error.description)")
            }
        }
    }

    @Test("language: auto, en or fr; another word is a warning at its place with a suggestion, and the locale decides")
    func languageSetting() throws {
        #expect(try ConfigFile.parse("language: fr\n", path: "c.yaml").language == .fixed(.french))
        #expect(try ConfigFile.parse("language: auto\n", path: "c.yaml").language == .auto)
        #expect(try ConfigFile.parse("profiles: {}\n", path: "c.yaml").language == nil)
        let typo = try ConfigFile.parse("language: FR_fr\n", path: "c.yaml")
        #expect(typo.language == nil)
        #expect(typo.warnings == ["c.yaml:1:11: language must be one of auto, en, fr"], "\(typo.warnings)")
        let near = try ConfigFile.parse("language: frr\n", path: "c.yaml")
        #expect(near.warnings == ["c.yaml:1:11: language must be one of auto, en, fr; did you mean fr?"])
    }

    @Test("a wrong shape names where it is")
    func wrongShape() {
        do {
            _ = try ConfigFile.parse("profiles:\n  staging:\n    key_env: A\n    production: maybe\n", path: "c.yaml")
            Issue.record("accepted production: maybe")
        } catch {
            #expect(error.description == "c.yaml:4:17: production must be true or false")
        }
    }

    @Test(
        "an unknown field is a warning that suggests the nearest known one",
        arguments: [
            ("base-url", "did you mean base_url?"), ("key_fil", "did you mean key_file?"),
            ("readonly", "did you mean read_only?"),
            ("colour", "known: base_url"),
        ])
    func unknownField(field: String, suggestion: String) throws {
        let config = try ConfigFile.parse("profiles:\n  staging:\n    key_env: A\n    \(field): x\n", path: "c.yaml")
        #expect(config.warnings.count == 1)
        let warning = try #require(config.warnings.first)
        #expect(warning.hasPrefix("c.yaml:4:5: unknown field \"\(field)\" in profile \"staging\""), "\(warning)")
        #expect(warning.contains(suggestion), "\(warning)")
    }

    @Test(
        "a key written into the config is refused, with the three ways to give one",
        arguments: ["key", "api_key", "x-key", "token", "NP6_API_KEY", "headers", "credentials", "auth"])
    func keyInConfig(field: String) {
        do {
            _ = try ConfigFile.parse(
                "profiles:\n  staging:\n    base_url: https://x.example\n    \(field): s3cr3t-value\n", path: "c.yaml")
            Issue.record("a key in the config was accepted")
        } catch {
            #expect(error.description.contains("refuses keys in the config"))
            for source in ["key_file", "key_env", "key_command"] { #expect(error.description.contains(source)) }
            #expect(!error.description.contains("s3cr3t-value"), "the message repeats the key")
        }
    }

    @Test("a key pasted where key_env or key_file wants a name or a path is refused without being shown")
    func pastedKeys() {
        for field in ["key_env", "key_file"] {
            do {
                _ = try ConfigFile.parse("profiles:\n  a:\n    \(field): 9f8e7d6c-s3cr3t\n", path: "c.yaml")
                Issue.record("\(field) took a key")
            } catch {
                #expect(error.description.hasPrefix("c.yaml:3:"), "\(error)")
                #expect(!error.description.contains("9f8e7d6c"), "the message repeats the key")
            }
        }
        #expect(throws: Never.self) { try ConfigFile.parse("profiles:\n  a:\n    key_env: NP6_A_KEY\n", path: "c") }
        #expect(throws: Never.self) { try ConfigFile.parse("profiles:\n  a:\n    key_file: ~/k\n", path: "c") }
    }

    @Test(
        "a profile's name is letters, digits, '.', '_' and '-' (shells complete it), refused where it stands",
        arguments: ["\"$(touch${IFS}pwned)\"", "\"a b\"", "\"`id`\"", "\"-x\"", "\"a;b\"", "\"é\""])
    func unsafeProfileNames(name: String) {
        do {
            _ = try ConfigFile.parse("profiles:\n  \(name):\n    key_env: K\n", path: "c.yaml")
            Issue.record("the name \(name) was accepted")
        } catch {
            #expect(error.description.hasPrefix("c.yaml:2:3:"), "\(error)")
            #expect(error.description.contains("letters, digits, '.', '_' and '-'"))
        }
    }

    @Test("a profile needs exactly one key source")
    func oneKeySource() {
        #expect(throws: UsageError.self) {
            try ConfigFile.parse("profiles:\n  a:\n    base_url: https://x.example\n", path: "c.yaml")
        }
        do {
            _ = try ConfigFile.parse("profiles:\n  a:\n    key_env: A\n    key_file: /k\n", path: "c.yaml")
            Issue.record("two key sources accepted")
        } catch {
            #expect(error.description.contains("2 key sources (key_env, key_file); keep exactly one"))
        }
        #expect(throws: UsageError.self) {
            try ConfigFile.parse("profiles:\n  a:\n    key_command: []\n", path: "c.yaml")
        }
        #expect(throws: UsageError.self) {
            try ConfigFile.parse("profiles:\n  a:\n    key_command: pass show x\n", path: "c.yaml")
        }
    }

    @Test("a missing profile is an error that lists the ones that exist")
    func missingProfile() throws {
        let config = try ConfigFile.parse(Self.example, path: "c.yaml")
        do {
            _ = try config.requireProfile("prod")
            Issue.record("found a profile that is not there")
        } catch {
            #expect(error.description.contains("no profile \"prod\""))
            #expect(error.description.contains("staging, acme-prod, ci"))
        }
    }

    @Test("an empty file is no profile at all; the location follows XDG_CONFIG_HOME, else HOME")
    func emptyAndLocation() throws {
        #expect(try ConfigFile.parse("", path: "c.yaml").profiles.isEmpty)
        #expect(
            ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/ana"])
                == "/x/cfg/np6-subs/config.yaml")
        #expect(ConfigFile.path(environment: ["HOME": "/home/ana"]) == "/home/ana/.config/np6-subs/config.yaml")
        #expect(
            ConfigFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ana"])
                == "/home/ana/.config/np6-subs/config.yaml")
    }

    @Test("keys:, theme: and colors: are read with where each value stands; a wrong shape is a warning")
    func preferences() throws {
        let text = """
            theme: light
            keys:
              refresh: R
              quit: [Q, ctrl-q]
              confirmation.confirm: y
            colors: { production_band: "black on bright-red", match: magenta }
            """
        let config = try ConfigFile.parse(text, path: "c.yaml")
        #expect(config.warnings.isEmpty)
        #expect(config.theme == ConfigEntry.Value("light", line: 1, column: 8))
        #expect(config.keys.map(\.name) == ["refresh", "quit", "confirmation.confirm"])
        #expect(config.keys[1].values.map(\.text) == ["Q", "ctrl-q"])
        #expect(config.keys[1].line == 4 && config.keys[1].column == 3)
        #expect(config.keys[1].values[1].column == 13)
        // `y` would be a boolean to YAML 1.1: a key name is read as written.
        #expect(config.keys[2].values.map(\.text) == ["y"])
        #expect(config.colors.map(\.name) == ["production_band", "match"])
        #expect(config.colors[0].values.map(\.text) == ["black on bright-red"])

        let wrong = try ConfigFile.parse("keys: [R]\ncolors:\n  match: { a: b }\n", path: "c.yaml")
        #expect(
            wrong.warnings == [
                "c.yaml:1:7: keys: should map names to values, one per line (name: value); ignored",
                "c.yaml:3:10: colors: the value of match should be a word or a list of words; ignored",
            ])
        #expect(wrong.keys.isEmpty)
    }
}
