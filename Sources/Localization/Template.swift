/// A catalog entry's text: literal words, `{name}` placeholders, and plural blocks chosen by a
/// count by CLDR's rules, `{count, one {# abonnement} other {# abonnements}}`, where `#` is the
/// count as the language writes it. A text holds no literal brace (a value with one comes as an
/// argument). A small subset of ICU's MessageFormat: enough for every message, and checked for
/// every entry by a test.
struct Template: Sendable {
    enum Part: Equatable, Sendable {
        case literal(String)
        case placeholder(String)
        case plural(String, [PluralCategory: [Part]])
    }

    struct Failure: Error, Equatable {
        var reason: String
    }

    let source: String
    /// The parts; a malformed template (only a catalog's mistake, which the test finds) reads as
    /// its own text.
    let parts: [Part]

    init(_ source: String) {
        self.source = source
        self.parts = (try? Self.parse(source)) ?? [.literal(source)]
    }

    func parsed() throws(Failure) -> [Part] { try Self.parse(source) }

    private static func parse(_ source: String) throws(Failure) -> [Part] {
        var scalars = Substring(source)
        let parts = try parts(&scalars, inPlural: false)
        guard scalars.isEmpty else { throw Failure(reason: "an unmatched } in \(source)") }
        return parts
    }

    /// Every placeholder's name, plural counts included.
    var placeholders: Set<String> {
        func names(_ parts: [Part]) -> Set<String> {
            parts.reduce(into: []) { result, part in
                switch part {
                case .literal: break
                case .placeholder(let name): result.insert(name)
                case .plural(let name, let forms):
                    result.insert(name)
                    for form in forms.values { result.formUnion(names(form)) }
                }
            }
        }
        return names(parts)
    }

    func render(_ arguments: [String: Message.Argument], in language: Language) -> String {
        Self.render(parts, arguments, count: nil, in: language)
    }

    private static func render(
        _ parts: [Part], _ arguments: [String: Message.Argument], count: Int?, in language: Language
    ) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal):
                if let count {
                    text += literal.split(separator: "#", omittingEmptySubsequences: false)
                        .joined(separator: NumberText.grouped(count, in: language))
                } else {
                    text += literal
                }
            case .placeholder(let name):
                text += arguments[name].map { value(of: $0, in: language) } ?? "{\(name)}"
            case .plural(let name, let forms):
                guard case .count(let number)? = arguments[name] else {
                    text += "{\(name)}"
                    continue
                }
                let form = forms[PluralCategory(number, in: language)] ?? forms[.other] ?? []
                text += render(form, arguments, count: number, in: language)
            }
        }
        return text
    }

    private static func value(of argument: Message.Argument, in language: Language) -> String {
        switch argument {
        case .count(let number): NumberText.grouped(number, in: language)
        case .decimal(let value, let digits): NumberText.decimal(value, fractionDigits: digits, in: language)
        case .text(let text), .key(let text): text
        }
    }

    // MARK: Parsing

    private static func parts(_ text: inout Substring, inPlural: Bool) throws(Failure) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        while let character = text.first {
            if character == "}" {
                guard inPlural else { throw Failure(reason: "an unmatched }") }
                break
            } else if character == "{" {
                flush()
                text.removeFirst()
                parts.append(try placeholder(&text))
            } else {
                literal.append(character)
                text.removeFirst()
            }
        }
        flush()
        return parts
    }

    /// After `{`: `name}` or `name, one {…} other {…}}`.
    private static func placeholder(_ text: inout Substring) throws(Failure) -> Part {
        let name = String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        guard !name.isEmpty else { throw Failure(reason: "a placeholder without a name") }
        text.removeFirst(name.count)
        if text.first == "}" {
            text.removeFirst()
            return .placeholder(name)
        }
        guard text.first == "," else { throw Failure(reason: "expected } or , after {\(name)") }
        text.removeFirst()
        var forms: [PluralCategory: [Part]] = [:]
        while true {
            text = text.drop { $0 == " " }
            if text.first == "}" {
                text.removeFirst()
                break
            }
            let word = String(text.prefix { $0.isLetter })
            guard let category = PluralCategory(rawValue: word) else {
                throw Failure(reason: "unknown plural category \"\(word)\" in {\(name)")
            }
            text.removeFirst(word.count)
            text = text.drop { $0 == " " }
            guard text.first == "{" else { throw Failure(reason: "expected { after \(word)") }
            text.removeFirst()
            forms[category] = try parts(&text, inPlural: true)
            guard text.first == "}" else { throw Failure(reason: "an unclosed form \(word) in {\(name)") }
            text.removeFirst()
        }
        guard forms[.other] != nil else { throw Failure(reason: "{\(name), …} has no other form") }
        return .plural(name, forms)
    }
}
