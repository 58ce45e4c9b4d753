/// Shortening of long identifiers for the list: the start and the end stay, which is what a
/// person compares when a customer reads a token out.
public enum TokenText {
    public static func shortened(_ token: String, head: Int = 10, tail: Int = 6) -> String {
        guard token.count > head + tail + 1 else { return token }
        return String(token.prefix(head)) + "…" + String(token.suffix(tail))
    }
}
