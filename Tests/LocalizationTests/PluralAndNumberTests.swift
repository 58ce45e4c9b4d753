import TestTags
import Testing

@testable import Localization

@Suite("CLDR plurals and numbers in English and French", .tags(.unit))
struct PluralAndNumberTests {
    @Test("French one is 0 and 1, many a multiple of a million; English one is exactly 1")
    func pluralCategories() {
        #expect(
            [0, 1, 2, 17, 1_000_000, 2_000_000, 1_000_001].map { PluralCategory($0, in: .french) } == [
                .one, .one, .other, .other, .many, .many, .other,
            ])
        #expect(
            [0, 1, 2, -1, 1_000_000].map { PluralCategory($0, in: .english) } == [.other, .one, .other, .one, .other])
    }

    @Test("counts: 0 abonnement, 1 abonnement, 2 abonnements, 12 345 with a narrow no-break space")
    func counts() {
        let french = [0, 1, 2, 12_345].map { Message.subscriptionCount($0).text(in: .french) }
        #expect(french == ["0 abonnement", "1 abonnement", "2 abonnements", "12\u{202F}345 abonnements"])
        let english = [0, 1, 2, 100_000].map { Message.subscriptionCount($0).text(in: .english) }
        #expect(english == ["0 subscriptions", "1 subscription", "2 subscriptions", "100,000 subscriptions"])
        #expect(Message.subscriptionCount(1_000_000).text(in: .french) == "1\u{202F}000\u{202F}000 abonnements")
    }

    @Test("decimals: a comma in French, a point in English, both grouped and rounded")
    func decimals() {
        #expect(NumberText.decimal(2.5, fractionDigits: 1, in: .french) == "2,5")
        #expect(NumberText.decimal(1234.56, fractionDigits: 1, in: .french) == "1\u{202F}234,6")
        #expect(NumberText.decimal(1234.56, fractionDigits: 2, in: .english) == "1,234.56")
        #expect(NumberText.decimal(0.05, fractionDigits: 2, in: .english) == "0.05")
        #expect(NumberText.decimal(-3, fractionDigits: 0, in: .french) == "-3")
        #expect(NumberText.grouped(-1_234_567, in: .english) == "-1,234,567")
    }

    @Test("a task's language is its own: two tasks render the same message in two languages at once")
    func scopedLanguage() async {
        async let french = Localization.with(.french) { Message.hintQuit.text() }
        async let english = Localization.with(.english) { Message.hintQuit.text() }
        #expect(await [french, english] == ["quitter", "quit"])
    }
}
