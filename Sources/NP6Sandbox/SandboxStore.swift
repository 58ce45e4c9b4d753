import FoundationEssentials
import NP6

/// The sandbox's whole state and behaviour, an in-memory NP6 subscription API, shared by
/// concurrent requests through an actor so each sees a consistent store.
public actor SandboxStore {
    private var state: SandboxState

    public init(options: SandboxState.Options) {
        state = SandboxState(options: options)
    }

    public var options: SandboxState.Options { state.options }
    public func handle(_ request: SandboxRequest, now: Double = Date().timeIntervalSince1970) -> SandboxResponse {
        state.handle(request, now: now)
    }
    public func requestLog() -> [SandboxLogEntry] { state.log }
    public func subscription(id: String) -> JSONValue? { state.subscriptions[id] }
}
