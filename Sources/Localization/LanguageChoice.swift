/// Which language the program speaks, and why: the config's `language:`, else the locale as
/// gettext reads it (`LANGUAGE` unless the locale is C, then `LC_ALL`, `LC_MESSAGES`, `LANG`).
/// No locale needs to be installed: the words come from the catalog, not from glibc.
public struct LanguageChoice: Sendable, Equatable {
    /// What decided it, for `doctor`.
    public enum Reason: Sendable, Equatable {
        case setting
        /// `variable=value` chose a language np6-subs speaks.
        case variable(name: String, value: String)
        /// The locale is C or POSIX (or unset): English, as every Unix program.
        case plainLocale(name: String?, value: String?)
        /// The locale's language is not one np6-subs speaks.
        case unknownLanguage(name: String, value: String)
    }

    public let language: Language
    public let reason: Reason

    public init(language: Language, reason: Reason) {
        self.language = language
        self.reason = reason
    }

    /// The locale variables in the order POSIX gives them precedence.
    static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    public static func resolve(setting: LanguageSetting?, environment: [String: String]) -> LanguageChoice {
        if case .fixed(let language)? = setting { return LanguageChoice(language: language, reason: .setting) }
        let locale = localeVariables.lazy.compactMap { name in
            environment[name].flatMap { $0.isEmpty ? nil : (name, $0) }
        }.first
        // gettext ignores LANGUAGE under the C locale (named C or POSIX, or none set), not under C.UTF-8.
        guard let (name, value) = locale, value != "C", value != "POSIX" else {
            return LanguageChoice(language: .english, reason: .plainLocale(name: locale?.0, value: locale?.1))
        }
        // gettext's LANGUAGE: a list (`fr:en`), its first language np6-subs speaks wins.
        if let list = environment["LANGUAGE"], !list.isEmpty {
            let spoken = list.split(separator: ":").lazy.compactMap { Language(localeName: String($0)) }.first
            if let spoken {
                return LanguageChoice(language: spoken, reason: .variable(name: "LANGUAGE", value: list))
            }
        }
        if value.hasPrefix("C.") {
            return LanguageChoice(language: .english, reason: .plainLocale(name: name, value: value))
        }
        guard let language = Language(localeName: value) else {
            return LanguageChoice(language: .english, reason: .unknownLanguage(name: name, value: value))
        }
        return LanguageChoice(language: language, reason: .variable(name: name, value: value))
    }

    /// `doctor`'s line: the language and what chose it.
    public var explanation: Message {
        switch reason {
        case .setting: .languageFromSetting(language.name)
        case .variable(let name, let value): .languageFromVariable(language.name, variable: "\(name)=\(value)")
        case .plainLocale(let name?, let value?): .languageFromPlainLocale(variable: "\(name)=\(value)")
        case .plainLocale: .languageWithoutLocale
        case .unknownLanguage(let name, let value): .languageUnknown(variable: "\(name)=\(value)")
        }
    }
}
