import FoundationEssentials
import Localization

/// swift-argument-parser writes its headings (`OVERVIEW:`, `USAGE:`, `OPTIONS:`…), its own
/// options' words and its error lines in English. In another language they are said from the
/// catalog here, line by line, so that `--help` and a usage error read in one language; the
/// program's own words in them come from the catalog already.
enum HelpWords {
    static func localized(_ text: String, in language: Language = Localization.current) -> String {
        guard language != .english else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            localizedLine(String($0), in: language)
        }.joined(separator: "\n")
    }

    /// A line's heading (at its start), the library's option words, `See '…' for …` and the
    /// labels of an option's values.
    static func localizedLine(_ line: String, in language: Language) -> String {
        var line = line
        let headings: [Message] = [
            .helpHeadingOverview, .helpHeadingUsage, .helpHeadingOptions, .helpHeadingArguments,
            .helpHeadingSubcommands, .helpUsageShort, .helpErrorPrefix,
        ]
        if let heading = headings.first(where: { line.hasPrefix($0.text(in: .english)) }) {
            line = heading.text(in: language) + line.dropFirst(heading.text(in: .english).count)
        }
        for phrase in [Message.helpShowVersion, .helpShowHelp, .helpHelpAbstract] {
            line = line.replacingAll(phrase.text(in: .english), with: phrase.text(in: language))
        }
        if let match = line.firstMatch(of: /See '([^']+)' for detailed help\./) {
            line.replaceSubrange(
                match.range, with: Message.helpSeeSubcommand(command: String(match.1)).text(in: language))
        }
        if let match = line.firstMatch(of: /See '([^']+)' for more information\./) {
            line.replaceSubrange(match.range, with: Message.helpSeeMore(command: String(match.1)).text(in: language))
        }
        // `(values: table, json, csv; default: table)`, which the library may wrap before `default:`.
        if line.contains("(" + Message.helpValuesLabel.text(in: .english) + " ") {
            // The list's own `;` is set apart as the language sets it (French: a no-break space).
            let separator = Message.helpDefaultLabel.text(in: language).hasSuffix("\u{00A0}:") ? "\u{00A0};" : ";"
            line = line.replacingAll(";", with: separator)
        }
        for label in [Message.helpDefaultLabel, .helpValuesLabel] {
            let english = label.text(in: .english) + " "
            for prefix in ["(", "; "] {
                line = line.replacingAll(prefix + english, with: prefix + label.text(in: language) + " ")
            }
            if line.trimmingWhitespace().hasPrefix(english), let start = line.firstRange(of: english) {
                line.replaceSubrange(start, with: label.text(in: language) + " ")
            }
        }
        return line
    }
}
