import CNcursesw
import Localization

/// What terminfo says about a terminal type, for `np6-subs doctor` and the browser's start:
/// ncurses reads the same database the browser will, so a TERM it knows here, and that can
/// move the cursor, is one the browser can draw on.
public enum TerminfoProbe {
    public struct Entry: Sendable, Equatable {
        /// The colours terminfo gives it (0 when it says none).
        public var colors: Int
        /// Whether it can move the cursor (`cup`): `dumb` cannot, and nothing can be drawn on it.
        public var addressable: Bool
    }

    /// The entry for `term`, or nil when terminfo has none.
    public static func entry(term: String) -> Entry? {
        var colors: Int32 = -1
        var addressable: Int32 = 0
        guard np6_terminfo_probe(term, &colors, &addressable) == 1 else { return nil }
        return Entry(colors: max(0, Int(colors)), addressable: addressable == 1)
    }

    /// The number of colours terminfo gives `term`, or nil when terminfo has no entry for it.
    public static func colors(term: String) -> Int? { entry(term: term)?.colors }

    /// Why the browser cannot draw on `term` (unset, unknown to terminfo, unable to move the
    /// cursor), with what to do; nil when it can.
    public static func problem(term: String?) -> String? {
        guard let term, !term.isEmpty else {
            return Message.termUnset.text()
        }
        guard let entry = entry(term: term) else {
            return Message.termUnknown(term: term).text()
        }
        guard entry.addressable else {
            return Message.termNotAddressable(term: term, help: "np6-subs --help").text()
        }
        return nil
    }
}
