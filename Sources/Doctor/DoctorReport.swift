import Essentials
import Localization

/// The lines `doctor` prints as each becomes known, and whether any check failed (the exit
/// status). One task runs the checks in order; nothing else touches it.
final class DoctorReport {
    private let print: (String) throws(OutputError) -> Void
    private(set) var failed = false

    init(print: @escaping (String) throws(OutputError) -> Void) {
        self.print = print
    }

    func report(_ check: DoctorCheck) throws(OutputError) {
        if !check.passed { failed = true }
        try print(check.text)
    }

    /// A step that needs one above that failed.
    func skip(_ step: String, because reason: String) throws(OutputError) {
        try report(.fail(step, Message.doctorNotChecked(reason: reason).text(), fix: Message.doctorFixAbove.text()))
    }

    /// An indented line under a check (a warning, a note).
    func detail(_ text: String) throws(OutputError) {
        try print(text)
    }
}
