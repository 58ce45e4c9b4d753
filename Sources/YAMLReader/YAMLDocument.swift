import CYAML

/// Reads a YAML text into one tree of `YAMLNode`s with libyaml's parser: the small, typed reader
/// the config file needs, without Foundation (Yams's Foundation layer linked ICU's 34 MB of data).
///
/// Bounded: aliases may not make the document more than `nodeLimit` nodes (a "billion laughs"
/// file is refused, not expanded), and collections may not nest deeper than `depthLimit`.
public enum YAMLDocument {
    public static let defaultNodeLimit = 100_000
    public static let defaultDepthLimit = 128

    /// The first and only document of `text`, or nil when the text holds none (empty, or only
    /// comments).
    public static func compose(
        _ text: String, nodeLimit: Int = defaultNodeLimit, depthLimit: Int = defaultDepthLimit
    ) throws(YAMLError) -> YAMLNode? {
        var composer = YAMLComposer(nodeLimit: nodeLimit, depthLimit: depthLimit)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(.parserUnavailable, at: YAMLMark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(parser) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return composer.root }
                try composer.take(event)
            }
        }
    }

    static func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable"
        let mark = parser.problem_mark
        return YAMLError(
            .syntax(problem: problem), at: YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }
}
