import Essentials
import Glibc
import NP6

/// `list --format json`: one JSON array of each subscription's bytes as the server sent them (no
/// parsing into values, no re-serialising), written in large blocks as they come. To a terminal,
/// an object that holds a control or bidi character (JSON allows C1 and bidi controls raw) is
/// written re-serialised instead, with those characters as `\u` escapes: the same JSON, and
/// nothing that can drive the terminal.
struct RawJSONOutput {
    static let blockSize = 1 << 20
    private let output: FileOutput
    private let toTerminal: Bool
    private var buffer: [UInt8] = []
    private var written = 0

    init(output: FileOutput = .standardOutput) {
        self.output = output
        toTerminal = isatty(output.descriptor) == 1
        buffer.reserveCapacity(Self.blockSize + 64 * 1024)
        buffer.append(UInt8(ascii: "["))
    }

    mutating func write(_ subscription: Subscription) throws(OutputError) {
        buffer.append(contentsOf: written == 0 ? [UInt8(ascii: "\n")] : [UInt8(ascii: ","), UInt8(ascii: "\n")])
        written += 1
        if toTerminal,
            String(decoding: subscription.jsonBytes, as: UTF8.self).unicodeScalars.contains(
                where: UntrustedText.isControl)
        {
            buffer.append(contentsOf: subscription.raw.serialized().utf8)
        } else {
            buffer.append(contentsOf: subscription.jsonBytes)
        }
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Closes the array and writes what is left.
    mutating func finish() throws(OutputError) {
        buffer.append(contentsOf: (written == 0 ? "]\n" : "\n]\n").utf8)
        try flush()
    }

    private mutating func flush() throws(OutputError) {
        try buffer.withUnsafeBufferPointer { (bytes) throws(OutputError) in try output.write(bytes) }
        buffer.removeAll(keepingCapacity: true)
    }
}
