import Localization
import NP6

/// The only text the subcommands print. What is written in the source (literals) is kept as it
/// is; every interpolated string is sanitised (`UntrustedText`), so a server id, an error body or
/// a file name cannot drive the terminal, whichever message it lands in.
public struct ConsoleText: ExpressibleByStringInterpolation, Sendable, Equatable {
    public let text: String

    public init(stringLiteral literal: String) {
        text = literal
    }

    public init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
    }

    /// A catalog message: its words are the program's own, its text values (contacts, server
    /// words, paths) are sanitised as an interpolated string is.
    public init(_ message: Message) {
        let arguments = message.arguments.mapValues { argument -> Message.Argument in
            guard case .text(let value) = argument else { return argument }
            return .text(UntrustedText.sanitized(value))
        }
        text = Message(message.id, arguments).text()
    }

    /// Output already made safe by a writer that sanitises every cell (tables, CSV) or escapes
    /// every control and bidi character (the JSON serialiser).
    init(safe text: String) {
        self.text = text
    }

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        public mutating func appendInterpolation(_ value: String) {
            text += UntrustedText.sanitized(value)
        }

        public mutating func appendInterpolation(_ value: some BinaryInteger) {
            text += String(value)
        }

        public mutating func appendInterpolation(_ value: ConsoleText) {
            text += value.text
        }

        public mutating func appendInterpolation(_ value: Message) {
            text += ConsoleText(value).text
        }
    }
}
