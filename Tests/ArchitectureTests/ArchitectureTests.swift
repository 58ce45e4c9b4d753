import ChildProcess
import Foundation
import TestTags
import Testing

/// The package's shape, checked against its own sources: every module a file imports is a
/// declared dependency of its target (and every declared one is imported), docs/architecture.md's
/// target table says the same, one top-level type per file, imports at the top.
@Suite("Architecture: manifest, imports, docs and files agree", .tags(.unit))
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Modules of the platform and toolchain, which no manifest declares.
    static let systemModules: Set<String> = [
        "Foundation", "FoundationEssentials", "Glibc", "Dispatch", "Synchronization", "Testing", "_Concurrency",
    ]

    struct Target {
        var name: String
        var kind: String
        var path: String
        var dependencies: Set<String>
    }

    /// The manifest as SwiftPM reads it (`swift package dump-package`), in a scratch folder of its
    /// own so that it does not wait for the build folder's lock.
    static func manifestTargets() throws -> [Target] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "np6-dump-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.path + ".json"
        defer { unlink(output) }
        let status = try ChildProcess.runBlocking(
            [
                "sh", "-c",
                "swift package dump-package --package-path \"$1\" --scratch-path \"$2\" > \"$3\" 2>/dev/null", "sh",
                root.path,
                scratch.path, output,
            ],
            environment: ProcessInfo.processInfo.environment
        ).status
        #expect(status == 0, "swift package dump-package exited with \(status)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        return targets.map { target in
            let name = target["name"] as? String ?? ""
            let kind = target["type"] as? String ?? ""
            let dependencies = (target["dependencies"] as? [[String: Any]] ?? []).compactMap { dependency in
                dependency.values.first.flatMap { ($0 as? [Any])?.first as? String }
            }
            let path = target["path"] as? String ?? ((kind == "test" ? "Tests/" : "Sources/") + name)
            return Target(name: name, kind: kind, path: path, dependencies: Set(dependencies.map(moduleName)))
        }
    }

    static func moduleName(_ target: String) -> String { target.replacingOccurrences(of: "-", with: "_") }

    static func swiftFiles(under path: String) -> [URL] {
        let folder = root.appendingPathComponent(path)
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    static func imports(in file: URL) -> [String] {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> String? in
            // An import stands at the start of its line; an indented "import" is inside a string.
            guard line.first != " " else { return nil }
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), words[..<index].allSatisfy({ $0.hasPrefix("@") }),
                index + 1 < words.count
            else {
                return nil
            }
            return String(words[index + 1])
        }
    }

    @Test("every module a target imports is declared as its dependency, and every dependency is imported")
    func declarationsMatchImports() throws {
        for target in try Self.manifestTargets() where target.kind != "system" {
            let imported = Set(Self.swiftFiles(under: target.path).flatMap(Self.imports)).subtracting(
                Self.systemModules)
            #expect(
                imported.subtracting(target.dependencies).isEmpty,
                "\(target.name) imports \(imported.subtracting(target.dependencies).sorted()) without declaring them")
            #expect(
                target.dependencies.subtracting(imported).isEmpty,
                "\(target.name) declares \(target.dependencies.subtracting(imported).sorted()) but imports none of them"
            )
        }
    }

    /// The rows of the table under `## Targets` in docs/architecture.md: target → imports.
    static func documentedTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "## Targets"))
        var rows: [String: Set<String>] = [:]
        for line in lines[(start + 1)...] {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 4 else { continue }
            let name = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let imports = cells[cells.count - 2]
            rows[name] =
                imports == "—"
                ? []
                : Set(
                    imports.components(separatedBy: ", ").map {
                        Self.moduleName($0.trimmingCharacters(in: CharacterSet(charactersIn: "` ")))
                    })
        }
        return rows
    }

    @Test("docs/architecture.md's target table lists every target of the manifest with exactly its dependencies")
    func documentedTableMatchesManifest() throws {
        let documented = try Self.documentedTargets()
        let targets = try Self.manifestTargets().filter { $0.kind != "test" && $0.path.hasPrefix("Sources") }
        #expect(
            Set(documented.keys) == Set(targets.map(\.name)),
            "documented: \(documented.keys.sorted()), manifest: \(targets.map(\.name).sorted())")
        for target in targets {
            #expect(
                documented[target.name] == target.dependencies,
                """
                \(target.name): the docs say \(documented[target.name]?.sorted() ?? []), the manifest \
                \(target.dependencies.sorted())
                """
            )
        }
    }

    /// The layers drawn under `## Layers` in docs/architecture.md, bottom first: each line
    /// `layer N  A · B · C` names the targets of layer N.
    static func documentedLayers() throws -> [String: Int] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var layers: [String: Int] = [:]
        let line = try Regex(#"^layer (\d+) +(.+)$"#)
        for row in text.split(separator: "\n").map(String.init) {
            guard let match = try line.wholeMatch(in: row), let number = Int(match.output[1].substring ?? "") else {
                continue
            }
            for name in (match.output[2].substring ?? "").split(separator: "·") {
                let target = name.trimmingCharacters(in: .whitespaces)
                #expect(layers[target] == nil, "\(target) stands in two layers")
                layers[target] = number
            }
        }
        return layers
    }

    @Test("dependencies point down: a target imports only targets of a lower layer (docs/architecture.md's diagram)")
    func dependenciesPointDown() throws {
        let layers = try Self.documentedLayers()
        let targets = try Self.manifestTargets().filter { $0.kind != "test" && !$0.path.hasPrefix("Tests") }
        let names = Set(targets.map { Self.moduleName($0.name) })
        #expect(
            Set(layers.keys.map(Self.moduleName)) == names,
            "layers: \(layers.keys.sorted()), manifest: \(names.sorted())")
        let rank = Dictionary(uniqueKeysWithValues: layers.map { (Self.moduleName($0.key), $0.value) })
        for target in targets {
            let own = try #require(rank[Self.moduleName(target.name)], "\(target.name) is in no layer")
            for dependency in target.dependencies where names.contains(dependency) {
                let below = rank[dependency] ?? .max
                #expect(
                    below < own,
                    "\(target.name) (layer \(own)) imports \(dependency) (layer \(below)): an upward or sideways edge")
            }
        }
    }

    @Test("every source file declares one top-level type, named like the file (Type.swift or Type+Concern.swift)")
    func oneTypePerFile() async throws {
        let declaration = try Regex(
            (#"^(?:@\w+(?:\([^)]*\))?\s+)*(?:public |internal |private |fileprivate |package )?(?:final "#
                + #"|indirect )?(?:struct|enum|class|actor|protocol|typealias)\s+(\w+)"#)
        )
        for file in Self.swiftFiles(under: "Sources") {
            // A long scan gives the other tests' tasks a turn (the client tests have deadlines).
            await Task.yield()
            let text = try String(contentsOf: file, encoding: .utf8)
            let types = text.split(separator: "\n").compactMap { line in
                (try? declaration.firstMatch(in: String(line)))?.output[1].substring.map(String.init)
            }
            let base = file.deletingPathExtension().lastPathComponent.split(separator: "+").first.map(String.init) ?? ""
            #expect(types.count <= 1, "\(file.lastPathComponent) declares \(types)")
            if let type = types.first { #expect(type == base, "\(file.lastPathComponent) declares \(type)") }
        }
    }

    /// Each function's length in lines, from its declaration to its closing brace (braces in
    /// string literals and comments do not count).
    static func functionLengths(in file: URL) throws -> [(name: String, lines: Int)] {
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let modifiers = "(?:(?:public|private|fileprivate|internal|static|mutating|override|nonisolated)\\s+)*"
        let declaration = try Regex(#"^\s*(?:@\w+\s+)*"# + modifiers + #"(?:func\s+[^\s(<]+|init[?!]?)\s*[(<]"#)
        let literal = try Regex(#""(?:\\.|[^"\\])*""#)
        var lengths: [(String, Int)] = []
        for (start, line) in lines.enumerated() where (try? declaration.firstMatch(in: line)) != nil {
            var depth = 0
            var opened = false
            var end = start
            scan: while end < lines.count {
                let code = lines[end].replacing(literal, with: "\"\"").components(separatedBy: "//")[0]
                for character in code {
                    if character == "{" {
                        depth += 1
                        opened = true
                    }
                    if character == "}" { depth -= 1 }
                    if opened && depth == 0 { break scan }
                }
                // A declaration without a body (a protocol's requirement).
                if !opened && end > start && code.trimmingCharacters(in: .whitespaces).isEmpty { break }
                end += 1
            }
            if opened { lengths.append((line.trimmingCharacters(in: .whitespaces), end - start + 1)) }
        }
        return lengths
    }

    @Test("no function in Sources is longer than 80 lines, and no line of Swift longer than 120 columns")
    func shortFunctionsAndLines() async throws {
        for file in Self.swiftFiles(under: "Sources") + Self.swiftFiles(under: "Fuzz") {
            await Task.yield()
            for function in try Self.functionLengths(in: file) {
                #expect(function.lines <= 80, "\(file.lastPathComponent): \(function.name) has \(function.lines) lines")
            }
        }
        let everySwiftFile =
            Self.swiftFiles(under: "Sources") + Self.swiftFiles(under: "Tests") + Self.swiftFiles(under: "Fuzz")
        for file in everySwiftFile {
            await Task.yield()
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() where line.count > 120 {
                Issue.record("\(file.lastPathComponent):\(number + 1) has \(line.count) columns")
            }
        }
    }

    @Test("imports stand at the top of every file")
    func importsAtTheTop() async throws {
        for file in Self.swiftFiles(under: "Sources") + Self.swiftFiles(under: "Tests") {
            await Task.yield()
            let lines = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            let firstCode =
                lines.firstIndex { line in
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    return !trimmed.isEmpty && !trimmed.hasPrefix("//") && !trimmed.hasPrefix("import ")
                        && !trimmed.hasPrefix("@")
                } ?? lines.count
            let late = lines[firstCode...].filter { $0.hasPrefix("import ") }
            #expect(late.isEmpty, "\(file.lastPathComponent) imports after its code: \(late)")
        }
    }

    /// Foundation (beyond FoundationEssentials) brings FoundationInternationalization and ICU's
    /// 34 MB of data into the release binary; scripts/verify-release checks the binary itself.
    @Test("nothing np6-subs links imports Foundation: FoundationEssentials only (np6-bench and np6-sandbox may)")
    func noFoundationInTheProgram() {
        let allowed = ["Sources/np6-bench/", "Sources/np6-sandbox/"]
        for file in Self.swiftFiles(under: "Sources") where !allowed.contains(where: { file.path.contains($0) }) {
            #expect(!Self.imports(in: file).contains("Foundation"), "\(file.lastPathComponent) imports Foundation")
        }
    }
}
