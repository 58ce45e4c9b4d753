import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing
import Views

/// Whatever the size, a confirmation shows the exact request it will send, in full.
@Suite("Confirmations show their whole request at every size", .tags(.unit))
struct ConfirmationViewTests {
    static let sizes = [
        TerminalSize(rows: 40, columns: 120), TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 12, columns: 40),
        TerminalSize(rows: 10, columns: 40),
    ]

    static func opened(_ keys: [Key], size: TerminalSize, marks: Bool = false) -> BrowserState {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size)
        if marks { BrowserFixtures.press([.character(" "), .character(" ")], &state) }
        BrowserFixtures.press(keys, &state)
        return state
    }

    @Test("d, marked d and D", arguments: sizes)
    func requestInFull(size: TerminalSize) throws {
        for state in [
            Self.opened([.character("d")], size: size), Self.opened([.character("d")], size: size, marks: true),
            Self.opened([.character("D")], size: size),
        ] {
            guard case .confirmation(let confirmation)? = state.overlay else {
                Issue.record("no confirmation")
                continue
            }
            // The modal's rows between its borders, joined: a wrapped request reads whole again.
            let inside = Screen.render(state).lines().map { line in
                line.split(separator: "│", omittingEmptySubsequences: false).dropFirst().dropLast().joined()
                    .trimmingCharacters(in: .whitespaces)
            }.joined().replacingOccurrences(of: " ", with: "")
            let request = UntrustedText.sanitized(confirmation.requestLine).replacingOccurrences(of: " ", with: "")
            #expect(inside.contains(request), "\(size.columns)×\(size.rows): \(confirmation.requestLine)")
        }
    }
}
