import Foundation
import NP6
import Settings
import TestTags
import Testing

@Suite("Layering: flags, then the environment, then the profile, then the defaults", .tags(.unit))
struct LayeringTests {
    static let config = ProfileConfig(
        path: "c.yaml", defaultProfile: "staging",
        profiles: [
            Profile(name: "staging", baseURL: "https://staging.example.net", keySource: .environment("STAGING_KEY")),
            Profile(name: "prod", keySource: .file("/keys/prod"), production: true, readOnly: true),
        ])

    static func plan(
        _ flags: ConnectionResolver.Flags = .init(), _ environment: [String: String] = [:],
        config: ProfileConfig? = config
    ) throws(UsageError)
        -> ConnectionPlan
    {
        try ConnectionResolver.plan(flags, environment: environment, config: config)
    }

    @Test("without flags or variables the default profile decides everything")
    func defaultProfile() throws {
        let plan = try Self.plan()
        #expect(plan.profile?.name == "staging")
        #expect(plan.baseURL.description == "https://staging.example.net")
        #expect(plan.keySource == .environment("STAGING_KEY"))
        #expect(plan.keyOrigin == "profile \"staging\"")
        #expect(plan.notices.isEmpty)
    }

    @Test("NP6_PROFILE picks another; a profile without base_url is the production server")
    func environmentProfile() throws {
        let plan = try Self.plan(.init(), ["NP6_PROFILE": "prod"])
        #expect(plan.profile?.name == "prod")
        #expect(plan.baseURL == .production)
        #expect(plan.keySource == .file("/keys/prod"))
    }

    @Test("NP6_BASE_URL and NP6_API_KEY beat the profile, and say so")
    func environmentBeatsProfile() throws {
        let plan = try Self.plan(.init(), ["NP6_BASE_URL": "http://127.0.0.1:9", "NP6_API_KEY": "k"])
        #expect(plan.baseURL.description == "http://127.0.0.1:9")
        #expect(plan.keySource == .environment("NP6_API_KEY"))
        #expect(plan.notices.count == 2)
        #expect(plan.notices.allSatisfy { $0.contains("profile \"staging\"") })
    }

    @Test("a profile whose key_env is NP6_API_KEY is not said to be overridden by NP6_API_KEY")
    func sameVariableIsNoOverride() throws {
        let config = ProfileConfig(
            path: "c.yaml", defaultProfile: "ci",
            profiles: [Profile(name: "ci", baseURL: "https://ci.example.net", keySource: .environment("NP6_API_KEY"))])
        let plan = try Self.plan(.init(), ["NP6_API_KEY": "k"], config: config)
        #expect(plan.keySource == .environment("NP6_API_KEY"))
        #expect(plan.notices.isEmpty, "\(plan.notices)")
    }

