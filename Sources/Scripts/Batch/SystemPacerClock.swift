import Essentials
import FoundationEssentials

/// The wall clock: the rate-limit headers speak in epoch seconds.
struct SystemPacerClock: PacerClock {
    func now() -> Double { Date().timeIntervalSince1970 }

    func sleep(until deadline: Double) async throws {
        let wait = Duration.milliseconds(clampingSeconds: deadline - now())
        guard wait > .zero else { return }
        try await Task.sleep(for: wait)
    }
}
