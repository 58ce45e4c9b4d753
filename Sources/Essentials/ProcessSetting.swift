import Synchronization

/// A value chosen once at start for the whole process (the key map, the theme), and scoped per
/// task where a test or a preview needs another, so that parallel tests cannot race on it. The
/// same shape as `Localization`'s language, which sits below this module.
public final class ProcessSetting<Value: Sendable>: Sendable {
    private let process: Mutex<Value>
    private let scoped = TaskLocal<Value?>(wrappedValue: nil)

    public init(_ initial: Value) {
        process = Mutex(initial)
    }

    /// The task's value if one is scoped, else the process's.
    public var current: Value { scoped.get() ?? process.withLock { $0 } }

    /// Set once, at start, before anything reads it.
    public func set(_ value: Value) {
        process.withLock { $0 = value }
    }

    /// Runs `body` with `value` as the current one, for this task and the tasks it starts.
    @discardableResult
    public func with<T>(_ value: Value, _ body: () throws -> T) rethrows -> T {
        try scoped.withValue(value, operation: body)
    }

    @discardableResult
    public func with<T>(_ value: Value, _ body: () async throws -> T) async rethrows -> T {
        try await scoped.withValue(value, operation: body)
    }
}
