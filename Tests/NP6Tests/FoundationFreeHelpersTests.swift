import Essentials
import Foundation
import Synchronization
import TestTags
import Testing

/// The helpers that replaced Foundation calls linking ICU: they must answer as those did.
@Suite("Helpers without Foundation's ICU", .tags(.unit))
struct FoundationFreeHelpersTests {
    @Test(
        "parentFolder answers as NSString.deletingLastPathComponent did",
        arguments: [
            ("/a/b/c", "/a/b"), ("/a/b/", "/a"), ("/a", "/"), ("/", "/"), ("a", ""), ("a/b", "a"), ("a/b//", "a"),
            ("/a//b", "/a"), ("~/x/config.yaml", "~/x"), ("", ""),
        ])
    func parentFolder(path: String, parent: String) {
        #expect(path.parentFolder == parent, "\(path)")
    }

    @Test("a system error reads as the C library says it, whoever threw it")
    func systemErrorText() {
        #expect(SystemErrorText.describe(POSIXError(.ENOENT)) == "No such file or directory")
        #expect(SystemErrorText.describe(CocoaError(.fileWriteOutOfSpace)) == "No space left on device")
        do {
            try FileManager.default.createDirectory(
                atPath: "/proc/np6-subs-test/x", withIntermediateDirectories: true, attributes: nil)
            Issue.record("created a folder in /proc")
        } catch {
            let text = SystemErrorText.describe(error)
            #expect(
                ["No such file or directory", "Permission denied", "Operation not permitted"].contains(text), "\(text)")
        }
    }

    @Test("a dedicated thread runs its work once, off the caller's thread")
    func dedicatedThread() async {
        let caller = pthread_self()
        let ranElsewhere = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let started = DedicatedThread.start(name: "np6-subs test") {
                continuation.resume(returning: pthread_equal(pthread_self(), caller) == 0)
            }
            #expect(started)
        }
        #expect(ranElsewhere)
    }
}
