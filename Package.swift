// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "np6-subs",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "np6-subs", targets: ["np6-subs"]),
        .executable(name: "np6-sandbox", targets: ["np6-sandbox"]),
        .executable(name: "np6-bench", targets: ["np6-bench"]),
        .library(name: "NP6", targets: ["NP6"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "NP6",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "NP6Sandbox",
            dependencies: [
                "NP6",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(name: "Browser", dependencies: ["NP6"]),
        .target(name: "Views", dependencies: ["Browser"]),
        .target(name: "Terminal", dependencies: ["CNcursesw", "Views"]),
        .target(
            name: "App",
            dependencies: [
                "NP6", "NP6Sandbox", "Browser", "Views", "Terminal",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "np6-subs",
            dependencies: [
                "App",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "np6-sandbox",
            dependencies: [
                "NP6Sandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "np6-bench", dependencies: ["NP6", "NP6Sandbox", "Browser", "Views"]),
        .testTarget(name: "NP6Tests", dependencies: ["NP6", "NP6Sandbox"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "CNcursesw"]),
        .target(name: "BrowserTestSupport", dependencies: ["Browser", "NP6"], path: "Tests/BrowserTestSupport"),
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "NP6", "BrowserTestSupport"]),
        .testTarget(name: "ViewsTests", dependencies: ["Views", "Browser", "NP6", "BrowserTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "AppTests", dependencies: ["App", "NP6", "NP6Sandbox"]),
    ],
    swiftLanguageModes: [.v6]
)
