import Foundation
import NP6
import TestTags
import Testing

@Suite("Dates, Retry-After and untrusted text", .tags(.unit))
struct SupportTests {
    @Test(
        "ISO 8601 dates with any fraction length and offsets",
        arguments: [
            ("2023-05-22T08:20:05.215Z", 1_684_743_605.215),
            ("2024-01-07T08:23:03.1Z", 1_704_615_783.1),
            ("2024-01-07T08:23:03Z", 1_704_615_783),
            ("2024-01-07T10:23:03+02:00", 1_704_615_783),
            ("2024-01-07T08:23:03.123456789Z", 1_704_615_783.123456789),
            ("1970-01-01", 0),
            ("2000-02-29T00:00:00Z", 951_782_400),
        ])
    func parsesDates(text: String, seconds: Double) throws {
        let parsed = try #require(ISO8601Timestamp(parsing: text))
        #expect(abs(parsed.secondsSince1970 - seconds) < 0.000_01)
    }

    @Test(
        "rejects what is not a date",
        arguments: [
            "", "yesterday", "2024-13-01T00:00:00Z", "2024-01-07T25:00:00Z", "2024-01-07T08:23:03.Z",
            "2024-01-07T08:23:03Zjunk",
        ])
    func rejectsNonDates(text: String) {
        #expect(ISO8601Timestamp(parsing: text) == nil)
    }

    @Test("Retry-After as seconds or as an HTTP date")
    func retryAfter() throws {
        #expect(RetryPolicy.retryAfterDelay("7") == .seconds(7))
        let now = Date(timeIntervalSince1970: 784_111_747)  // Sun, 06 Nov 1994 08:49:07 GMT
        #expect(RetryPolicy.retryAfterDelay("Sun, 06 Nov 1994 08:49:37 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.retryAfterDelay("Sun, 06 Nov 1994 08:48:37 GMT", now: now) == .zero)
        #expect(RetryPolicy.retryAfterDelay("Sunday, 06-Nov-94 08:49:37 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.retryAfterDelay("Sun Nov  6 08:49:37 1994", now: now) == .seconds(30))
        for broken in [
            "Sun, 06 Nov 1994 08:49:37 CET", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nox 1994 08:49:37 GMT", "06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT",
        ] {
            #expect(RetryPolicy.httpDate(broken) == nil, "\(broken)")
        }
        #expect(RetryPolicy.retryAfterDelay("soon") == nil)
        #expect(RetryPolicy.retryAfterDelay("-3") == nil)
    }

    @Test("backoff grows exponentially, with jitter, up to the cap")
    func backoff() {
        let policy = RetryPolicy(initialBackoff: .milliseconds(100), maximumBackoff: .milliseconds(350))
        for _ in 0..<50 {
            let first = policy.backoff(afterAttempt: 1)
            let second = policy.backoff(afterAttempt: 2)
            let capped = policy.backoff(afterAttempt: 9)
            #expect(first >= .milliseconds(50) && first <= .milliseconds(100))
            #expect(second >= .milliseconds(100) && second <= .milliseconds(200))
            #expect(capped >= .milliseconds(175) && capped <= .milliseconds(350))
        }
    }

    @Test("control characters, escape sequences and bidi overrides become visible")
    func sanitises() {
        #expect(UntrustedText.sanitized("plain text é 山") == "plain text é 山")
        #expect(UntrustedText.sanitized("a\u{1B}[2Jb") == "a\\e[2Jb")
        #expect(UntrustedText.sanitized("x\r\ny\tz\u{07}") == "x\\r\\ny\\tz\\x07")
        #expect(UntrustedText.sanitized("\u{7F}\u{85}\u{9B}") == "\\x7F<U+0085><U+009B>")
        #expect(UntrustedText.sanitized("abc\u{202E}txt.exe\u{2066}") == "abc<U+202E>txt.exe<U+2066>")
    }

    @Test("an HTML error page is reduced to its title; long bodies are clipped")
    func excerpts() {
        let html = Array(
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>".utf8)
        #expect(UntrustedText.excerpt(ofBody: html) == "502 Bad Gateway")
        let long = Array(String(repeating: "word ", count: 100).utf8)
        #expect(UntrustedText.excerpt(ofBody: long, limit: 20).count == 20)
        #expect(UntrustedText.excerpt(ofBody: Array("oops\u{1B}]0;x\u{07}".utf8)) == "oops\\e]0;x\\x07")
    }

    @Test(
        "crafted pages with case-changing, combining, wide and broken text give a title or text, never a crash",
        arguments: [
            "<HTML><TITLE>İİİİ\u{301} Bad Gateway</TITLE>", "<html>ẞẞẞ<Title>Σς ΣΑΣ</tItLe>",
            "<title>\u{FB03}\u{130}\u{307}</title><title>",
            "<html><title>", "<html></title><title>x", "<html><title></title>",
            "<!doctype html>\u{1F468}\u{200D}\u{1F469}<title>👨‍👩‍👧</title>",
        ])
    func craftedPages(page: String) {
        var bytes = Array(page.utf8)
        bytes.insert(0xFF, at: bytes.count / 2)  // and a byte that is not UTF-8
        let excerpt = UntrustedText.excerpt(ofBody: bytes)
        #expect(!excerpt.unicodeScalars.contains { UntrustedText.needsEscape($0) })
        #expect(UntrustedText.excerpt(ofBody: Array("<HTML><TITLE>İİ Bad Gateway</TITLE>".utf8)) == "İİ Bad Gateway")
    }
}
