// swift-tools-version: 6.1
import PackageDescription

// Supported platform: Linux (glibc), x86_64 built and tested. The sources import Glibc and read
// the kernel's terminal size, so no Apple platform is claimed here.
//
// Every module a target's files import is listed as that target's dependency; a test
// (ArchitectureTests) compares these lists with the imports and with docs/architecture.md.

let nio = "swift-nio"

let package = Package(
    name: "np6-subs",
    products: [
        .executable(name: "np6-subs", targets: ["np6-subs"]),
        .executable(name: "np6-sandbox", targets: ["np6-sandbox"]),
        .executable(name: "np6-bench", targets: ["np6-bench"]),
        .library(name: "NP6", targets: ["NP6"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Without its default traits: FullFoundation links Foundation's DateFormatter (and with it ICU),
        // ConfigurationSupport links swift-configuration; the demo server needs neither.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CLibC"),
        .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
        // libyaml linked from its static archive: a user's machine need not have libyaml installed.
        .target(name: "YAMLReader", dependencies: ["CYAML"], linkerSettings: [.linkedLibrary(":libyaml.a")]),
        .target(name: "Primitives"),
        .target(name: "Localization"),
        .target(name: "Essentials", dependencies: ["CLibC", "Localization"]),
        .target(name: "StateFolder", dependencies: ["Essentials", "Localization"]),
        .target(
            name: "NP6",
            dependencies: [
                "Essentials", "Localization",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: nio),
                .product(name: "NIOHTTP1", package: nio),
                .product(name: "NIOPosix", package: nio),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: nio),
            ]
        ),
        .target(
            name: "NP6Sandbox",
            dependencies: [
                "Essentials", "NP6",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: nio),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "AuditTrail",
            dependencies: [
                "Essentials", "NP6",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: nio),
                .product(name: "NIOPosix", package: nio),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(name: "Formatting", dependencies: ["Essentials", "Localization", "NP6"]),
        .target(name: "Search", dependencies: ["Formatting", "Localization", "NP6"]),
        .target(
            name: "Browser", dependencies: ["Essentials", "Formatting", "Localization", "NP6", "Primitives", "Search"]),
        .target(
            name: "Views",
            dependencies: ["Browser", "Essentials", "Formatting", "Localization", "NP6", "Primitives", "Search"]),
        .target(name: "Terminal", dependencies: ["CNcursesw", "CLibC", "Localization", "Primitives", "Views"]),
        .target(name: "Journal", dependencies: ["AuditTrail", "Essentials", "Localization", "NP6", "StateFolder"]),
        .target(
            name: "Settings",
            dependencies: [
                "AuditTrail", "Essentials", "Localization", "NP6", "Primitives",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                "YAMLReader",
            ]
        ),
        .target(
            name: "Doctor",
            dependencies: [
                "AuditTrail", "Essentials", "Journal", "Localization", "NP6", "Settings", "StateFolder", "Terminal",
                .product(name: "NIOCore", package: nio),
                .product(name: "NIOPosix", package: nio),
            ]
        ),
        .target(
            name: "Scripts",
            dependencies: [
                "AuditTrail", "CLibC", "Essentials", "Formatting", "Journal", "Localization", "NP6", "Search",
                "Settings",
                "StateFolder",
            ]),
        .target(name: "DemoServer", dependencies: ["NP6", "NP6Sandbox"]),
        .target(
            name: "App",
            dependencies: [
                "AuditTrail", "Browser", "Essentials", "Formatting", "Journal", "Localization", "NP6", "Primitives",
                "Settings",
                "StateFolder", "Terminal", "Views",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "np6-subs",
            dependencies: [
                "App", "AuditTrail", "Browser", "CLibC", "DemoServer", "Doctor", "Essentials", "Journal",
                "Localization", "NP6",
                "Scripts", "Search", "Settings",
                "StateFolder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "np6-sandbox",
            dependencies: [
                "Essentials", "NP6Sandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "np6-bench",
            dependencies: [
                "Browser", "Essentials", "NP6", "NP6Sandbox", "Primitives", "Views",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        // The fuzz targets (scripts/fuzz builds this with -sanitize=fuzzer and -DFUZZING); a plain
        // build makes the same checks a corpus replayer, which the tests run.
        .executableTarget(
            name: "np6-fuzz",
            dependencies: ["Browser", "Essentials", "Formatting", "Journal", "NP6", "Scripts", "Search", "Terminal"],
            path: "Fuzz/np6-fuzz"),
        .target(name: "TestTags", path: "Tests/TestTags"),
        .target(name: "ChildProcess", path: "Tests/ChildProcess"),
        .target(
            name: "BrowserTestSupport", dependencies: ["Browser", "NP6", "Primitives"], path: "Tests/BrowserTestSupport"
        ),
        .target(
            name: "TLSTestSupport",
            dependencies: [
                "ChildProcess",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
            ],
            path: "Tests/TLSTestSupport"),
        .testTarget(
            name: "NP6Tests",
            dependencies: ["Essentials", "TestTags", "Localization", "NP6", "NP6Sandbox", "TLSTestSupport"]),
        .testTarget(name: "TerminalTests", dependencies: ["TestTags", "CNcursesw", "Formatting", "NP6"]),
        .testTarget(
            name: "BrowserTests",
            dependencies: [
                "TestTags", "Browser", "BrowserTestSupport", "Essentials", "Localization", "NP6", "Primitives",
                "Search",
            ]),
        .testTarget(
            name: "ViewsTests",
            dependencies: [
                "TestTags", "Browser", "BrowserTestSupport", "Essentials", "Formatting", "Localization", "NP6",
                "Primitives", "Search",
                "Views",
            ], exclude: ["Golden"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "ChildProcess", "TestTags", "App", "Browser", "BrowserTestSupport", "Essentials", "Formatting",
                "Journal", "NP6", "Primitives", "TLSTestSupport", .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "CommandTests",
            dependencies: [
                "TestTags", "Browser", "Localization", "NP6", "Scripts", "Settings", "np6-subs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "SettingsTests", dependencies: ["TestTags", "Localization", "NP6", "Primitives", "Settings"]),
        .testTarget(name: "ScriptsTests", dependencies: ["TestTags", "Journal", "NP6", "Scripts"]),
        .testTarget(name: "AuditTrailTests", dependencies: ["AuditTrail", "TestTags"]),
        .testTarget(name: "YAMLReaderTests", dependencies: ["TestTags", "YAMLReader"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "TestTags"]),
        .testTarget(name: "ArchitectureTests", dependencies: ["ChildProcess", "TestTags"]),
    ],
    swiftLanguageModes: [.v6]
)
