/// How long `doctor` waits for each network step: one place, so the messages say what the code does.
enum DoctorTimeouts {
    /// A TCP connection (the probe's own, and the transport's for the HTTP step).
    static let connect: Duration = .seconds(5)
    /// The whole HTTP exchange of the answer and key steps.
    static let answer: Duration = .seconds(10)

    /// `10 s`.
    static func text(_ duration: Duration) -> String { "\(duration.components.seconds) s" }
}
