import Essentials
import Synchronization

/// What a batch's workers, its output and Ctrl-C tell one another: stop starting contacts, the
/// journal cannot be written (nothing more may be sent), stdout failed.
final class BatchSignals: Sendable {
    private let stopping = Mutex(false)
    private let journal = Mutex<String?>(nil)
    private let output = Mutex<OutputError?>(nil)

    var shouldStop: Bool { stopping.withLock { $0 } || journalFailure != nil || outputFailure != nil }
    var journalFailure: String? { journal.withLock { $0 } }
    var outputFailure: OutputError? { output.withLock { $0 } }

    func stop() { stopping.withLock { $0 = true } }

    func journalFailed(_ description: String) {
        journal.withLock { value in
            if value == nil { value = description }
        }
    }

    func outputFailed(_ error: OutputError) {
        output.withLock { value in
            if value == nil { value = error }
        }
    }
}
