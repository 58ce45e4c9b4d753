/// One entry of a config section that a layer above the config reader interprets (a command of
/// `keys:`, a role of `colors:`): its name and values as written, and where each stands (line and
/// column from 1), so that a warning can say `path:line:column`.
public struct ConfigEntry: Sendable, Equatable {
    public struct Value: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int

        public init(_ text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    public var name: String
    public var line: Int
    public var column: Int
    public var values: [Value]

    public init(name: String, line: Int, column: Int, values: [Value]) {
        self.name = name
        self.line = line
        self.column = column
        self.values = values
    }
}
