import Formatting

/// `CSVText` (Formatting) as console text: the records are safe to print, every cell sanitised.
/// Every record ends in CR LF, the last one too, so print it with no terminator of its own
/// (`Console.out(_:terminator:)`).
public enum CSV {
    public static func render(header: [String], rows: [[String]]) -> ConsoleText {
        ConsoleText(safe: CSVText.render(header: header, rows: rows))
    }

    /// Records without a header (a batch writes its header once, then each contact's rows).
    public static func records(_ rows: [[String]]) -> ConsoleText {
        ConsoleText(safe: CSVText.records(rows))
    }
}
