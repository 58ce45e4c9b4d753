/// Validates a JSON array's elements while its bytes are still arriving, so that the pass over
/// a 45 MB answer runs beside the download instead of after it (it was a third of Enter-to-rows
/// at 100,000 rows, docs/performance.md).
///
/// It is only a head start. `advance` takes every whole element the bytes received so far hold
/// and leaves a cut one for the next call; `finish` takes the rest once the answer is whole, and
/// returns what `JSONParser.elements(ofArray:noting:)` would, or nil for anything it cannot vouch
/// for (not an array, invalid JSON), which the caller then validates whole for the exact error.
public struct JSONArrayPrescan: Sendable {
    private let keys: NotedKeys
    private var elements: [NotedElement] = []
    /// Where the next thing to read starts: `[`, an element, or what follows one.
    private var cursor = 0
    private var stage = Stage.beforeArray
    private var previousSecond: Range<Int>?
    /// A cut element is tried again only once this many bytes have arrived: the bytes after it
    /// at least doubled, so one huge element costs linear time, not a pass per chunk.
    private var retryAt = 0

    private enum Stage: Sendable {
        case beforeArray, beforeFirstElement, beforeElement, afterElement, closed, refused
    }

    public init(noting keys: NotedKeys) {
        self.keys = keys
    }

    /// Reads on through `bytes`, every byte of the answer received so far (the same prefix as
    /// before, longer).
    public mutating func advance(over bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { advance(over: $0) }
    }

    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= retryAt else { return }
        read(bytes, final: false)
    }

    /// The whole answer's elements, as a validating pass would give them; nil when it is not a
    /// valid array (the caller's own pass then says why).
    public mutating func finish(_ bytes: [UInt8]) -> [NotedElement]? {
        bytes.withUnsafeBufferPointer { finish($0) }
    }

    mutating func finish(_ bytes: UnsafeBufferPointer<UInt8>) -> [NotedElement]? {
        read(bytes, final: true)
        guard stage == .closed else { return nil }
        var parser = JSONParser(bytes: bytes)
        parser.index = cursor
        parser.skipWhitespace()
        return parser.index == bytes.count ? elements : nil
    }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool) {
        var parser = JSONParser(bytes: bytes)
        parser.index = cursor
        parser.depth = 1
        parser.locatesFailures = false
        while true {
            parser.skipWhitespace()
            guard parser.index < bytes.count else { return }
            let byte = bytes[parser.index]
            switch stage {
            case .beforeArray:
                guard step(over: "[", at: byte, to: .beforeFirstElement, &parser) else { return }
            case .beforeFirstElement where byte == UInt8(ascii: "]"), .afterElement where byte == UInt8(ascii: "]"):
                parser.index += 1
                stage = .closed
            case .afterElement:
                guard step(over: ",", at: byte, to: .beforeElement, &parser) else { return }
            case .beforeFirstElement, .beforeElement:
                let start = parser.index
                // An element that fails, or ends at the last byte (a number may go on), may be cut.
                guard let element = try? parser.skipElement(noting: keys, after: previousSecond),
                    final || parser.index < bytes.count
                else {
                    if final { stage = .refused }
                    retryAt = bytes.count + max(bytes.count - start, 1)
                    return
                }
                elements.append(element)
                previousSecond = element.second
                stage = .afterElement
            case .closed, .refused:
                return
            }
            cursor = parser.index
        }
    }

    /// Past `wanted` into `next`; any other byte there refuses the document.
    private mutating func step(
        over wanted: Unicode.Scalar, at byte: UInt8, to next: Stage, _ parser: inout JSONParser
    ) -> Bool {
        guard byte == UInt8(ascii: wanted) else {
            stage = .refused
            return false
        }
        parser.index += 1
        stage = next
        return true
    }
}
