extension Message {
    /// `doctor`'s name for its language line.
    public static let languageLabel = Message(.languageLabel)

    static func languageFromSetting(_ language: String) -> Message {
        Message(.languageFromSetting, ["language": .text(language), "setting": .text("language:")])
    }

    static func languageFromVariable(_ language: String, variable: String) -> Message {
        Message(.languageFromVariable, ["language": .text(language), "variable": .text(variable)])
    }

    static func languageFromPlainLocale(variable: String) -> Message {
        Message(.languageFromPlainLocale, ["variable": .text(variable)])
    }

    static let languageWithoutLocale = Message(.languageWithoutLocale)

    static func languageUnknown(variable: String) -> Message {
        Message(
            .languageUnknown,
            [
                "variable": .text(variable),
                "languages": .text(Language.allCases.map(\.rawValue).joined(separator: ", ")),
            ])
    }

    /// The config's `language:` holds something else.
    public static let languageSettingInvalid = Message(
        .languageSettingInvalid,
        ["setting": .text("language"), "choices": .text(LanguageSetting.words.joined(separator: ", "))])
}
