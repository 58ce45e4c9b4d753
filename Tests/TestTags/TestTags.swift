import Foundation
import Testing

/// The test tags, shared by every test target: `unit` (no process, server or terminal), `endToEnd`
/// (the real binary, a server on a loopback port, a child process), `slow` (seconds or more of
/// real work: a million reducer steps, 100,000 rows, rate-limit windows).
extension Tag {
    @Tag public static var unit: Self
    @Tag public static var endToEnd: Self
    @Tag public static var slow: Self
}

/// `NP6_FAST_TESTS=1 swift test` runs the unit tests only, while developing (the README says
/// how). Swift Testing's command line filters by name, not by tag, so the end-to-end and slow
/// suites carry this condition beside their tag.
public enum FastRun {
    public static let isOn = ProcessInfo.processInfo.environment["NP6_FAST_TESTS"] == "1"
}

extension Trait where Self == ConditionTrait {
    /// Skipped under `NP6_FAST_TESTS=1`.
    public static var notInFastRun: Self { .disabled(if: FastRun.isOn, "NP6_FAST_TESTS=1 runs the unit tests only") }
}
