public struct TerminalSize: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int) { (self.rows, self.columns) = (rows, columns) }
}
