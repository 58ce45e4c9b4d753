/// The time a pacer reads and sleeps by, in seconds since 1970 (the unit of `X-RateLimit-Reset`):
/// the system's in a run, a virtual one in the tests.
protocol PacerClock: Sendable {
    func now() -> Double
    /// Returns at `deadline` or later; throws when the task is cancelled.
    func sleep(until deadline: Double) async throws
}
