import ArgumentParser
import Foundation
import Scripts

extension OutputFormat: ExpressibleByArgument {}

func finish(_ status: ScriptExit) throws {
    if status != .ok { throw ExitCode(status.rawValue) }
}

/// Runs a subcommand's work with a context and always shuts its HTTP client down.
func withContext(_ connection: ConnectionOptions, _ work: (ScriptContext) async -> ScriptExit) async throws {
    let environment = ProcessInfo.processInfo.environment
    let resolved = try connection.resolve(environment: environment)
    let context = ScriptContext(baseURL: resolved.baseURL, apiKey: try resolved.requiredKey(), environment: environment)
    let status = await work(context)
    await context.client.shutdown()
    try finish(status)
}
