/// Why a probe failed, in the system's words.
struct ProbeFailure: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
