import TestTags
import Testing

@testable import Localization

@Suite("The catalog: every entry in every language, the same placeholders, French typography", .tags(.unit))
struct CatalogTests {
    @Test(
        "every language has every entry, each parses, and its placeholders are English's", arguments: Language.allCases)
    func complete(language: Language) throws {
        for id in MessageID.allCases {
            let text = try #require(language.table[id], "\(language.rawValue) lacks \(id.rawValue)")
            let english = try #require(EnglishTable.entries[id])
            #expect(throws: Never.self, "\(language.rawValue) \(id.rawValue)") { try Template(text).parsed() }
            #expect(
                Template(text).placeholders == Template(english).placeholders,
                "\(language.rawValue) \(id.rawValue): \(text)")
        }
        #expect(language.table.count == MessageID.allCases.count, "no entry beyond the IDs")
    }

    @Test("a malformed template is found: an unclosed block, an unknown category, a plural without other")
    func malformed() {
        for text in ["{count", "{count, one {#}", "{count, few {#} other {#}}", "{count, one {#}}", "a } b", "{}"] {
            #expect(throws: Template.Failure.self, "\(text)") { try Template(text).parsed() }
        }
        #expect(Template("{n, one {# a} other {# b}} and {x}").placeholders == ["n", "x"])
    }

    /// French sets `:` `?` `!` `;` apart with a no-break space: U+00A0, or U+202F.
    @Test("French: a no-break space before : ? ! ; and no plain apostrophe")
    func frenchTypography() {
        for (id, text) in FrenchTable.entries {
            let scalars = Array(text.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where ":?!;".unicodeScalars.contains(scalar) {
                let followedBySpace = index + 1 == scalars.count || scalars[index + 1] == " "
                guard scalar != ":" || followedBySpace else { continue }  // 12:30, https://
                let before = index > 0 ? scalars[index - 1] : " "
                #expect(before == "\u{00A0}" || before == "\u{202F}", "\(id.rawValue): \(text)")
            }
            #expect(!text.contains("'"), "\(id.rawValue): a typographic apostrophe (’), not '")
        }
    }
}
