import Testing

extension Tag {
    /// Pure logic, no process, terminal or network: milliseconds.
    @Tag static var unit: Self
    /// The real binary or a server process, through tmux or pipes.
    @Tag static var endToEnd: Self
    /// Takes seconds or more (large data, real waits).
    @Tag static var slow: Self
}
