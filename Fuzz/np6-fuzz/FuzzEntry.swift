import Foundation

/// libFuzzer's entry point: the target named by NP6_FUZZ_TARGET checks each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzEntry.target.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

#if FUZZING
    /// libFuzzer's driver, linked in by -sanitize=fuzzer. It is called from our own main because
    /// SwiftPM renames an executable's main, so libFuzzer's main would never run.
    @_silgen_name("LLVMFuzzerRunDriver")
    func llvmFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32
#endif

@main
enum FuzzEntry {
    static let target: FuzzTarget = {
        let name =
            ProcessInfo.processInfo.environment["NP6_FUZZ_TARGET"] ?? CommandLine.arguments.dropFirst().first ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("NP6_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()

    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(llvmFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
            replay()
        #endif
    }

    /// Without libFuzzer (a plain `swift build`), the same checks replay files: `np6-fuzz TARGET
    /// FILE_OR_FOLDER…`. The tests replay the committed corpus this way, crash inputs included.
    static func replay() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: np6-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE_OR_FOLDER…")
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let files =
                isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.check(Array(data))
                count += 1
            }
        }
        print("replayed \(count) inputs through \(target.rawValue)")
    }
}
