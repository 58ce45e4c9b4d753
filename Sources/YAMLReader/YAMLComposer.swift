import CYAML

/// Turns libyaml's events into a tree: a stack of open collections (no recursion, so a deeply
/// nested text cannot overflow the stack before the depth limit refuses it) and the anchors seen.
struct YAMLComposer {
    enum Frame {
        case sequence(mark: YAMLMark, anchor: String?, items: [YAMLNode])
        case mapping(mark: YAMLMark, anchor: String?, pairs: [YAMLPair], key: YAMLNode?)
    }

    let nodeLimit: Int
    let depthLimit: Int
    private(set) var root: YAMLNode?
    private var documents = 0
    private var nodes = 0
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]

    init(nodeLimit: Int, depthLimit: Int) {
        self.nodeLimit = nodeLimit
        self.depthLimit = depthLimit
    }

    mutating func take(_ event: yaml_event_t) throws(YAMLError) {
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw YAMLError(.severalDocuments, at: mark) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
            let scalar = YAMLScalar(
                text: text, tag: Self.text(data.tag), plain: data.style == YAML_PLAIN_SCALAR_STYLE)
            try add(YAMLNode(.scalar(scalar), at: mark), anchor: Self.text(data.anchor), count: 1)
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else { throw YAMLError(.unknownAlias(name), at: mark) }
            try add(node, anchor: nil, count: node.size)
        case YAML_SEQUENCE_START_EVENT:
            try open(.sequence(mark: mark, anchor: Self.text(event.data.sequence_start.anchor), items: []), at: mark)
        case YAML_MAPPING_START_EVENT:
            try open(
                .mapping(mark: mark, anchor: Self.text(event.data.mapping_start.anchor), pairs: [], key: nil), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close()
        default:
            break
        }
    }

    private mutating func open(_ frame: Frame, at mark: YAMLMark) throws(YAMLError) {
        guard stack.count < depthLimit else { throw YAMLError(.tooDeep(limit: depthLimit), at: mark) }
        stack.append(frame)
    }

    private mutating func close() throws(YAMLError) {
        switch stack.removeLast() {
        case .sequence(let mark, let anchor, let items):
            try add(YAMLNode(.sequence(items), at: mark), anchor: anchor, count: 1)
        case .mapping(let mark, let anchor, let pairs, _):
            try add(YAMLNode(.mapping(try YAMLMerge.resolve(pairs)), at: mark), anchor: anchor, count: 1)
        }
    }

    /// Counts the node (an alias counts every node it copies), names it, and puts it where it
    /// belongs: the open collection, or the document.
    private mutating func add(_ node: YAMLNode, anchor: String?, count: Int) throws(YAMLError) {
        nodes += count
        guard nodes <= nodeLimit else { throw YAMLError(.tooManyNodes(limit: nodeLimit), at: node.mark) }
        if let anchor { anchors[anchor] = node }
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let mark, let anchor, var items):
            items.append(node)
            stack.append(.sequence(mark: mark, anchor: anchor, items: items))
        case .mapping(let mark, let anchor, var pairs, let key):
            if let key { pairs.append(YAMLPair(key: key, value: node)) }
            stack.append(.mapping(mark: mark, anchor: anchor, pairs: pairs, key: key == nil ? node : nil))
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
