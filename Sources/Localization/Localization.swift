import Synchronization

/// The language the program speaks: chosen once at start for the process, and scoped per task
/// where a test (or a preview) renders in another one, so parallel tests cannot race on it.
public enum Localization {
    private static let process = Mutex<Language>(.english)
    @TaskLocal private static var scoped: Language?

    public static var current: Language { scoped ?? process.withLock { $0 } }

    /// Set once, at start, before anything is drawn or printed.
    public static func setProcessLanguage(_ language: Language) {
        process.withLock { $0 = language }
    }

    /// Runs `body` with `language` as the current one, for this task and the tasks it starts.
    @discardableResult
    public static func with<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try $scoped.withValue(language, operation: body)
    }

    @discardableResult
    public static func with<T>(_ language: Language, _ body: () async throws -> T) async rethrows -> T {
        try await $scoped.withValue(language, operation: body)
    }
}
