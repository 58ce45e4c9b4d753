import Localization
import NP6

/// One line of `np6-subs doctor`: what was checked, what was found, and for a failure, the fix.
public struct DoctorCheck: Sendable, Equatable {
    public var passed: Bool
    /// A word or two: `config`, `key`, `DNS`, `TLS`, `journal`.
    public var step: String
    public var finding: String
    public var fix: String?

    public static func pass(_ step: String, _ finding: String) -> DoctorCheck {
        DoctorCheck(passed: true, step: step, finding: finding, fix: nil)
    }

    public static func fail(_ step: String, _ finding: String, fix: String) -> DoctorCheck {
        DoctorCheck(passed: false, step: step, finding: finding, fix: fix)
    }

    /// `✓ step: finding`, and under a failure `  fix: …`. Findings quote files, commands and
    /// servers: each line of them is sanitised here, whatever the check.
    public var text: String {
        Message.doctorLine(mark: passed ? "✓" : "✗", step: step, finding: Self.safe(finding)).text()
            + (fix.map { "\n    " + Message.doctorFixLine(fix: Self.safe($0)).text() } ?? "")
    }

    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { UntrustedText.sanitized(String($0)) }
            .joined(separator: "\n    ")
    }
}
