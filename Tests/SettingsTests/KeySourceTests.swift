import Foundation
import Glibc
import NP6
import Settings
import TestTags
import Testing

/// Each key source for real: files with their modes, variables, and commands run as processes.
@Suite("Key sources: a file, a variable, a command", .tags(.endToEnd), .notInFastRun)
struct KeySourceTests {
    /// A minute, not the program's 10 s: these tests run beside hundreds of others on two cores, where
    /// CI once took more than 10 s to run `printf`. The deadline has a test of its own, with 1 s.
    static func load(_ source: KeySource, environment: [String: String] = [:], timeout: Duration = .seconds(60))
        async throws(UsageError) -> APIKey
    {
        try await KeyLoader.load(source, origin: "profile \"t\"", environment: environment, commandTimeout: timeout)
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "np6-keys-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a command's first line is the key; it runs without a shell")
    func commandFirstLine() async throws {
        let key = try await Self.load(.command(["printf", "k-123\\nsecond line\\n"]))
        #expect(key == (try APIKey("k-123")))
        // No shell: `$HOME` and `;` reach the program as they are.
        let literal = try await Self.load(.command(["echo", "$HOME;x"]))
        #expect(literal == (try APIKey("$HOME;x")))
    }

    @Test("a failing command says its status and its standard error, sanitised")
    func commandFails() async {
        do {
            _ = try await Self.load(.command(["sh", "-c", "printf 'gpg: decryption failed\\033[31m\\n' >&2; exit 3"]))
            Issue.record("a failing command gave a key")
        } catch {
            #expect(error.description.contains("exited with status 3"), "\(error.description)")
            #expect(error.description.contains("gpg: decryption failed"))
            #expect(!error.description.contains("\u{1B}"), "an escape sequence reached the message")
        }
    }

    @Test("a failing command that printed the key on its standard error does not show it")
    func commandLeaksOnStandardError() async {
        let key = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
        for script in [
            "echo \(key); echo \(key) >&2; exit 1",  // printed on both: removed as printed
            "echo 'gpg: using key \(key)\nfor np6/acme' >&2; exit 2",  // on standard error alone
        ] {
            do {
                _ = try await Self.load(.command(["sh", "-c", script]))
                Issue.record("a failing command gave a key")
            } catch {
                #expect(!error.description.contains(key), "\(error.description)")
                #expect(error.description.contains("<redacted>"), "\(error.description)")
            }
        }
        do {
            _ = try await Self.load(
                .command(["sh", "-c", "echo 'pass: np6/acme is not in the password store' >&2; exit 1"]))
        } catch {
            #expect(error.description.contains("np6/acme is not in the password store"), "plain words stay")
        }
    }

