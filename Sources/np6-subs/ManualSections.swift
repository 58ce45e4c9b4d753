import Browser
import Scripts

/// The man page's sections beyond what swift-argument-parser writes from `--help`: ENVIRONMENT,
/// FILES, EXIT STATUS, KEYS (from the key map, so a new key is in the page) and EXAMPLES, in mdoc.
/// `np6-subs --manual-sections` prints them; `scripts/release` puts them into the generated page.
enum ManualSections {
    static let environment: [(name: String, meaning: String)] = [
        ("NP6_API_KEY", "The API key, when no profile or --key-file names another source. Never shown or logged."),
        ("NP6_BASE_URL", "The API's base URL (default https://api-cm.np6.com); --base-url wins."),
        ("NP6_PROFILE", "The config profile to use when --profile is not given."),
        ("NP6_READ_ONLY", "1: nothing can be deleted or re-created (as --read-only), whatever the profile says."),
        ("NP6_AUDIT_LOG", "A file that receives every journal line too (as --audit-log)."),
        ("NP6_NO_MOUSE", "1: leave the mouse to the terminal (as --no-mouse)."),
        ("HTTPS_PROXY, https_proxy, ALL_PROXY, all_proxy, http_proxy", "The proxy, as curl reads them."),
        ("NO_PROXY, no_proxy", "Hosts reached without the proxy, as curl reads it."),
        ("SSL_CERT_FILE, SSL_CERT_DIR", "Where the trusted certificate authorities are, as OpenSSL reads them."),
        ("XDG_CONFIG_HOME", "Where the config file is (default ~/.config)."),
        ("XDG_STATE_HOME", "Where the journal, the batch runs and the recent lookups are (default ~/.local/state)."),
        ("HOME, USER", "The defaults of the two above, and the operator the journal records."),
        ("TERM, NO_COLOR", "The terminal's capabilities; NO_COLOR set: no colours, every role still distinct."),
        (
            "LANGUAGE, LC_ALL, LC_MESSAGES, LC_CTYPE, LANG",
            """
            The language of the words (after the config file's language:): LANGUAGE as gettext reads it, then \
            LC_ALL, LC_MESSAGES, LANG; C, POSIX or a language np6-subs does not speak means English. No French \
            locale need be installed. The character set: UTF-8, even when the locale named is not installed.
            """
        ),
        ("TMUX", "Inside tmux, a copy goes into its paste buffer too."),
    ]

    static let files: [(path: String, meaning: String)] = [
        (
            "$XDG_CONFIG_HOME/np6-subs/config.yaml",
            "The profiles (np6-subs config path prints it; config init writes one)."
        ),
        (
            "$XDG_STATE_HOME/np6-subs/journal.jsonl",
            "The write-ahead journal: every delete and re-creation, before it is sent."
        ),
        (
            "$XDG_STATE_HOME/np6-subs/runs/RUN.jsonl",
            "A batch run's plan, the subscriptions' JSON as fetched (--resume reads it)."
        ),
        ("$XDG_STATE_HOME/np6-subs/recent-lookups.json", "The browser's recent lookups (↑ in the prompt)."),
        ("$XDG_STATE_HOME/np6-subs/demo/", "The --demo sessions' journal and lookups, kept apart (journal --demo)."),
    ]

    static let examples: [(comment: String, command: String)] = [
        ("Try it on the built-in sandbox, without a key:", "np6-subs --demo"),
        ("Open the browser on a contact, under a profile:", "np6-subs --profile acme-prod --unicity foobar"),
        ("One contact's subscriptions for a script:", "np6-subs list --unicity foobar --format json | jq '.[].id'"),
        ("Delete one subscription, with the ticket:", "np6-subs delete --subscription 0581e259 --reason T-4711"),
        ("See the plan of a batch, then run it:", "np6-subs delete --from-file erasures.txt --dry-run"),
        ("What was deleted this week, and undo an entry:", "np6-subs journal --since 7d; np6-subs restore 1a2b3c4d"),
        ("Re-create what a batch run deleted:", "np6-subs restore --run 20261130-221545-7336 --reason T-4712"),
        ("Check the set-up when something fails:", "np6-subs doctor"),
    ]

    /// The sections, in mdoc, in the order man-pages(7) gives them.
    static func mdoc() -> String {
        var lines: [String] = [".Sh ENVIRONMENT", ".Bl -tag -width Ds"]
        for variable in environment { lines += [".It Ev \(escaped(variable.name))", escaped(variable.meaning)] }
        lines += [".El", ".Sh FILES", ".Bl -tag -width Ds"]
        for file in files { lines += [".It Pa \(escaped(file.path))", escaped(file.meaning)] }
        lines += [".El", ".Sh EXIT STATUS", ".Bl -tag -width Ds"]
        for exit in ScriptExit.allCases { lines += [".It \(exit.rawValue)", escaped(exit.meaning)] }
        lines += [".El", "The browser ends with 0, or 2 on a usage error.", ".Sh KEYS"]
        lines += keys()
        lines += [".Sh EXAMPLES"]
        for example in examples {
            lines += [".Pp", escaped(example.comment), ".Bd -literal -offset indent", escaped(example.command), ".Ed"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every binding of the key map, by where it works, as the `?` overlay lists them.
    static func keys() -> [String] {
        var lines = ["The browser's keys, by where they work (the ? overlay lists them too)."]
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

    /// A text line as mdoc reads it: a backslash is `\e`, and a line that would start a request
    /// (`.` or `'`) is guarded with `\&`.
    static func escaped(_ text: String) -> String {
        let guarded = text.replacingOccurrences(of: "\\", with: "\\e")
        return guarded.hasPrefix(".") || guarded.hasPrefix("'") ? "\\&" + guarded : guarded
    }
}