    @Test("the message when nothing names a key is one line")
    func noKeyMessageIsOneLine() async {
        do {
            _ = try await Self.plan(.init(), [:], config: nil).connect(environment: [:])
            Issue.record("connected without a key")
        } catch {
            #expect(error.description.contains("np6-subs --demo"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("--profile is a flag: its base URL and key beat the environment's; --base-url and --key-file beat it")
    func profileFlag() throws {
        let environment = ["NP6_BASE_URL": "http://127.0.0.1:9", "NP6_API_KEY": "k", "NP6_PROFILE": "staging"]
        let chosen = try Self.plan(.init(profile: "prod"), environment)
        #expect(chosen.profile?.name == "prod")
        #expect(chosen.baseURL == .production)
        #expect(chosen.keySource == .file("/keys/prod"))
        #expect(chosen.notices.isEmpty)
        let overridden = try Self.plan(
            .init(baseURL: "http://localhost:8", keyFile: "/k", profile: "prod"), environment)
        #expect(overridden.baseURL.description == "http://localhost:8")
        #expect(overridden.keySource == .file("/k"))
        #expect(overridden.keyOrigin == "--key-file")
        #expect(overridden.profile?.name == "prod", "the profile still marks the session (production, read-only)")
    }

    @Test("without a config file everything works as before: flags, environment, defaults")
    func noConfig() throws {
        let plan = try Self.plan(.init(), ["NP6_API_KEY": "k"], config: nil)
        #expect(plan.profile == nil)
        #expect(plan.baseURL == .production)
        #expect(plan.keySource == .environment("NP6_API_KEY"))
        let none = try Self.plan(.init(), [:], config: nil)
        #expect(none.keySource == nil)
    }

    @Test("a profile named without a config file, or missing from it, is an error that says what exists")
    func missing() {
        for (flags, environment, config) in [
            (ConnectionResolver.Flags(profile: "prod"), [String: String](), ProfileConfig?.none),
            (.init(), ["NP6_PROFILE": "prod"], nil),
            (.init(profile: "qa"), [:], Self.config),
            (.init(), ["NP6_PROFILE": "qa"], Self.config),
        ] {
            do {
                _ = try Self.plan(flags, environment, config: config)
                Issue.record("resolved \(flags) \(environment)")
            } catch {
                #expect(
                    error.description.contains(config == nil ? "config init" : "staging, prod"), "\(error.description)")
            }
        }
    }

    @Test("a switch in the browser takes the profile alone")
    func switching() throws {
        let plan = try ConnectionResolver.plan(profile: Self.config.profiles[1], environment: [:])
        #expect(plan.baseURL == .production)
        #expect(plan.keySource == .file("/keys/prod"))
        #expect(plan.profile?.production == true)
    }

    @Test("a switch keeps start's --no-proxy, --proxy and --ca-file: they say how this machine reaches any server")
    func switchingKeepsStartFlags() throws {
        let ca = NSTemporaryDirectory() + "np6-switch-ca-\(getpid()).pem"
        #expect(FileManager.default.createFile(atPath: ca, contents: Data("-----BEGIN CERTIFICATE-----\n".utf8)))
        defer { unlink(ca) }
        let environment = ["HTTPS_PROXY": "http://proxy.internal:3128"]
        let profile = Self.config.profiles[1]
        let plain = try ConnectionResolver.plan(profile: profile, environment: environment)
        #expect(plain.proxy?.display == "http://proxy.internal:3128", "without flags, the environment's proxy")
        let noProxy = try ConnectionResolver.plan(
            profile: profile, flags: .init(caFile: ca, noProxy: true), environment: environment)
        #expect(noProxy.proxy == nil, "--no-proxy holds after the switch")
        #expect(noProxy.trustRoots == [ca], "--ca-file holds after the switch")
        let explicit = try ConnectionResolver.plan(
            profile: profile, flags: .init(proxy: "http://other:8080"), environment: environment)
        #expect(explicit.proxy?.display == "http://other:8080")
    }

    @Test("write access: --read-only and NP6_READ_ONLY cannot be lifted; --read-write lifts a profile's read_only")
    func writeAccess() {
        let plain = ConnectionResolver.writeAccess(readOnlyFlag: false, readWrite: false, environment: [:])
        #expect(plain.decision(profile: "staging", profileReadOnly: false) == .allowed)
        #expect(plain.decision(profile: "prod", profileReadOnly: true) == .profileReadOnly(profile: "prod"))
        let lifted = ConnectionResolver.writeAccess(readOnlyFlag: false, readWrite: true, environment: [:])
        #expect(lifted.decision(profile: "prod", profileReadOnly: true) == .allowedOverridingProfile)
        let variable = ConnectionResolver.writeAccess(
            readOnlyFlag: false, readWrite: true, environment: ["NP6_READ_ONLY": "yes"])
        #expect(
            variable.decision(profile: "staging", profileReadOnly: false).refusal?.hasPrefix("NP6_READ_ONLY is set")
                == true)
        let flag = ConnectionResolver.writeAccess(readOnlyFlag: true, readWrite: true, environment: [:])
        #expect(flag.decision(profile: nil, profileReadOnly: false) == .forcedReadOnly(by: "--read-only"))
    }

    @Test("a bad base URL is blamed on whoever gave it")
    func badBaseURLOrigin() {
        let cases: [(ConnectionResolver.Flags, [String: String], String)] = [
            (.init(baseURL: "http://example.com"), [:], "--base-url"),
            (.init(), ["NP6_BASE_URL": "http://example.com"], "NP6_BASE_URL"),
        ]
        for (flags, environment, origin) in cases {
            do {
                _ = try Self.plan(flags, environment)
                Issue.record("accepted \(flags) \(environment)")
            } catch {
                #expect(error.description.hasPrefix(origin + ":"), "\(error.description)")
            }
        }
    }
}
