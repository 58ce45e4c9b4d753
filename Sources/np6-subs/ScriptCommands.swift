import ArgumentParser
import Essentials
import FoundationEssentials
import Localization
import Scripts
import Settings

extension OutputFormat: ExpressibleByArgument {}

func finish(_ status: ScriptExit) throws {
    if status != .ok { throw ExitCode(status.rawValue) }
}

/// Runs a subcommand's work with a context and always shuts its HTTP client down, also when
/// the output could not be written (that error then reaches `Main`). A write (`audit` given)
/// is refused under `NP6_READ_ONLY` and on a read-only profile unless `readWrite`.
func withContext(
    _ connection: ConnectionOptions, audit: AuditOptions? = nil, readWrite: Bool = false,
    _ work: (ScriptContext) async throws(OutputError) -> ScriptExit
) async throws {
    let environment = ProcessInfo.processInfo.environment
    let (resolved, _) = try await connection.resolve(environment: environment)
    if audit != nil {
        let access = ConnectionResolver.writeAccess(readOnlyFlag: false, readWrite: readWrite, environment: environment)
        let decision = access.decision(
            profile: resolved.profile?.name, profileReadOnly: resolved.profile?.readOnly ?? false)
        if let refusal = decision.refusal { throw UsageError(refusal) }
    }
    let context = ScriptContext(
        connection: resolved, apiKey: try resolved.requiredKey(), environment: environment,
        auditLog: audit?.auditLogPath(environment: environment))
    do { try context.journal.checkAuditLog() } catch {
        await context.client.shutdown()
        throw UsageError(error.description)
    }
    // A write starts by sending what an earlier run left in the spool; a collector still down is
    // said by the write's own delivery.
    if audit != nil { _ = await context.journal.flushAudit() }
    let outcome: Result<ScriptExit, OutputError>
    do { outcome = .success(try await work(context)) } catch { outcome = .failure(error) }
    await context.client.shutdown()
    try finish(outcome.get())
}

/// A value given to a flag that must name something: empty or blank is a usage error, as the
/// browser's prompt refuses it.
func nonEmpty(_ value: String, _ flag: String) throws -> String {
    guard !value.trimmingWhitespace().isEmpty else {
        throw ValidationError(Message.usageNeedsValue(flag: flag).text())
    }
    return value
}
