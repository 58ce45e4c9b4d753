/// When a subscription was created and last modified, and by whom.
public struct Lifecycle: Sendable, Hashable {
    public var creation: LifecycleEvent?
    public var modification: LifecycleEvent?

    public init(creation: LifecycleEvent? = nil, modification: LifecycleEvent? = nil) {
        self.creation = creation
        self.modification = modification
    }

    init(json: JSONValue?) {
        self.creation = json?["creation"].flatMap(LifecycleEvent.init(json:))
        self.modification = json?["modification"].flatMap(LifecycleEvent.init(json:))
    }
}

extension JSONValue {
    /// A string or a number as text; nil for anything else.
    var displayTextIfScalar: String? {
        switch self {
        case .string(let text), .number(let text): return text
        default: return nil
        }
    }
}
