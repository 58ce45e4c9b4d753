import Foundation

/// The wall clock: the rate-limit headers speak in epoch seconds.
struct SystemPacerClock: PacerClock {
    func now() -> Double { Date().timeIntervalSince1970 }

    func sleep(until deadline: Double) async throws {
        let wait = deadline - now()
        guard wait > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int64((wait * 1000).rounded(.up))))
    }
}
