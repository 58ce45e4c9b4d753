import Foundation
import TestTags
import Testing

/// The README shows a screen; it must be the views' own output, never typed by hand.
/// scripts/readme-screen copies it from the golden file its `<!-- screen: PATH -->` line names.
@Suite(.tags(.unit))
struct ReadmeScreenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Each `<!-- screen: PATH -->` of the README with the fenced block that follows it.
    static func screens(in readme: String) -> [(path: String, block: String)] {
        let lines = readme.components(separatedBy: "\n")
        var screens: [(path: String, block: String)] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("<!-- screen: ") && line.hasSuffix(" -->") {
            let path = String(line.dropFirst("<!-- screen: ".count).dropLast(" -->".count))
            guard index + 1 < lines.count, lines[index + 1] == "```" else { continue }
            let block = lines[(index + 2)...].prefix { $0 != "```" }
            screens.append((path, block.joined(separator: "\n")))
        }
        return screens
    }

    @Test func theReadmeShowsTheGoldenScreen() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let screens = Self.screens(in: readme)
        #expect(
            screens.map(\.path) == [
                "Tests/ViewsTests/Golden/browser-120x40.txt", "Tests/ViewsTests/Golden/fr-browser-80x24.txt",
            ])
        for screen in screens {
            let golden = try String(contentsOf: Self.root.appendingPathComponent(screen.path), encoding: .utf8)
            let expected = golden.hasSuffix("\n") ? String(golden.dropLast()) : golden
            #expect(
                screen.block == expected, "README.md's screen differs from \(screen.path): run scripts/readme-screen")
        }
    }
}
