extension Duration {
    /// The duration in nanoseconds, as a floating-point number.
    public var totalNanoseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1e9 + Double(parts.attoseconds) / 1e9
    }

    public var seconds: Double { totalNanoseconds / 1e9 }

    /// The longest wait the program ever computes from a number it was sent: a header's reset or
    /// retry time past it is someone's bug, and converting a huge double to an integer traps.
    public static let longestComputedWait: Duration = .seconds(86_400)

    /// `seconds` as a duration in whole milliseconds rounded up, clamped to
    /// [0, `longestComputedWait`]; nan and negative values are zero. Every number read from a
    /// header goes through here before it becomes a wait.
    public static func milliseconds(clampingSeconds seconds: Double) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        let longest = longestComputedWait.seconds
        return .milliseconds(Int64((min(seconds, longest) * 1000).rounded(.up)))
    }
}
