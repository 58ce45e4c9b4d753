import Browser
import Localization
import NP6
import Settings

/// What `P` needs to move the session to another profile: the config's profiles, start's flags
/// (`--ca-file`, `--proxy`, `--no-proxy` still hold), and how a session is built (reading the
/// profile's key, running its command if it has one).
struct ProfileSwitcher: Sendable {
    let profiles: [Profile]
    let flags: ConnectionResolver.Flags
    let builder: SessionBuilder
    let browserEnvironment: BrowserEnvironment

    func session(for name: String) async -> Result<(EffectRunner.Session, BrowserConnection), UsageError> {
        guard let profile = profiles.first(where: { $0.name == name }) else {
            return .failure(UsageError(Message.noSuchProfile(name: name).text()))
        }
        let environment = builder.environment
        do throws(UsageError) {
            let connection = try await ConnectionResolver.plan(profile: profile, flags: flags, environment: environment)
                .connect(environment: environment)
            let session = builder.session(for: connection, apiKey: try connection.requiredKey())
            let shown = browserEnvironment.connection(
                for: Self.choice(profile), baseURL: connection.baseURL,
                keyExpression: connection.keySource?.shellExpression ?? BrowserConnection.defaultKeyExpression)
            return .success((session, shown))
        } catch {
            return .failure(error)
        }
    }

    /// A profile as the browser shows it: never its key, only the kind of its source.
    static func choice(_ profile: Profile) -> ProfileChoice {
        let host =
            (try? NP6BaseURL(profile.baseURL ?? ConnectionResolver.defaultBaseURL))?.displayHost ?? profile.baseURL
            ?? "?"
        return ProfileChoice(
            name: profile.name, label: profile.label, host: host, keySourceKind: profile.keySource.kind,
            production: profile.production,
            readOnly: profile.readOnly)
    }
}
