import Browser
import Essentials
import Formatting
import Glibc
import Localization
import NP6

/// Writes what `E` asked for: the rows as `list --format csv` or `json` prints them, replaced
/// whole (`DurableFile`: a full disk leaves the old file or none, never half of one), and never
/// over a file that exists unless the person said so.
enum ExportWriter {
    static func write(_ job: ExportJob, timeZone: LocalTimeZone) -> ExportOutcome {
        if !job.overwrite, access(job.path, F_OK) == 0 { return .exists(path: job.path) }
        let bytes: [UInt8] =
            switch job.format {
            case .csv:
                Array(SubscriptionRow.csv(job.subscriptions, names: job.applicationNames, timeZone: timeZone).utf8)
            case .json: SubscriptionRow.json(job.subscriptions)
            }
        do {
            try DurableFile.write(bytes, to: job.path, mode: 0o600)
        } catch {
            let reason = error.code != 0 ? SystemErrorText.text(errno: error.code) : error.description
            return .failed(path: job.path, message: reason)
        }
        return .written(rows: job.subscriptions.count, path: job.path)
    }
}
