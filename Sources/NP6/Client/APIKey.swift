import Essentials
import FoundationEssentials
import Localization

/// The NP6 API key. Its description is redacted, so printing, logging or interpolating it
/// never reveals it; only the transport reads `headerValue`.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    let headerValue: String

    public init(_ text: String) throws(NP6Error) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .invalidAPIKey(reason: Message.apiKeyEmpty.text()) }
        // A newline or other control character would let the key split the HTTP header, and a
        // header carries ASCII only: refuse both rather than send something else than the key.
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .invalidAPIKey(reason: Message.apiKeyControl.text())
        }
        guard trimmed.unicodeScalars.allSatisfy(\.isASCII) else {
            throw .invalidAPIKey(reason: Message.apiKeyNonASCII.text())
        }
        self.headerValue = trimmed
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "APIKey(<redacted>)" }

    /// Replaces every occurrence of the key in `text`, for anything that might echo it back.
    public func redact(_ text: String) -> String {
        text.replacingAll(headerValue, with: "<redacted>")
    }
}
