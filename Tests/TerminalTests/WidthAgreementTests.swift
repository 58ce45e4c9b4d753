import CNcursesw
import Formatting
import NP6
import TestTags
import Testing

/// What the canvas counts as cells is what ncurses advances its cursor by, for every class of
/// character a server may send: measured by drawing into an off-screen ncurses screen, not by
/// the function under test.
@Suite("Widths: the canvas and ncurses agree", .serialized, .tags(.unit))
struct WidthAgreementTests {
    static let samples: [(String, String)] = [
        ("ASCII", "a"), ("Latin", "é"), ("combining", "e\u{301}"), ("CJK", "山"), ("Hangul", "한"), ("fullwidth", "Ａ"),
        ("halfwidth", "ｶ"), ("emoji", "😀"), ("symbol", "✓"), ("ambiguous", "▲"), ("box drawing", "│"),
        ("ZWJ family", "👨\u{200D}👩\u{200D}👧"), ("flag", "🇫🇷"), ("skin tone", "👍🏽"), ("VS16", "❤\u{FE0F}"),
        ("keycap", "1\u{FE0F}\u{20E3}"),
        ("tag flag", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"), ("zero-width space", "a\u{200B}b"),
        ("soft hyphen", "a\u{AD}b"),
        ("unassigned", "\u{378}"), ("private use", "\u{E000}"), ("Arabic", "سلام"), ("Thai", "กำ"),
        ("Devanagari", "क्षि"),
        ("supplementary CJK", "𠀀"), ("control", "a\u{1B}[31mb"), ("bidi", "a\u{202E}b"), ("C1", "a\u{85}b"),
    ]

    @Test("every sample, sanitised, advances ncurses's cursor by exactly the canvas's width")
    func agreement() throws {
        try OffscreenTerminal.with(Self.drawEverySample)
    }

    static func drawEverySample() {
        for (name, text) in Self.samples {
            let shown = UntrustedText.sanitized(text)
            var drawn = 0
            // One cluster at a time, at its own column, as TerminalScreen draws them.
            for character in shown {
                let scalars: [wchar_t] = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                _ = np6_mvaddnwstr(0, Int32(drawn), scalars, Int32(scalars.count))
                let advanced = Int(np6_getcurx()) - drawn
                #expect(
                    advanced == DisplayWidth.of(character),
                    "\(name): \(shown) — ncurses moved \(advanced), the canvas counts \(DisplayWidth.of(character))")
                drawn += DisplayWidth.of(character)
            }
        }
    }

    @Test(
        """
        what a terminal draws unpredictably is escaped: joiners, selectors, modifiers, flags, tags, invisibles, \
        unassigned
        """
    )
    func unpredictableIsEscaped() {
        for (text, expected) in [
            ("👨\u{200D}👩", "👨<U+200D>👩"), ("❤\u{FE0F}", "❤<U+FE0F>"), ("👍🏽", "👍<U+1F3FD>"),
            ("🇫🇷", "<U+1F1EB><U+1F1F7>"),
            ("a\u{200B}b", "a<U+200B>b"), ("a\u{AD}b", "a<U+00AD>b"), ("\u{378}", "<U+0378>"), ("e\u{301}", "e\u{301}"),
            ("山田", "山田"),
        ] {
            #expect(UntrustedText.sanitized(text) == expected, "\(text)")
        }
    }
}
