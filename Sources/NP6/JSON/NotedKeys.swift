/// The two member names a validating pass notes in each element object of an array
/// (`JSONParser.elements(ofArray:noting:)`), as the bytes a name without escapes is written with.
public struct NotedKeys: Sendable {
    let first: [UInt8]
    let second: [UInt8]

    public init(_ first: String, _ second: String) {
        self.first = Array(first.utf8)
        self.second = Array(second.utf8)
    }
}
