import BrowserTestSupport
import Localization
import NP6
import TestTags
import Testing

@testable import Browser

/// The browser's sentences in French, where grammar follows the count: a verdict after a
/// re-check, and what a delete of several answered.
@Suite("The browser's sentences in French agree with their counts", .tags(.unit))
struct FrenchWordingTests {
    static func verdict(ids: [String], remaining: Set<String>, what: String) -> Banner {
        let verification = DeleteVerification(subscriptionIDs: ids, what: what, cause: "Délai dépassé.")
        return Localization.with(.french) { verification.verdict(remainingIDs: remaining) }
    }

    @Test("a re-check says gone or still there, one or several, partly: each in French, with a no-break space")
    func verdicts() {
        let one = Self.verdict(ids: ["a"], remaining: [], what: "firebase abc…xyz (Shop)")
        #expect(one.title == "Issue inconnue, maintenant résolue")
        let gone = "Après actualisation, firebase abc…xyz (Shop) n’est plus là\u{00A0}: la suppression a eu lieu."
        #expect(one.message == "Délai dépassé. " + gone)
        let several = Self.verdict(ids: ["a", "b"], remaining: ["a", "b"], what: "les 2 abonnements")
        let stillThere = "les 2 abonnements sont toujours là\u{00A0}: ils n’ont pas été supprimés."
        #expect(several.message.hasSuffix(stillThere))
        let partly = Self.verdict(ids: ["a", "b", "c"], remaining: ["a"], what: "les 3 abonnements")
        #expect(partly.title == "Issue inconnue, en partie résolue")
        #expect(partly.message.hasSuffix("1 sur 3 est toujours là."))
        let english = DeleteVerification(subscriptionIDs: ["a", "b"], what: "the 2 subscriptions", cause: "Timed out.")
        #expect(
            english.verdict(remainingIDs: []).message.hasSuffix("the 2 subscriptions are gone: the delete happened."))
    }

    @Test("in French too, the JSON as sent is copied with its own line breaks, and the flash says so in French")
    func jsonCopyKeepsLineBreaks() throws {
        let sent = "{\n  \"id\": \"s-1\",\n  \"provider\": {\"type\": \"apns\", \"token\": \"t\"}\n}"
        let subscriptions = try Subscription.list(fromJSON: Array("[\(sent)]".utf8))
        var state = BrowserFixtures.loaded(subscriptions)
        let effects = Localization.with(.french) { () -> [Effect] in
            BrowserFixtures.press([.character("C")], &state)
            return BrowserFixtures.press([.character("4")], &state)
        }
        let copied = effects.compactMap { effect -> (String, String)? in
            if case .copyToClipboard(let text, let what) = effect { return (text, what) }
            return nil
        }.first
        #expect(copied?.0 == sent, "not escaped: JSON's line breaks are its own")
        #expect(copied?.1 == "JSON tel qu’envoyé (\(sent.count) caractères)")
    }

    @Test("counts choose their words: 1 supprimé, 2 supprimés, 0 abonnement, 1 234 abonnements")
    func parts() {
        Localization.with(.french) {
            #expect(Message.partDeleted(deleted: 1, total: 2).text() == "1 supprimé sur 2 abonnements")
            #expect(Message.partDeleted(deleted: 2, total: 1_234).text() == "2 supprimés sur 1\u{202F}234 abonnements")
            #expect(Message.flashRecreated(count: 0).text() == "0 abonnement recréé")
            #expect(Message.flashMarkedForeign(count: 2, key: "d").text().hasSuffix("supprimez-les une à une avec d"))
        }
        #expect(Message.partDeleted(deleted: 1, total: 2).text() == "Deleted 1 of 2 subscriptions")
    }
}
