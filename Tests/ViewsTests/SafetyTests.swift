import Browser
import BrowserTestSupport
import Essentials
import Formatting
import Foundation
import NP6
import Primitives
import TestTags
import Testing
import Views

@Suite("Views: untrusted text and display widths", .tags(.unit))
struct SafetyTests {
    @Test(
        "no control character from the server ever reaches the canvas",
        arguments: [
            TerminalSize(rows: 40, columns: 120), TerminalSize(rows: 24, columns: 80),
            TerminalSize(rows: 12, columns: 40),
        ])
    func noControlCharacters(size: TerminalSize) {
        var state = BrowserFixtures.loaded(BrowserFixtures.hostile, contact: .unicity("mallory\u{1B}[2J"), size: size)
        for keys in [[Key](), [.tab], [.character("d")], [.escape, .character("D")], [.escape, .character("?")]] {
            BrowserFixtures.press(keys, &state)
            let canvas = Screen.render(state)
            for row in 0..<canvas.rows {
                for column in 0..<canvas.columns {
                    for scalar in canvas[row, column].text.unicodeScalars {
                        #expect(
                            !UntrustedText.needsEscape(scalar),
                            "control U+\(String(scalar.value, radix: 16)) at \(row),\(column)")
                    }
                }
            }
        }
    }

    @Test("the hostile token is shown with visible escapes")
    func visibleEscapes() {
        let state = BrowserFixtures.loaded(BrowserFixtures.hostile, contact: .unicity("mallory"))
        let text = Screen.render(state).text()
        #expect(text.contains("evil\\e[2J\\e[31mRED<U+202E>TXT\\r\\nnext"))
    }

    @Test(
        "every row is exactly as wide as the screen, wide characters included",
        arguments: [
            TerminalSize(rows: 40, columns: 120), TerminalSize(rows: 24, columns: 80),
            TerminalSize(rows: 12, columns: 40),
        ])
    func widths(size: TerminalSize) {
        var state = BrowserFixtures.loaded(BrowserFixtures.hostile, contact: .unicity("山田太郎@例え.jp"), size: size)
        BrowserFixtures.press([.character("j")], &state)
        // Measured scalar by scalar with the terminal's own table (glibc's wcwidth), not with the
        // canvas's DisplayWidth; WidthAgreementTests check that table against ncurses itself.
        for line in Screen.render(state).lines() {
            let cells = line.unicodeScalars.reduce(0) { $0 + max(0, TerminalWidth.of($1)) }
            #expect(cells == size.columns, "\(line)")
        }
    }

    @Test("a wide character never straddles the edge, and overwriting half of one blanks the other half")
    func canvasWideCharacters() {
        var canvas = Canvas(size: TerminalSize(rows: 1, columns: 5))
        #expect(canvas.put("ab山", row: 0, column: 2) == 3)
        #expect(canvas.lines() == ["  ab "])
        canvas.put("山田", row: 0, column: 0)
        #expect(canvas.lines() == ["山田 "])
        canvas.put("x", row: 0, column: 1)
        #expect(canvas.lines() == [" x田 "])
        #expect(DisplayWidth.of(canvas.lines()[0]) == 5)
    }

    @Test("display widths: ASCII 1, CJK and emoji 2, combining marks 0")
    func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("山田") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("ｶ") == 1)
        #expect(DisplayWidth.truncate("山田太郎", width: 5) == "山田…")
        #expect(DisplayWidth.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(DisplayWidth.wrap("one two three", width: 7) == ["one two", "three"])
    }
}

@Suite("Views: read-only and marks", .tags(.unit))
struct ReadOnlyViewTests {
    @Test("read-only hides d, D, Space and u from the hints and shows the badge")
    func readOnlyHints() {
        let state = BrowserFixtures.loaded(readOnly: true)
        let lines = Screen.render(state).lines()
        #expect(lines[0].contains("READ-ONLY"))
        let status = lines[lines.count - 1]
        #expect(status.contains("o lookup"))
        for hidden in ["d delete", "D delete all", "␣ mark", "u undo"] {
            #expect(!status.contains(hidden), "\(hidden)")
        }
        let writable = Screen.render(BrowserFixtures.loaded()).lines()
        #expect(writable[writable.count - 1].contains("d delete"))
    }

