import NP6
import TestTags
import Testing

@Suite("Contact keys, percent-encoding and operations", .tags(.unit))
struct ContactKeyTests {
    @Test(
        "query values are percent-encoded for any string",
        arguments: [
            ("a&b=c d/e?f", "a%26b%3Dc%20d%2Fe%3Ff"),
            ("bob+test@example.com", "bob%2Btest%40example.com"),
            ("zoë", "zo%C3%AB"),
            ("山田", "%E5%B1%B1%E7%94%B0"),
            ("safe-._~AZaz09", "safe-._~AZaz09"),
            ("100%", "100%25"),
        ])
    func encodesQueryValues(raw: String, encoded: String) {
        #expect(PercentEncoding.encode(raw) == encoded)
        #expect(PercentEncoding.decode(encoded) == raw)
    }

    @Test("each contact key names its list and bulk-delete operation")
    func operationsForKeys() {
        #expect(
            ContactKey.unicity("bob+test@example.com").listOperation.requestLine
                == "GET /targets/subscriptions?unicity=bob%2Btest%40example.com")
        #expect(
            ContactKey.unicity("foobar").deleteOperation.requestLine == "DELETE /targets/subscriptions?unicity=foobar")
        #expect(ContactKey.hash("3858f6").listOperation.requestLine == "GET /targets/subscriptions?hash=3858f6")
        #expect(ContactKey.hash("3858f6").deleteOperation.requestLine == "DELETE /targets/subscriptions?hash=3858f6")
        #expect(ContactKey.contactID("00000001").listOperation.requestLine == "GET /targets/00000001/subscriptions")
        #expect(ContactKey.contactID("a/b").deleteOperation.requestLine == "DELETE /targets/a%2Fb/subscriptions")
        #expect(NP6Operation.deleteSubscription(id: "0581e259").requestLine == "DELETE /subscriptions/0581e259")
        #expect(NP6Operation.putSubscription.requestLine == "PUT /subscriptions")
        #expect(NP6Operation.listApplications.requestLine == "GET /parameters/applications")
    }

    @Test("only reads are retryable")
    func retryability() {
        #expect(NP6Operation.listByUnicity("x").isRetryable)
        #expect(NP6Operation.getSubscription(id: "x").isRetryable)
        #expect(!NP6Operation.deleteSubscription(id: "x").isRetryable)
        #expect(!NP6Operation.deleteByHash("x").isRetryable)
        #expect(!NP6Operation.putSubscription.isRetryable)
    }

    @Test("https is required except on loopback hosts")
    func baseURLPolicy() throws {
        #expect(try NP6BaseURL("https://api-cm.np6.com").origin == "https://api-cm.np6.com")
        #expect(
            try NP6BaseURL("http://127.0.0.1:8080/").url(for: .listApplications)
                == "http://127.0.0.1:8080/parameters/applications")
        #expect(try NP6BaseURL("http://127.8.9.10:1").host == "127.8.9.10")
        #expect(try NP6BaseURL("http://localhost:9").displayHost == "localhost:9")
        #expect(
            try NP6BaseURL("http://[::1]:9/api").url(for: .listApplications)
                == "http://[::1]:9/api/parameters/applications")
        #expect(throws: NP6Error.insecureBaseURL("http://api-cm.np6.com")) { try NP6BaseURL("http://api-cm.np6.com") }
        #expect(throws: NP6Error.insecureBaseURL("http://128.0.0.1")) { try NP6BaseURL("http://128.0.0.1") }
        #expect(throws: NP6Error.insecureBaseURL("http://127.0.0.1.evil.com")) {
            try NP6BaseURL("http://127.0.0.1.evil.com")
        }
        #expect(throws: NP6Error.invalidBaseURL("ftp://x")) { try NP6BaseURL("ftp://x") }
        #expect(throws: NP6Error.invalidBaseURL("not a url")) { try NP6BaseURL("not a url") }
    }

    @Test(
        "a base URL the HTTP stack could trap on is refused before it gets there",
        arguments: [
            "http://127.0.0.1:99999", "http://127.0.0.1:0", "https://api.example.com:65536/",
            "https://user:pass@api.example.com",
            "https://api example.com", "https://[::g]:8080", "https://exa_mple.com",
        ])
    func malformedBaseURLs(text: String) {
        #expect(throws: NP6Error.self) { try NP6BaseURL(text) }
    }

    @Test("the API key never shows in descriptions")
    func keyIsRedacted() throws {
        let key = try APIKey("  s3cr3t-key \n")
        #expect("\(key)" == "<redacted>")
        #expect(String(reflecting: key) == "APIKey(<redacted>)")
        #expect(key.redact("echo s3cr3t-key back") == "echo <redacted> back")
        // A combining mark right after the key makes one Character with its last letter; the
        // key is still found (matched on bytes, not Characters).
        #expect(key.redact("s3cr3t-key\u{301}!") == "<redacted>\u{301}!")
        #expect(throws: NP6Error.invalidAPIKey(reason: "it is empty")) { try APIKey("   ") }
        #expect(throws: NP6Error.invalidAPIKey(reason: "it contains control characters")) {
            try APIKey("a\r\nX-Evil: 1")
        }
    }
}
