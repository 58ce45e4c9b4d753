import Browser
import BrowserTestSupport
import Primitives
import TestTags
import Testing
import Views

@Suite("Themes: dark, light, high-contrast, deuteranopia, colors: per role, the nearest colour", .tags(.unit))
struct ThemeTests {
    static let size = TerminalSize(rows: 24, columns: 80)

    @Test(
        "each theme's style grid: a production profile with a filter matching, the help open",
        arguments: ThemePalette.names)
    func goldens(name: String) throws {
        let palette = try #require(ThemePalette.named(name))
        try Theme.with(palette) {
            var state = BrowserFixtures.loaded(
                BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: Self.size,
                profile: BrowserFixtures.profiles[1], profiles: BrowserFixtures.profiles)
            BrowserFixtures.press([.character("/")], &state)
            _ = BrowserFixtures.type("apns", &state)
            BrowserFixtures.press([.enter], &state)
            try GoldenFile.check(Screen.render(state), "theme-\(name)-80x24")
        }
    }

    @Test("the production band differs from the header in every theme, in colour and in attributes")
    func productionBandStandsOut() throws {
        for name in ThemePalette.names {
            let palette = try #require(ThemePalette.named(name))
            #expect(palette.productionBand.background != palette.header.background, "\(name)")
            #expect(palette.productionBand.bold && palette.productionBand.underline, "\(name)")
            #expect(!(palette.header.bold && palette.header.underline), "\(name)")
        }
    }

    @Test("deuteranopia never tells production, danger or a match by red against green alone")
    func deuteranopia() {
        let palette = ThemePalette.deuteranopia
        let redOrGreen: Set<Color> = [.red, .green, .brightRed, Color(10)]
        for style in [palette.productionBand, palette.danger, palette.success, palette.match, palette.banner] {
            #expect(style.foreground.map { !redOrGreen.contains($0) } ?? true)
            #expect(style.background.map { !redOrGreen.contains($0) } ?? true)
        }
        #expect(palette.match.background != nil, "a match is marked by its background, not its hue alone")
    }

    @Test("light has no dim text and no cyan")
    func light() {
        let palette = ThemePalette.light
        let styles = [palette.muted, palette.border, palette.label, palette.heading, palette.keyHint]
        #expect(styles.allSatisfy { !$0.dim && $0.foreground != .cyan })
    }

    @Test("colors: sets single roles over the theme; unknown roles, colours and themes are warnings")
    func colors() {
        let entries = [
            ConfigEntry(
                name: "production_band", line: 4, column: 3, values: [.init("black on color208", line: 4, column: 20)]),
            ConfigEntry(name: "match", line: 5, column: 3, values: [.init("magenta", line: 5, column: 10)]),
            ConfigEntry(name: "dim", line: 6, column: 3, values: [.init("bright-black", line: 6, column: 8)]),
            ConfigEntry(name: "headr", line: 7, column: 3, values: [.init("blue", line: 7, column: 10)]),
            ConfigEntry(name: "error", line: 8, column: 3, values: [.init("rde", line: 8, column: 10)]),
        ]
        let (palette, warnings) = ThemePalette.customized(
            theme: ConfigEntry.Value("light", line: 1, column: 8), colors: entries)
        #expect(palette.productionBand.background == .orange)
        #expect(palette.productionBand.foreground == .black)
        #expect(palette.productionBand.bold && palette.productionBand.underline)
        #expect(palette.match.foreground == .magenta)
        #expect(palette.muted == Style(foreground: .gray))
        #expect(palette.header == ThemePalette.light.header)
        #expect(palette.danger == ThemePalette.light.danger)
        #expect(warnings.map { "\($0.line):\($0.column)" } == ["7:3", "8:10"])
        #expect(warnings[0].message.hasSuffix("did you mean header?"))
        #expect(warnings[1].message.hasSuffix("did you mean red?"))
        let (dark, unknown) = ThemePalette.customized(theme: ConfigEntry.Value("lihgt", line: 1, column: 8), colors: [])
        #expect(dark == .dark)
        #expect(
            unknown.map(\.message) == [
                "theme: no theme is named \"lihgt\" (dark, light, high-contrast, deuteranopia); dark is used"
                    + "; did you mean light?"
            ])
    }

    @Test("a colour a terminal lacks becomes the nearest it has; names, numbers and #rrggbb are read")
    func nearest() {
        #expect(Color.orange.nearest(within: 256) == .orange)
        #expect(Color.orange.nearest(within: 16) == .yellow)
        #expect(Color.orange.nearest(within: 8) == .yellow)
        #expect(Color(11).nearest(within: 8) == .yellow)
        #expect(Color(228).nearest(within: 8) == .white)
        #expect(Color(25).nearest(within: 8) == .blue)
        #expect(Color.brightWhite.nearest(within: 8) == .white)
        #expect(Color.gray.nearest(within: 16) == .gray)
        #expect(Color.gray.nearest(within: 8) == .white)
        #expect(Color(240).nearest(within: 8) == .black)
        #expect(Color(configName: "bright-red") == .brightRed)
        #expect(Color(configName: "208") == .orange)
        #expect(Color(configName: "color25") == Color(25))
        #expect(Color(configName: "#ff8700") == .orange)
        #expect(Color(configName: "purple") == nil)
    }
}