    @Test("marked rows carry a mark and the header counts them")
    func markedRows() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character(" ")], &state)
        let lines = Screen.render(state).lines()
        #expect(lines[0].contains("1 marked"))
        #expect(lines[2].hasPrefix("●firebase"))
        #expect(lines[3].hasPrefix("›apns"))
        #expect(lines[lines.count - 1].contains("d delete 1 marked"))
    }
}

@Suite("Views: filter errors", .tags(.unit))
struct FilterErrorViewTests {
    @Test("an invalid query says so in the filter bar and in the list")
    func invalidQuery() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("created:>2024-13", &state)
        let text = Screen.render(state).text()
        #expect(text.contains("✗ malformed date \">2024-13\""))
        #expect(text.contains("  error"))
        #expect(text.contains("The filter is not valid"))
    }

    @Test("at 120 columns the error is never cut: a long query gives way and keeps its end")
    func errorIsNeverCut() {
        var state = BrowserFixtures.loaded(size: TerminalSize(rows: 40, columns: 120))
        BrowserFixtures.press([.character("/")], &state)
        let query =
            "provider:firebase app:shop token:d4FAelIfREOTW2TPig user:jeanne !apns contact:foobar created:>2024-13"
        _ = BrowserFixtures.type(query, &state)
        let error = try! #require(state.filter.error)
        let bar = Screen.render(state).text().split(separator: "\n", omittingEmptySubsequences: false)[38]
        #expect(bar.contains("✗ " + error), "\(bar)")
        #expect(bar.contains("created:>2024-13"), "the end of the query, where the cursor is, stays")
        #expect(bar.hasPrefix("/ …"))
    }

    @Test("a word before a colon that is no field is searched as text, and the bar says so")
    func notice() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("colour:red", &state)
        let text = Screen.render(state).text()
        #expect(text.contains("⚠ \"colour\" is not a field, so \"colour:red\" is searched as text"))
        #expect(text.contains("No subscription matches \"colour:red\""))
    }
}

@Suite("Views: highlighted matches", .tags(.unit))
struct HighlightTests {
    static func matchedText(_ canvas: Canvas, row: Int) -> String {
        (0..<canvas.columns).filter { canvas[row, $0].style.underline && canvas[row, $0].style.bold }.map {
            canvas[row, $0].text
        }.joined()
    }

    @Test("matched characters are marked in the list and in the detail, case as the query says")
    func marks() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("mobile !apns", &state)
        let canvas = Screen.render(state)
        let lines = canvas.lines()
        let row = lines.firstIndex { $0.contains("Shop mobile app") && $0.contains("firebase") }!
        #expect(Self.matchedText(canvas, row: row).contains("mobile"))
        let detailRow = lines.firstIndex { $0.contains("Name       Shop mobile app") }!
        #expect(Self.matchedText(canvas, row: detailRow).contains("mobile"))
        #expect(!Self.matchedText(canvas, row: row).contains("apns"), "an excluded term is not marked")
    }

    @Test("a term in capitals marks only the exact case")
    func exactCase() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("APA", &state)
        let canvas = Screen.render(state)
        let tokenRow = canvas.lines().firstIndex { $0.contains("Token      d4FAelIfREOTW2TPig-f9r:APA91b") }!
        #expect(Self.matchedText(canvas, row: tokenRow) == "APA")
    }
}

