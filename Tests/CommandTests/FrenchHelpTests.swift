import ArgumentParser
import Localization
import TestTags
import Testing

@testable import np6_subs

/// `--help` in French: the program's words from the catalog and swift-argument-parser's own
/// headings and option words said by `HelpWords`, so no English line is left; in English the
/// library's text is untouched.
@Suite("--help in the program's language", .tags(.unit))
struct FrenchHelpTests {
    static let commands: [any ParsableCommand.Type] = [
        BrowseCommand.self, ListCommand.self, ShowCommand.self, DeleteCommand.self, JournalCommand.self,
        RestoreCommand.self, ProfilesCommand.self, ConfigCommand.self, DoctorCommand.self,
    ]

    /// English words that only an untranslated help would hold (option names and values such as
    /// `--from-file`, `table` or `unicity` are the same in both languages).
    static let englishWords = [
        "OVERVIEW", "USAGE", "SUBCOMMANDS", "Show ", "Open on", "Only entries", "Delete ", "the contact", " the ",
        "default:", "for detailed help", "Confirm without",
    ]

    @Test("every subcommand's --help in French holds none of the English words", arguments: 0..<9)
    func french(index: Int) {
        let command = Self.commands[index]
        let help = Localization.with(.french) { HelpWords.localized(NP6SubsCommand.helpMessage(for: command)) }
        for word in Self.englishWords {
            #expect(!help.contains(word), "\(command): \(word)\n\(help)")
        }
        #expect(help.contains("UTILISATION\u{00A0}:") && help.contains("Affiche cette aide."), "\(help)")
    }

    @Test("in English the help is swift-argument-parser's, word for word")
    func englishUntouched() {
        let help = Localization.with(.english) { NP6SubsCommand.helpMessage(for: DeleteCommand.self) }
        #expect(HelpWords.localized(help, in: .english) == help)
        #expect(help.contains("USAGE: np6-subs delete") && help.contains("Show help information."))
    }

    @Test("for the manual generator, which keeps ASCII only, every other character is marked for groff")
    func asciiMarks() {
        #expect(ManualSections.asciiMarked("périmés d’un ✓") == "p@@u00E9@@rim@@u00E9@@s d@@u2019@@un @@u2713@@")
        #expect(ManualSections.asciiMarked("plain") == "plain")
    }

    @Test("a usage error's lines in French: Erreur, Utilisation, Voir")
    func usageError() {
        let text = """
            Error: --jobs must be between 1 and 16, not 99.
            Usage: np6-subs list <options>
              See 'np6-subs list --help' for more information.
            """
        #expect(
            HelpWords.localized(text, in: .french) == """
                Erreur\u{00A0}: --jobs must be between 1 and 16, not 99.
                Utilisation\u{00A0}: np6-subs list <options>
                  Voir « np6-subs list --help » pour en savoir plus.
                """)
    }
}
