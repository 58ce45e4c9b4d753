import TestTags
import Testing

@testable import Localization

@Suite("Choosing the language as Unix programs do", .tags(.unit))
struct LanguageChoiceTests {
    static func language(_ environment: [String: String], setting: LanguageSetting? = nil) -> Language {
        LanguageChoice.resolve(setting: setting, environment: environment).language
    }

    @Test(
        "the config's setting, then LC_ALL, LC_MESSAGES, LANG; C, POSIX and unknown languages are English",
        arguments: [
            (["LANG": "fr_FR.UTF-8"], Language.french),
            (["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"], .english),
            (["LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8", "LC_ALL": ""], .french),
            (["LC_ALL": "fr_BE@euro", "LANG": "en_US.UTF-8"], .french),
            (["LC_ALL": "C", "LANG": "fr_FR.UTF-8"], .english),
            (["LANG": "POSIX"], .english),
            (["LANG": "C.UTF-8"], .english),
            (["LANG": "de_DE.UTF-8"], .english),
            ([:], .english),
        ])
    func order(environment: [String: String], expected: Language) {
        #expect(Self.language(environment) == expected)
    }

    @Test("LANGUAGE as gettext reads it: its first spoken language, ignored under the C locale")
    func gnuLanguageList() {
        #expect(Self.language(["LANG": "en_US.UTF-8", "LANGUAGE": "fr:en"]) == .french)
        #expect(Self.language(["LANG": "fr_FR.UTF-8", "LANGUAGE": "de:en_GB"]) == .english)
        #expect(Self.language(["LANG": "fr_FR.UTF-8", "LANGUAGE": "de"]) == .french, "nothing spoken: the locale")
        #expect(Self.language(["LANG": "C", "LANGUAGE": "fr"]) == .english)
        #expect(Self.language(["LANGUAGE": "fr"]) == .english, "no locale is the C locale")
        #expect(Self.language(["LANG": "C.UTF-8", "LANGUAGE": "fr"]) == .french, "C.UTF-8 is not C to gettext")
        #expect(Self.language([:], setting: .fixed(.french)) == .french)
        #expect(Self.language(["LANG": "fr_FR.UTF-8"], setting: .fixed(.english)) == .english)
        #expect(Self.language(["LANG": "fr_FR.UTF-8"], setting: .auto) == .french)
    }

    @Test("doctor says what chose it, in the language chosen")
    func explanation() {
        let choice = LanguageChoice.resolve(setting: nil, environment: ["LANG": "fr_FR.UTF-8"])
        #expect(choice.explanation.text(in: .french) == "français, d’après LANG=fr_FR.UTF-8")
        let unknown = LanguageChoice.resolve(setting: nil, environment: ["LC_ALL": "de_DE.UTF-8"])
        #expect(unknown.explanation.text(in: .english).contains("does not speak the language of LC_ALL=de_DE.UTF-8"))
        let set = LanguageChoice.resolve(setting: .fixed(.french), environment: [:])
        #expect(set.explanation.text(in: .french).contains("language:"))
        #expect(LanguageSetting(word: "fr") == .fixed(.french) && LanguageSetting(word: "french") == nil)
    }
}
