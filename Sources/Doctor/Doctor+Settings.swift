import Essentials
import Localization
import NP6
import Settings

extension Doctor {
    /// The config file: it parses (with its warnings), or there is none.
    static func configStep(environment: [String: String], report: DoctorReport) throws(OutputError) -> Result<
        ProfileConfig?, UsageError
    > {
        let configPath = ConfigFile.path(environment: environment)
        let loaded = Result(catching: { () throws(UsageError) in try ConfigFile.load(environment: environment) })
        switch loaded {
        case .success(let config?):
            let warnings =
                config.warnings.isEmpty ? "" : " with \(CountText.of(config.warnings.count, "warning")) (below)"
            try report.report(
                .pass("config", "\(configPath) parses: \(CountText.of(config.profiles.count, "profile"))\(warnings)"))
            for warning in config.warnings { try report.detail("    warning: \(UntrustedText.sanitized(warning))") }
        case .success(nil):
            try report.report(
                .pass(
                    "config", "no file at \(configPath): flags and environment only (np6-subs config init writes one)"))
        case .failure(let error):
            try report.report(
                .fail("config", error.description, fix: "correct the file at the place named (np6-subs config path)"))
        }
        let setting = (try? loaded.get())??.language
        let language = LanguageChoice.resolve(setting: setting, environment: environment)
        try report.report(.pass(Message.languageLabel.text(), language.explanation.text()))
        return loaded
    }

    /// The profile in use and where it was chosen, or none.
    static func profileStep(
        _ flags: ConnectionResolver.Flags, config: Result<ProfileConfig?, UsageError>, environment: [String: String],
        report: DoctorReport
    ) throws(OutputError) -> ConnectionPlan? {
        guard case .success(let config) = config else {
            try report.skip("profile", because: "the config file cannot be used")
            return nil
        }
        switch Result(catching: { () throws(UsageError) in
            try ConnectionResolver.plan(flags, environment: environment, config: config)
        }) {
        case .success(let plan):
            if let profile = plan.profile {
                let origin =
                    flags.profile != nil
                    ? "--profile" : !(environment["NP6_PROFILE"] ?? "").isEmpty ? "NP6_PROFILE" : "default_profile"
                let label = profile.label.map { " (\($0))" } ?? ""
                try report.report(
                    .pass("profile", "\(profile.name)\(label) from \(origin), \(plan.baseURL.displayHost)"))
            } else {
                try report.report(.pass("profile", "none in use, \(plan.baseURL.displayHost)"))
            }
            for notice in plan.notices { try report.detail("    note: \(UntrustedText.sanitized(notice))") }
            return plan
        case .failure(let error):
            try report.report(
                .fail(
                    "profile", error.description,
                    fix: "np6-subs profiles lists the profiles; pick one with --profile NAME"))
            return nil
        }
    }

    /// The key, read from its source (never printed).
    static func keyStep(_ plan: ConnectionPlan?, environment: [String: String], report: DoctorReport)
        async throws(OutputError) -> APIKey?
    {
        guard let plan else {
            try report.skip("key", because: "no profile to read it from")
            return nil
        }
        guard let source = plan.keySource, let origin = plan.keyOrigin else {
            try report.report(
                .fail(
                    "key", "nothing names a key",
                    fix: "set NP6_API_KEY, pass --key-file PATH, or give the profile a key_file, key_env or key_command"
                ))
            return nil
        }
        let connected: Result<Connection, UsageError>
        do { connected = .success(try await plan.connect(environment: environment)) } catch {
            connected = .failure(error)
        }
        switch connected {
        case .success(let connection):
            try report.report(.pass("key", "read from \(source.location) (\(origin))"))
            return connection.apiKey
        case .failure(let error):
            try report.report(.fail("key", error.description, fix: keyFix(source)))
            return nil
        }
    }
}
