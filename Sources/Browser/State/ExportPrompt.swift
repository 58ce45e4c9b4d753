/// `E`: where to write the rows in view. The field offers `./np6-subs-<contact>-<date>.csv`;
/// `.json` writes JSON instead. A file that exists is overwritten only after `y`.
public struct ExportPrompt: Sendable, Equatable {
    public internal(set) var field: TextField
    /// Set when the path exists: the prompt asks before replacing it.
    public internal(set) var existing: String?
    /// Why the last try did not write (a bad extension, a full disk), shown under the field.
    public internal(set) var problem: String?
    /// How many rows will be written (the rows in view when `E` was pressed).
    public let rows: Int

    init(path: String, rows: Int) {
        field = TextField(text: path)
        self.rows = rows
    }
}
