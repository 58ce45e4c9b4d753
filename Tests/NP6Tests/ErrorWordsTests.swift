import Localization
import NP6
import TestTags
import Testing

/// An error is said in the program's language, and recorded (journal, audit log, JSON lines) in
/// English whatever the language, numbers and the transport's reasons included.
@Suite("NP6Error: said in the language, recorded in English", .tags(.unit))
struct ErrorWordsTests {
    @Test("a timeout and a refused connection in French on screen, in English in the journal")
    func spokenAndRecorded() {
        let timeout = NP6Error.timeout(seconds: 2.5)
        let refused = NP6Error.connectionFailed(host: "h", reason: "connection refused")
        Localization.with(.french) {
            #expect(timeout.message == "Pas de réponse du serveur après 2,5 s.")
            #expect(refused.message == "Connexion à h impossible\u{00A0}: connexion refusée.")
            #expect(timeout.recordedMessage == "Timed out after 2.5 s waiting for the server.")
            #expect(refused.recordedMessage == "Cannot connect to h: connection refused.")
        }
        Localization.with(.english) {
            #expect(refused.message == refused.recordedMessage)
        }
    }
}
