import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing
import Views

@Suite("Profiles on screen: the header, the band, the modals, the picker", .tags(.unit))
struct ProfileViewTests {
    static let staging = BrowserFixtures.profiles[0]
    static let production = BrowserFixtures.profiles[1]

    @Test(
        "a production profile's label is in a danger band across the whole header, at every width",
        arguments: [120, 80, 60, 40])
    func band(columns: Int) {
        let state = BrowserFixtures.loaded(
            size: TerminalSize(rows: 24, columns: columns), profile: Self.production, profiles: BrowserFixtures.profiles
        )
        let canvas = Screen.render(state)
        let header = canvas.lines()[0]
        #expect(header.contains("ACME production"), "\(columns) columns: \(header)")
        #expect(header.contains("PROD"), "\(columns) columns: \(header)")
        #expect(header.contains("2 sub"), "\(columns) columns: the count is gone: \(header)")
        // Every cell of the row, not only the text, is the band (the badge, if any, aside).
        let banded = (0..<columns).filter { canvas[0, $0].style == Theme.productionBand }.count
        #expect(banded >= columns - 12, "\(columns) columns: only \(banded) cells in the band")
        #expect(Theme.productionBand.background != nil, "without colour a background becomes reverse video")
        #expect(
            Theme.productionBand.bold && Theme.productionBand.underline,
            "and it differs from the plain header without colour")
    }

    @Test("another profile is named in the header, without the band; no profile, no name", arguments: [120, 40])
    func named(columns: Int) {
        let state = BrowserFixtures.loaded(
            size: TerminalSize(rows: 24, columns: columns), profile: Self.staging, profiles: BrowserFixtures.profiles)
        let canvas = Screen.render(state)
        #expect(canvas.lines()[0].contains("staging"))
        #expect(canvas[0, 2].style != Theme.productionBand)
        #expect(
            !Screen.render(BrowserFixtures.loaded(size: TerminalSize(rows: 24, columns: columns))).lines()[0].contains(
                "staging"))
    }

    @Test("--read-write over a read-only profile says so in the header; at 40 columns the count stays beside the band")
    func readWrite() {
        let audit = ProfileChoice(name: "audit", host: "api-cm.np6.com", keySourceKind: "file", readOnly: true)
        let readOnlyProduction = ProfileChoice(
            name: "acme-prod", label: "ACME production", host: "api-cm.np6.com", keySourceKind: "command",
            production: true, readOnly: true)
        let narrow = Screen.render(
            BrowserFixtures.loaded(
                size: TerminalSize(rows: 12, columns: 40), profile: readOnlyProduction, profiles: [readOnlyProduction],
                readWrite: true)
        ).lines()[0]
        #expect(narrow.contains("PROD") && narrow.contains("2 subs") && narrow.contains("READ-WRITE"), "\(narrow)")
        #expect(
            Screen.render(BrowserFixtures.loaded(profile: audit, profiles: [audit], readWrite: true)).lines()[0]
                .contains("READ-WRITE"))
        #expect(
            Screen.render(BrowserFixtures.loaded(profile: audit, profiles: [audit])).lines()[0].contains("READ-ONLY"))
    }

    @Test("every delete modal names the profile; on production in capitals, kept at 80×24", arguments: ["d", "D"])
    func modalNamesProfile(key: String) {
        var state = BrowserFixtures.loaded(
            size: TerminalSize(rows: 24, columns: 80), profile: Self.production, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character(Character(key))], &state)
        let text = Screen.render(state).text()
        #expect(text.contains("PRODUCTION: profile acme-prod (ACME production)"), "\(text)")
        var staging = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character(Character(key))], &staging)
        #expect(Screen.render(staging).text().contains("Profile staging on staging-api.example.net"))
    }

    @Test("the picker shows name, host, key source kind and badges, the current one marked")
    func picker() {
        var state = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character("P")], &state)
        let lines = Screen.render(state).lines()
        let staging = lines.first { $0.contains("› staging") }
        let production = lines.first { $0.contains("acme-prod") }
        #expect(
            staging?.contains("staging-api.example.net") == true && staging?.contains("key: env") == true
                && staging?.contains("current") == true)
        #expect(production?.contains("key: command") == true && production?.contains("PRODUCTION") == true, "\(lines)")
        #expect(lines.contains { $0.contains("Enter switch") })
    }
}