    @Test("a command that hangs past its timeout is stopped, with what it started, and says so")
    func commandHangs() async throws {
        let folder = try Self.folder()
        let started = ContinuousClock.now
        do {
            _ = try await Self.load(
                .command(["sh", "-c", "sleep 120 & echo $! > \(folder)/pid; wait"]), timeout: .seconds(1))
            Issue.record("a hanging command gave a key")
        } catch {
            #expect(error.description.contains("did not finish within 1 s and was stopped"), "\(error.description)")
        }
        // Well before the 120 s the command would take (a loaded machine spawns slowly).
        #expect(ContinuousClock.now - started < .seconds(60), "the timeout did not stop the wait")
        let pid = try #require(
            Int32(
                (try String(contentsOfFile: folder + "/pid", encoding: .utf8)).trimmingCharacters(
                    in: .whitespacesAndNewlines)))
        let deadline = ContinuousClock.now + .seconds(10)
        while Self.isRunning(pid), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!Self.isRunning(pid), "the command's child (sleep) still runs")
    }

    /// Alive and not a zombie waiting to be reaped by whoever inherited it.
    static func isRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    @Test("a command that prints nothing, or is not installed, is an error that says which")
    func commandEmptyOrMissing() async {
        do {
            _ = try await Self.load(.command(["true"]))
            Issue.record("an empty output gave a key")
        } catch {
            #expect(error.description.contains("printed nothing on its standard output"))
        }
        do {
            _ = try await Self.load(.command(["np6-no-such-program", "x"]))
            Issue.record("a missing program gave a key")
        } catch {
            #expect(error.description.contains("no such program on PATH"), "\(error.description)")
        }
    }

    @Test("a failing key_command is named by its program alone: its arguments may carry a secret")
    func commandArgumentsAreNotShown() async throws {
        do {
            _ = try await Self.load(.command(["false", "--token", "s3cr3t-argument"]))
            Issue.record("a failing command gave a key")
        } catch {
            #expect(error.description.contains("key_command `false` (2 arguments not shown)"), "\(error.description)")
            #expect(!error.description.contains("s3cr3t"))
        }
        #expect(
            KeySource.command(["pass", "show", "np6/acme"]).location == "the command `pass` (2 arguments not shown)")
    }

    @Test("a key file must be private (0600); a variable must be set")
    func fileAndVariable() async throws {
        let folder = try Self.folder()
        let path = folder + "/k"
        try "file-key\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o644)
        do {
            _ = try await Self.load(.file(path))
            Issue.record("a 0644 key file was read")
        } catch {
            #expect(error.description.contains("chmod 600"))
            #expect(!error.description.contains("\n"), "one line: the sanitiser would show a line break as \\n")
        }
        chmod(path, 0o600)
        #expect(try await Self.load(.file(path)) == (try APIKey("file-key")))
        #expect(try await Self.load(.environment("MY_KEY"), environment: ["MY_KEY": "v"]) == (try APIKey("v")))
        do {
            _ = try await Self.load(.environment("MY_KEY"))
            Issue.record("an unset variable gave a key")
        } catch {
            #expect(error.description.contains("MY_KEY, which is not set"))
        }
    }

    @Test("a key file's first line is the key: a second line that is not empty, or a huge file, is refused")
    func keyFileLinesAndSize() async throws {
        let folder = try Self.folder()
        let path = folder + "/k"
        try "file-key\n\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        #expect(try await Self.load(.file(path)) == (try APIKey("file-key")), "blank lines after the key are fine")
        try "file-key\nold-key\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        do {
            _ = try await Self.load(.file(path))
            Issue.record("a two-line key file was read")
        } catch {
            #expect(error.description.contains("line 2 is not empty): the first line is the key"), "\(error)")
            #expect(!error.description.contains("old-key") && !error.description.contains("file-key"))
        }
        try String(repeating: "k", count: 70_000).write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        do {
            _ = try await Self.load(.file(path))
            Issue.record("a 70 KB key file was read")
        } catch {
            #expect(error.description.contains("larger than 64 KiB"), "\(error)")
        }
    }

    @Test("a config file another user could write is refused with the fix; so is one over 1 MiB")
    func untrustedConfig() throws {
        let folder = try Self.folder()
        let path = folder + "/config.yaml"
        try "profiles:\n  a:\n    key_env: K\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o644)
        #expect(try ConfigFile.load(path: path, environment: [:]).profiles.map(\.name) == ["a"])
        chmod(path, 0o666)
        #expect(Self.refusal(path)?.contains("writable by everyone (mode 0666)") == true)
        #expect(Self.refusal(path)?.contains("chmod go-w '\(path)'") == true)
        chmod(path, 0o644)
        chmod(folder, 0o777)
        #expect(Self.refusal(path)?.contains("the folder '\(folder)' above the config file") == true)
        chmod(folder, 0o755)
        if geteuid() == 0 {
            // Only root can give a file away (CI runs as root).
            chown(path, 65534, 65534)
            #expect(Self.refusal(path)?.contains("belongs to another user (uid 65534)") == true)
            chown(path, 0, 0)
        }
        try String(repeating: "# padding\n", count: 110_000).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Self.refusal(path)?.contains("larger than 1 MiB") == true)
        try String(repeating: "# padding\n", count: 1_000_000).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Self.refusal(path)?.contains("larger than 1 MiB") == true, "a 10 MB file")
    }

    @Test("a config file that is not UTF-8 is refused whole, naming it")
    func notUTF8Config() throws {
        let path = try Self.folder() + "/config.yaml"
        // Latin-1 "é" in a label: a file saved by an old editor.
        let bytes: [UInt8] =
            Array("profiles:\n  a:\n    key_env: K\n    label: \"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        chmod(path, 0o600)
        #expect(Self.refusal(path) == "\(path) is not UTF-8 text")
    }

    static func refusal(_ path: String) -> String? {
        do {
            _ = try ConfigFile.load(path: path, environment: [:])
            return nil
        } catch {
            return error.description
        }
    }

    @Test("config init writes a private template once, and never over a file")
    func configInit() throws {
        let path = try Self.folder() + "/np6-subs/config.yaml"
        try ConfigTemplate.write(to: path)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let parsed = try ConfigFile.load(path: path, environment: ["HOME": "/home/ana"])
        #expect(parsed.profiles.map(\.name) == ["staging"], "the template parses, with its example profile")
        #expect(parsed.warnings.isEmpty)
        try "mine".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: UsageError.self) { try ConfigTemplate.write(to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    }
}
