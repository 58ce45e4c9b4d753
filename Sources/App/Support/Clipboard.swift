import Foundation

/// Copying over SSH and inside tmux: an OSC 52 sequence to the terminal, and inside tmux also
/// `tmux load-buffer -w -`, because tmux's default `set-clipboard external` ignores an
/// application's OSC 52 but `load-buffer -w` fills tmux's buffer and forwards it outward.
public enum Clipboard {
    /// `ESC ] 52 ; c ; <base64> BEL`.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    /// GNU screen swallows unknown OSCs unless wrapped in its passthrough (DCS … ST).
    public static func wrappedForScreen(_ sequence: String) -> String {
        "\u{1B}P\(sequence)\u{1B}\\"
    }

    /// Copies `text`; returns an error message, or nil on success. Writes to the terminal on
    /// `terminalDescriptor`, so it must run on the UI thread between frames.
    public static func copy(_ text: String, terminalDescriptor: Int32, environment: [String: String]) -> String? {
        var sequence = osc52(text)
        let term = environment["TERM"] ?? ""
        if environment["TMUX"] == nil, term.hasPrefix("screen") { sequence = wrappedForScreen(sequence) }
        let bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBufferPointer { write(terminalDescriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            written += count
        }
        if environment["TMUX"] != nil { return loadTmuxBuffer(text) }
        return written == bytes.count ? nil : "could not write to the terminal"
    }

    static func loadTmuxBuffer(_ text: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "load-buffer", "-w", "-"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            // write(contentsOf:) throws on EPIPE (tmux gone) where write(_:) would trap.
            try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            return "tmux load-buffer failed: \(error.localizedDescription)"
        }
        return process.terminationStatus == 0 ? nil : "tmux load-buffer exited with \(process.terminationStatus)"
    }
}
