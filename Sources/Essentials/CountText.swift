import Localization

/// Counts in words, the same everywhere (the browser, the CLI, the journal): thousands
/// separators, and the singular for exactly one. Every user-visible count goes through here, so
/// "1 subscriptions" cannot be written.
public enum CountText {
    /// `100,000`: a comma every three digits, for the English messages not yet in the catalog
    /// (issue 22 moves them, and this with them).
    public static func grouped(_ number: Int) -> String {
        NumberText.grouped(number, in: .english)
    }

    /// `1 subscription`, `2 subscriptions`, `100,000 subscriptions`.
    public static func of(_ number: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(number)) \(noun(number, singular, plural: plural))"
    }

    /// The noun alone, in the form `number` asks for.
    public static func noun(_ number: Int, _ singular: String, plural: String? = nil) -> String {
        number == 1 ? singular : plural ?? singular + "s"
    }

    /// A verb after a count: `is`/`are`, `was`/`were`, `stops`/`stop`.
    public static func verb(_ number: Int, singular: String, plural: String) -> String {
        number == 1 ? singular : plural
    }
}
