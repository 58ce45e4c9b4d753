import Essentials

/// One element of an array that `JSONParser.elements(ofArray:noting:)` validated: where it lies
/// and, for an object, what the pass saw of the two noted members (offsets into the buffer).
///
/// The pass notes what the caller would otherwise read back from the element's bytes after the
/// pass, when they have left the cache: for 100,000 rows that was a cache miss a row, 45 ms of
/// Enter-to-rows (docs/performance.md).
public struct NotedElement: Sendable, Equatable {
    public let range: Range<Int>
    let notes: Notes

    /// Whether the element is an object (only objects are noted).
    public var isObject: Bool { notes.isObject }
    /// The first member named `NotedKeys.first` (then `.second`), nil when there is none.
    public var first: Range<Int>? { notes.first }
    public var second: Range<Int>? { notes.second }
    /// Whether the first noted member's value is a string.
    public var firstIsString: Bool { notes.firstIsString }
    /// Whether the second noted member's value is, byte for byte, the previous element's.
    public var secondRepeatsPrevious: Bool { notes.secondRepeatsPrevious }
    /// False when a member name had an escape (`"\u0069d"` is `id`): the notes may then miss
    /// a member, and `JSONParser.memberRange` (which decodes names) must be asked instead.
    public var isComplete: Bool { notes.isObject && !notes.sawEscapedName }

    init(range: Range<Int>, notes: Notes) {
        self.range = range
        self.notes = notes
    }

    func moved(by offset: Int) -> NotedElement {
        var moved = notes
        moved.first = notes.first.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        moved.second = notes.second.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        return NotedElement(range: (range.lowerBound + offset)..<(range.upperBound + offset), notes: moved)
    }

    /// What the pass learns of one object's members as it goes.
    struct Notes: Sendable, Equatable {
        var isObject = false
        var first: Range<Int>?
        var second: Range<Int>?
        var firstIsString = false
        var secondRepeatsPrevious = false
        var sawEscapedName = false

        /// One member: its raw name (between the quotes) and where its value lies in `bytes`.
        mutating func note(
            _ name: UnsafeBufferPointer<UInt8>, _ keys: NotedKeys, _ value: Range<Int>,
            in bytes: UnsafeBufferPointer<UInt8>
        ) {
            if first == nil, Self.same(name, keys.first) {
                first = value
                firstIsString = bytes[value.lowerBound] == UInt8(ascii: "\"")
            } else if second == nil, Self.same(name, keys.second) {
                second = value
            } else if name.contains(UInt8(ascii: "\\")) {
                sawEscapedName = true
            }
        }

        /// After the object: whether its second member repeats `previous` (the last element's).
        mutating func compareSecond(with previous: Range<Int>?, in bytes: UnsafeBufferPointer<UInt8>) {
            guard let second, let previous, second.count == previous.count else { return }
            secondRepeatsPrevious = UnsafeBufferPointer(rebasing: bytes[second]).hasSameBytes(
                as: UnsafeBufferPointer(rebasing: bytes[previous]))
        }

        private static func same(_ name: UnsafeBufferPointer<UInt8>, _ key: [UInt8]) -> Bool {
            name.count == key.count && key.withUnsafeBufferPointer { name.hasSameBytes(as: $0) }
        }
    }
}
