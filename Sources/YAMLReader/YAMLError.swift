/// Why a text is not a document the reader accepts. The words of `syntax` are libyaml's own
/// (English, like a compiler's); the caller says the rest in the program's language.
public struct YAMLError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The text is not YAML: libyaml's problem, e.g. "did not find expected ',' or ']'".
        case syntax(problem: String)
        /// The same key twice in one mapping.
        case duplicateKey(String)
        /// `*name` before any `&name`.
        case unknownAlias(String)
        /// Aliases that would make the document more than `limit` nodes (an alias bomb).
        case tooManyNodes(limit: Int)
        /// Collections nested more than `limit` deep.
        case tooDeep(limit: Int)
        /// A second document (`---`) after the first.
        case severalDocuments
        /// libyaml could not allocate its parser.
        case parserUnavailable
        /// `<<` given something other than a mapping or a list of mappings.
        case badMerge
    }

    public let kind: Kind
    public let mark: YAMLMark

    public init(_ kind: Kind, at mark: YAMLMark) {
        self.kind = kind
        self.mark = mark
    }
}
