import Essentials
import Localization
import NP6
import Settings

extension Doctor {
    /// The config file: it parses (with its warnings), or there is none.
    static func configStep(environment: [String: String], report: DoctorReport) throws(OutputError) -> Result<
        ProfileConfig?, UsageError
    > {
        let step = Message.doctorStepConfig.text()
        let configPath = ConfigFile.path(environment: environment)
        let loaded = Result(catching: { () throws(UsageError) in try ConfigFile.load(environment: environment) })
        switch loaded {
        case .success(let config?):
            let warnings =
                config.warnings.isEmpty ? "" : Message.doctorConfigWarnings(count: config.warnings.count).text()
            try report.report(
                .pass(
                    step,
                    Message.doctorConfigParses(path: configPath, profiles: config.profiles.count).text() + warnings))
            for warning in config.warnings {
                try report.detail("    " + Message.doctorWarningLine(warning: UntrustedText.sanitized(warning)).text())
            }
        case .success(nil):
            try report.report(
                .pass(step, Message.doctorConfigNone(path: configPath, command: "np6-subs config init").text()))
        case .failure(let error):
            try report.report(
                .fail(step, error.description, fix: Message.doctorConfigFix(command: "np6-subs config path").text()))
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
        let step = Message.doctorStepProfile.text()
        guard case .success(let config) = config else {
            try report.skip(step, because: Message.doctorConfigUnusable.text())
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
                    .pass(
                        step,
                        Message.doctorProfileFrom(
                            name: profile.name + label, origin: origin, host: plan.baseURL.displayHost
                        ).text()))
            } else {
                try report.report(.pass(step, Message.doctorProfileNone(host: plan.baseURL.displayHost).text()))
            }
            for notice in plan.notices {
                try report.detail("    " + Message.doctorNoteLine(note: UntrustedText.sanitized(notice)).text())
            }
            return plan
        case .failure(let error):
            try report.report(
                .fail(step, error.description, fix: Message.doctorProfileFix(command: "np6-subs profiles").text()))
            return nil
        }
    }

    /// The key, read from its source (never printed).
    static func keyStep(_ plan: ConnectionPlan?, environment: [String: String], report: DoctorReport)
        async throws(OutputError) -> APIKey?
    {
        let step = Message.doctorStepKey.text()
        guard let plan else {
            try report.skip(step, because: Message.doctorNoProfileForKey.text())
            return nil
        }
        guard let source = plan.keySource, let origin = plan.keyOrigin else {
            try report.report(
                .fail(step, Message.doctorNoKeyNamed.text(), fix: Message.doctorNoKeyFix.text()))
            return nil
        }
        let connected: Result<Connection, UsageError>
        do { connected = .success(try await plan.connect(environment: environment)) } catch {
            connected = .failure(error)
        }
        switch connected {
        case .success(let connection):
            try report.report(.pass(step, Message.doctorKeyRead(location: source.location, origin: origin).text()))
            return connection.apiKey
        case .failure(let error):
            try report.report(.fail(step, error.description, fix: keyFix(source)))
            return nil
        }
    }
}
