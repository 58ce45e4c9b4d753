import Foundation

/// Checks a user-visible message for the number agreement mistakes a count template makes:
/// "1 subscriptions", "2 subscription", "all 1 …", "(s)", "2 subscriptions is".
public enum Grammar {
    static let nouns = ["subscription", "request", "device", "character", "application", "entry", "sub", "contact"]

    public static func problems(in text: String) -> [String] {
        var found: [String] = []
        func check(_ pattern: String, _ why: String) {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { return }
            let range = NSRange(text.startIndex..., in: text)
            for match in regex.matches(in: text, range: range) {
                if let matched = Range(match.range, in: text) { found.append("\(why): \"\(text[matched])\"") }
            }
        }
        let plurals = nouns.map { $0 == "entry" ? "entries" : $0 + "s" }.joined(separator: "|")
        let singulars = nouns.joined(separator: "|")
        check(#"(?<![\d,.])1 (\#(plurals))\b"#, "one with a plural")
        check(
            #"(?<![\d,.])(0|[2-9]|[1-9]\d+|\d{1,3}(,\d{3})+) (\#(singulars))\b(?![s-])"#,
            "a plural count with a singular")
        check(#"\((s|es)\)"#, "a plural left to the reader")
        check(#"\b(all|these|those|the) 1 "#, "\"all 1\"")
        check(#"(?<![\d,.])1 (of them |\w+ )(are|were|have)\b"#, "one with a plural verb")
        check(
            #"(?<![\d,.])(0|[2-9]|[1-9]\d+|\d{1,3}(,\d{3})+) (\#(plurals)) (is|was|has)\b"#,
            "a plural with a singular verb")
        return found
    }
}
