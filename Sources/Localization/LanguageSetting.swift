/// The config file's `language:`: a language, or `auto` (the default) to follow the locale.
public enum LanguageSetting: Sendable, Equatable {
    case auto
    case fixed(Language)

    /// The words the config accepts.
    public static let words = ["auto"] + Language.allCases.map(\.rawValue)

    public init?(word: String) {
        if word == "auto" {
            self = .auto
        } else if let language = Language(rawValue: word) {
            self = .fixed(language)
        } else {
            return nil
        }
    }
}
