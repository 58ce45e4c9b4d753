/// One node of a composed document, with where it starts. Aliases are resolved into copies (the
/// reader bounds how many nodes that may make), and `<<` merge keys are applied.
public struct YAMLNode: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public let content: Content
    public let mark: YAMLMark

    public init(_ content: Content, at mark: YAMLMark) {
        self.content = content
        self.mark = mark
    }

    /// A scalar's text, whatever it resolves to (`yes`, `12` and `~` included), as Yams's
    /// `Node.string` gives it; nil for a collection.
    public var string: String? {
        guard case .scalar(let scalar) = content else { return nil }
        return scalar.text
    }

    /// `true`, `yes`, `on` (any case) and their opposites, unless quoted or tagged as text.
    public var bool: Bool? {
        guard case .scalar(let scalar) = content, scalar.kind != .string, scalar.kind != .other else { return nil }
        switch scalar.text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// A plain number (`5`, `2.5`, `1e1`).
    public var float: Double? {
        guard case .scalar(let scalar) = content, scalar.plain || scalar.kind == .float || scalar.kind == .int else {
            return nil
        }
        return YAMLScalar.number(scalar.text)
    }

    /// `~`, `null` or nothing at all.
    public var isNull: Bool {
        guard case .scalar(let scalar) = content else { return false }
        return scalar.kind == .null
    }

    public var sequence: [YAMLNode]? {
        guard case .sequence(let items) = content else { return nil }
        return items
    }

    /// The pairs in the order they are written.
    public var mapping: [YAMLPair]? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs
    }

    /// How many nodes this one stands for, itself included: what an alias to it adds.
    var size: Int {
        switch content {
        case .scalar: 1
        case .sequence(let items): items.reduce(1) { $0 + $1.size }
        case .mapping(let pairs): pairs.reduce(1) { $0 + $1.key.size + $1.value.size }
        }
    }
}
