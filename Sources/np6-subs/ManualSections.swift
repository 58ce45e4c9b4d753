import Browser
import Localization
import Scripts

/// The man page's sections beyond what swift-argument-parser writes from `--help`: ENVIRONMENT,
/// FILES, EXIT STATUS, KEYS (from the key map, so a new key is in the page) and EXAMPLES, in mdoc,
/// in the program's language (scripts/release makes the French page under LANG=fr_FR.UTF-8).
/// `np6-subs --manual-sections` prints them; `scripts/release` puts them into the generated page.
enum ManualSections {
    static var environment: [(name: String, meaning: String)] {
        [
            ("NP6_API_KEY", Message.manEnvAPIKey), ("NP6_BASE_URL", .manEnvBaseURL), ("NP6_PROFILE", .manEnvProfile),
            ("NP6_READ_ONLY", .manEnvReadOnly), ("NP6_AUDIT_LOG", .manEnvAuditLog), ("NP6_NO_MOUSE", .manEnvNoMouse),
            ("NP6_FRAME_TRACE", .manEnvFrameTrace),
            ("HTTPS_PROXY, https_proxy, ALL_PROXY, all_proxy, http_proxy", .manEnvProxy),
            ("NO_PROXY, no_proxy", .manEnvNoProxy), ("SSL_CERT_FILE, SSL_CERT_DIR", .manEnvCerts),
            ("XDG_CONFIG_HOME", .manEnvConfigHome), ("XDG_STATE_HOME", .manEnvStateHome),
            ("HOME, USER", .manEnvHomeUser), ("TERM, NO_COLOR", .manEnvTerm), ("TZ, TZDIR", .manEnvTimeZone),
            ("LANGUAGE, LC_ALL, LC_MESSAGES, LC_CTYPE, LANG", .manEnvLanguage), ("TMUX", .manEnvTmux),
            ("PAGER", .manEnvPager),
        ].map { ($0.0, $0.1.text()) }
    }

    static var files: [(path: String, meaning: String)] {
        [
            ("$XDG_CONFIG_HOME/np6-subs/config.yaml", Message.manFileConfig),
            ("$XDG_STATE_HOME/np6-subs/journal.jsonl", .manFileJournal),
            ("$XDG_STATE_HOME/np6-subs/runs/RUN.jsonl", .manFileRun),
            ("$XDG_STATE_HOME/np6-subs/recent-lookups.json", .manFileRecent),
            ("$XDG_STATE_HOME/np6-subs/demo/", .manFileDemo),
        ].map { ($0.0, $0.1.text()) }
    }

    static var examples: [(comment: String, command: String)] {
        [
            (Message.manExampleDemo, "np6-subs --demo"),
            (.manExampleBrowse, "np6-subs --profile acme-prod --unicity foobar"),
            (.manExampleList, "np6-subs list --unicity foobar --format json | jq '.[].id'"),
            (.manExampleDelete, "np6-subs delete --subscription 0581e259 --reason T-4711"),
            (.manExampleBatch, "np6-subs delete --from-file erasures.txt --dry-run"),
            (.manExampleJournal, "np6-subs journal --since 7d; np6-subs restore 1a2b3c4d"),
            (.manExampleRestoreRun, "np6-subs restore --run 20261130-221545-7336 --reason T-4712"),
            (.manExampleDoctor, "np6-subs doctor"),
        ].map { ($0.0.text(), $0.1) }
    }

    /// The sections, in mdoc, in the order man-pages(7) gives them.
    static func mdoc() -> String {
        var lines: [String] = [section(.manSectionEnvironment), ".Bl -tag -width Ds"]
        for variable in environment { lines += [".It Ev \(escaped(variable.name))", escaped(variable.meaning)] }
        lines += [".El", section(.manSectionFiles), ".Bl -tag -width Ds"]
        for file in files { lines += [".It Pa \(escaped(file.path))", escaped(file.meaning)] }
        lines += [".El", section(.manSectionExitStatus), ".Bl -tag -width Ds"]
        for exit in ScriptExit.allCases { lines += [".It \(exit.rawValue)", escaped(exit.meaning)] }
        lines += [".El", Message.manBrowserExit.text(), section(.manSectionKeys)]
        lines += keys()
        lines += [section(.manSectionExamples)]
        for example in examples {
            lines += [".Pp", escaped(example.comment), ".Bd -literal -offset indent", escaped(example.command), ".Ed"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every binding of the key map, by where it works, as the `?` overlay lists them.
    static func keys() -> [String] {
        var lines = [Message.manKeysIntro.text()]
        var contexts: [KeyContext] = []
        for binding in KeyMap.bindings where !contexts.contains(binding.context) { contexts.append(binding.context) }
        for context in contexts {
            lines += [
                ".Ss \(escaped(context.title.prefix(1).uppercased() + context.title.dropFirst()))",
                ".Bl -tag -width Ds",
            ]
            for binding in KeyMap.bindings where binding.context == context {
                lines += [".It Sy \(escaped(binding.label))", escaped(binding.help)]
            }
            lines.append(".El")
        }
        return lines
    }

    /// Every character outside ASCII as `@@uXXXX@@`, which scripts/release turns into groff's
    /// `\[uXXXX]` after the manual generator (which keeps ASCII only) has written the page.
    static func asciiMarked(_ text: String) -> String {
        var marked = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                marked.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                marked += "@@u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "@@"
            }
        }
        return marked
    }

    /// `.Sh NAME` in the program's language.
    static func section(_ name: Message) -> String { ".Sh \(name.text())" }

    /// A text line as mdoc reads it: a backslash is `\e`, and a line that would start a request
    /// (`.` or `'`) is guarded with `\&`.
    static func escaped(_ text: String) -> String {
        let guarded = text.replacingAll("\\", with: "\\e")
        return guarded.hasPrefix(".") || guarded.hasPrefix("'") ? "\\&" + guarded : guarded
    }
}