@Suite("The filter bar while a large list is filtered", .tags(.unit))
struct FilteringIndicatorTests {
    @Test("the bar says the rows shown are the previous result until the new one arrives")
    func filteringShown() throws {
        let rows = BrowserState.backgroundFilterRows + 1
        let items = (0..<rows).map { #"{"id": "r\#($0)", "provider": {"type": "apns", "token": "t\#($0)"}}"# }
        let subscriptions = try Subscription.list(fromJSON: Array(("[" + items.joined(separator: ",") + "]").utf8))
        var state = BrowserFixtures.loaded(subscriptions, contact: .unicity("bulk"))
        BrowserFixtures.press([.character("/")], &state)
        let effects = BrowserFixtures.type("t7", &state)
        guard case .filter(let job)? = effects.last else {
            Issue.record("no filter effect: \(effects)")
            return
        }
        let bar = Screen.render(state).text().split(separator: "\n").first { $0.hasPrefix("/ t7") }
        #expect(
            bar?.contains("filtering… \(CountText.grouped(rows))/\(CountText.grouped(rows))") == true,
            "\(bar ?? "no filter bar")")
        _ = BrowserReducer.reduce(&state, .filterFinished(generation: job.generation, rows: try #require(job.run())))
        let after = Screen.render(state).text().split(separator: "\n").first { $0.hasPrefix("/ t7") }
        #expect(after?.contains("filtering") == false)
        #expect(
            after?.contains(" \(CountText.grouped(state.visible.count))/\(CountText.grouped(rows))") == true,
            "\(after ?? "no filter bar")")
    }
}

@Suite("Views: the list's column titles and counts", .tags(.unit))
struct ColumnTitleTests {
    /// 1,234 rows: enough for the position counter and a thousands separator.
    static let many: [Subscription] = {
        let items = (0..<1_234).map { row in
            (#"{"id": "\#(String(format: "%08x", row))-0000-4000-8000-000000000000", "lifecycle": {"creation": "#
                + #"{"date": "2024-01-01T00:00:00Z"}, "modification": {"date": "2025-01-01T00:00:00Z"}}, "#
                + #""application": "\#(BrowserFixtures.shopID)", "provider": {"type": "firebase", "token": "#
                + #""tok\#(row)"}}"#)
        }
        return try! Subscription.list(fromJSON: Array(("[" + items.joined(separator: ",") + "]").utf8))
    }()

    /// Loaded once, at the last row; each test resizes its own copy.
    static let loaded: BrowserState = {
        var state = BrowserFixtures.loaded(
            Self.many, contact: .unicity("many"), size: TerminalSize(rows: 24, columns: 80))
        BrowserFixtures.press([.character("G")], &state)
        return state
    }()

    static func titleRow(_ state: BrowserState) -> (titles: String, header: String) {
        let lines = Screen.render(state).text().split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let list = ScreenLayout(size: state.size, state: state).list
        return (String(lines[1].prefix(list.width)), lines[0])
    }

    @Test(
        """
        at every width from 40 to 200, every title shown is whole, the counter never covers one, and the header \
        shows the count
        """
    )
    func titlesAreNeverOverwritten() {
        for columns in 40...200 {
            for sort in [false, true] {
                var state = Self.loaded
                if sort { BrowserFixtures.press([.character("s"), .character("s"), .character("S")], &state) }
                _ = BrowserReducer.reduce(&state, .resize(TerminalSize(rows: 24, columns: columns)))
                let (titles, header) = Self.titleRow(state)
                let lines = [header, titles]
                for title in ["PROVIDER", "MODIFIED"] {
                    #expect(titles.contains(title), "\(columns) columns: \(titles)")
                }
                let words = titles.split(separator: " ").filter { $0.allSatisfy { $0.isUppercase || $0 == "…" } }
                #expect(
                    words.allSatisfy {
                        ["PROVIDER", "APPLICATION", "APPLICATI…", "TOKEN", "CREATED", "MODIFIED", "ID"].contains(
                            String($0))
                    },
                    "\(columns) columns: \(titles)")
                #expect(lines[0].contains("1,234"), "the header has the count at \(columns) columns: \(lines[0])")
                let position = "1,234/1,234"
                #expect(
                    titles.contains(position) || lines[0].contains(position),
                    "the position shows somewhere at \(columns) columns")
                if sort { #expect(titles.contains("MODIFIED ▼")) }
            }
        }
    }

    @Test("an ID column appears when the width allows, and the columns drop in a fixed order")
    func columnsByWidth() {
        func titles(_ columns: Int) -> [String] {
            var state = Self.loaded
            _ = BrowserReducer.reduce(&state, .resize(TerminalSize(rows: 24, columns: columns)))
            return Self.titleRow(state).titles.split(separator: " ").map(String.init).filter {
                $0.first?.isUppercase == true
            }
        }
        #expect(titles(40) == ["PROVIDER", "APPLICATION", "MODIFIED"])
        #expect(titles(60) == ["PROVIDER", "APPLICATION", "TOKEN", "CREATED", "MODIFIED"])
        #expect(titles(80) == ["PROVIDER", "APPLICATION", "TOKEN", "CREATED", "MODIFIED"])
        #expect(titles(160).last == "ID")
    }
}
