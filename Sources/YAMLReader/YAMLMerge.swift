/// A mapping's `<<` merge keys (`<<: *defaults`, `<<: [*a, *b]`): the merged mappings' pairs take
/// the place of the `<<` pair, except keys the mapping gives itself; among merged mappings the
/// first named wins. And a key written twice in one mapping is an error, as Yams made it.
enum YAMLMerge {
    static func resolve(_ pairs: [YAMLPair]) throws(YAMLError) -> [YAMLPair] {
        var own: Set<String> = []
        var hasMerge = false
        for pair in pairs {
            if isMergeKey(pair.key) {
                hasMerge = true
                continue
            }
            guard let key = pair.key.string else { continue }
            guard own.insert(key).inserted else { throw YAMLError(.duplicateKey(key), at: pair.key.mark) }
        }
        guard hasMerge else { return pairs }
        var result: [YAMLPair] = []
        var seen = own
        for pair in pairs {
            guard isMergeKey(pair.key) else {
                result.append(pair)
                continue
            }
            for source in try sources(pair.value) {
                for merged in source where merged.key.string.map({ seen.insert($0).inserted }) ?? true {
                    result.append(merged)
                }
            }
        }
        return result
    }

    static func isMergeKey(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node.content else { return false }
        return scalar.plain && scalar.text == "<<"
    }

    /// The mappings a `<<` names: one mapping, or a list of them.
    static func sources(_ value: YAMLNode) throws(YAMLError) -> [[YAMLPair]] {
        if let pairs = value.mapping { return [pairs] }
        guard let items = value.sequence else { throw YAMLError(.badMerge, at: value.mark) }
        var sources: [[YAMLPair]] = []
        for item in items {
            guard let pairs = item.mapping else { throw YAMLError(.badMerge, at: item.mark) }
            sources.append(pairs)
        }
        return sources
    }
}
