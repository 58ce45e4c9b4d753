import Localization
import Primitives

/// What the config file says: its profiles in file order and the one to use by default.
public struct ProfileConfig: Sendable, Equatable {
    /// Where it was read from, for messages.
    public var path: String
    public var defaultProfile: String?
    /// `language:` at the top: `auto` (the locale decides), `en` or `fr`; nil when not written.
    public var language: LanguageSetting?
    public var profiles: [Profile]
    /// The top-level `audit:`: profiles without their own inherit it when the file is read; a
    /// session without a profile uses it as it is.
    public var audit: AuditSection?
    /// `keys:`: command names (as the palette names them) to the keys that replace theirs; the
    /// browser's key map reads them (`KeyTable.customized`).
    public var keys: [ConfigEntry] = []
    /// `theme:` (dark, light, high-contrast, deuteranopia) and `colors:` (a colour per role).
    public var theme: ConfigEntry.Value?
    public var colors: [ConfigEntry] = []
    /// Unknown fields and other things worth fixing that do not stop the program.
    public var warnings: [String]

    public init(path: String, defaultProfile: String? = nil, profiles: [Profile] = [], warnings: [String] = []) {
        self.path = path
        self.defaultProfile = defaultProfile
        self.profiles = profiles
        self.warnings = warnings
    }

    public func profile(named name: String) -> Profile? { profiles.first { $0.name == name } }

    /// The profile `name`, or an error that lists the ones that exist.
    public func requireProfile(_ name: String) throws(UsageError) -> Profile {
        if let profile = profile(named: name) { return profile }
        let known = profiles.map(\.name)
        let list = (known.isEmpty ? Message.profilesNone : .profilesDefined(names: known.joined(separator: ", ")))
            .text()
        throw UsageError(
            Message.noProfileNamed(name: name, path: path, list: list, command: "`np6-subs profiles`").text())
    }
}
