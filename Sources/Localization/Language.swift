/// A language np6-subs speaks. Adding one means a case here and a table in `Tables/`.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case english = "en"
    case french = "fr"

    /// The language's own name, as `doctor` and the config's messages write it.
    public var name: String {
        switch self {
        case .english: "English"
        case .french: "français"
        }
    }

    /// Its table of every message.
    var table: [MessageID: String] {
        switch self {
        case .english: EnglishTable.entries
        case .french: FrenchTable.entries
        }
    }

    /// Its table parsed once: the key line, the header and every list row render messages each
    /// frame, and a template was parsed again at every one.
    var templates: [MessageID: Template] {
        switch self {
        case .english: Self.englishTemplates
        case .french: Self.frenchTemplates
        }
    }

    private static let englishTemplates = EnglishTable.entries.mapValues(Template.init)
    private static let frenchTemplates = FrenchTable.entries.mapValues(Template.init)

    /// The language of a locale or `LANGUAGE` entry (`fr_FR.UTF-8`, `fr-CA`, `fr@euro`, `en`),
    /// nil for one np6-subs does not speak.
    public init?(localeName: String) {
        let code = localeName.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }
}
