import Localization

/// The language the program speaks: the config file's `language:`, else the locale. Read before
/// anything is printed; a config file that cannot be read leaves the locale to decide (its error
/// is the command's to report, in that language).
public enum ProgramLanguage {
    public static func choose(environment: [String: String]) -> LanguageChoice {
        let setting = (try? ConfigFile.load(environment: environment))??.language
        return LanguageChoice.resolve(setting: setting, environment: environment)
    }
}
