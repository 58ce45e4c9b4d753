import Essentials
import Localization

/// `np6-subs keys`: the browser's key map as a table (key, name, where, what it does), as the
/// caller's config makes it; the man page's KEYS section, for a person who has rebound keys.
public enum KeyScripts {
    /// `rows`: each binding's keys, name, context and help, in the key map's order.
    public static func list(_ rows: [[String]]) throws(OutputError) -> ScriptExit {
        let header = [Message.columnKeyboardKey, .columnCommandName, .columnWhere, .columnAction].map { $0.text() }
        // The action gives way (cut with …) past 120 columns.
        try Console.out(TextTable.render(header: header, rows: rows, maximumWidth: 120, shrinking: [3]))
        return .ok
    }
}
