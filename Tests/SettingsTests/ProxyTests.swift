import NP6
import Settings
import TestTags
import Testing

@Suite("Proxies: curl's variables, NO_PROXY, explicit settings", .tags(.unit))
struct ProxyTests {
    @Test(
        "NO_PROXY: names and their subdomains, a leading dot, IP addresses, CIDR ranges, *; loopback only when listed",
        arguments: [
            ("example.com", "api.example.com", true), ("example.com", "example.com", true),
            ("example.com", "notexample.com", false),
            (".example.com", "api.example.com", true), ("*.example.com", "api.example.com", true),
            ("example.com:8443", "example.com", true),
            ("10.1.2.3", "10.1.2.3", true), ("10.1.2.3", "10.1.2.4", false), ("10.0.0.0/8", "10.200.3.4", true),
            ("10.0.0.0/8", "11.0.0.1", false),
            ("192.168.1.0/25", "192.168.1.127", true), ("192.168.1.0/25", "192.168.1.128", false),
            ("fd00::/8", "fd12::1", true),
            ("[::1]", "::1", true), ("*", "anything.example", true), ("example.com", "127.0.0.1", false),
            ("", "127.0.0.1", false),
            ("localhost, 127.0.0.1", "127.0.0.1", true), ("EXAMPLE.com", "Api.Example.COM", true),
        ])
    func noProxy(list: String, host: String, bypassed: Bool) {
        #expect(NoProxyList(list).bypasses(host) == bypassed, "\(list) vs \(host)")
    }

    static func plan(
        _ flags: ConnectionResolver.Flags = .init(), _ environment: [String: String], config: ProfileConfig? = nil
    ) throws(UsageError)
        -> ConnectionPlan
    {
        try ConnectionResolver.plan(
            flags, environment: ["NP6_API_KEY": "k"].merging(environment) { $1 }, config: config)
    }

    @Test("https takes https_proxy, then HTTPS_PROXY, then ALL_PROXY; the credentials are read and never shown")
    func variables() throws {
        let proxy = try #require(try Self.plan(.init(), ["HTTPS_PROXY": "http://ana:p%40ss@proxy.corp:3128"]).proxy)
        #expect(proxy.host == "proxy.corp" && proxy.port == 3128 && proxy.username == "ana" && proxy.password == "p@ss")
        #expect(proxy.display == "http://proxy.corp:3128")
        #expect(proxy.origin == "HTTPS_PROXY")
        #expect(try Self.plan(.init(), ["https_proxy": "http://a:1", "HTTPS_PROXY": "http://b:2"]).proxy?.host == "a")
        #expect(
            try Self.plan(.init(), ["ALL_PROXY": "proxy.corp"]).proxy?.port == 1080,
            "no scheme is http, curl's port 1080")
        #expect(try Self.plan(.init(), [:]).proxy == nil)
    }

    @Test("http on loopback takes only the lower-case http_proxy (curl's defence against HTTP_PROXY from a request)")
    func plainHTTP() throws {
        let flags = ConnectionResolver.Flags(baseURL: "http://127.0.0.1:8080")
        #expect(try Self.plan(flags, ["HTTP_PROXY": "http://p:1"]).proxy == nil)
        #expect(try Self.plan(flags, ["http_proxy": "http://p:1"]).proxy?.host == "p")
    }

    @Test(
        """
        --proxy beats the profile's proxy, which beats the environment; NO_PROXY applies; --no-proxy ignores the \
        environment
        """
    )
    func layering() throws {
        let config = ProfileConfig(
            path: "c.yaml", defaultProfile: "corp",
            profiles: [Profile(name: "corp", keySource: .environment("K"), proxy: "http://profile-proxy:8080")])
        let environment = ["HTTPS_PROXY": "http://env-proxy:3128", "K": "k"]
        #expect(try Self.plan(.init(), environment, config: config).proxy?.host == "profile-proxy")
        #expect(
            try Self.plan(.init(proxy: "http://flag-proxy:1"), environment, config: config).proxy?.origin == "--proxy")
        #expect(
            try Self.plan(.init(), environment.merging(["NO_PROXY": "api-cm.np6.com"]) { $1 }, config: config).proxy
                == nil)
        #expect(try Self.plan(.init(noProxy: true), environment).proxy == nil)
        #expect(
            try Self.plan(
                .init(proxy: "http://flag-proxy:1", noProxy: true), environment.merging(["NO_PROXY": "*"]) { $1 }
            ).proxy?.host == "flag-proxy")
    }

    @Test("a proxy URL that is not http:// is a usage error naming where it came from, without its credentials")
    func refused() {
        do {
            _ = try Self.plan(.init(), ["HTTPS_PROXY": "https://ana:secret@proxy:443"])
            Issue.record("an https proxy was accepted")
        } catch {
            #expect(error.description.contains("HTTPS_PROXY: only http:// proxies"))
            #expect(!error.description.contains("secret"))
        }
    }

    @Test("a proxy port above 65535 is refused, not wrapped round to another port that would get the credentials")
    func portOutOfRange() {
        for url in ["http://u:p@127.0.0.1:68664", "http://proxy:0", "http://proxy:99999999"] {
            do {
                _ = try Self.plan(.init(proxy: url), [:])
                Issue.record("\(url) was accepted")
            } catch {
                #expect(error.description.contains("--proxy: the proxy's port"), "\(error.description)")
                #expect(!error.description.contains(":p@"))
            }
        }
    }
}
