// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "sli",
    platforms: [.macOS(.v14)],
    products: [
        .library(
            name: "SLIKit",
            targets: ["SpreadsheetKit", "SLIKit", "SQLiteStore", "PostgresStore", "ReportKit", "ExampleCycleKit"]),
        .executable(name: "sli", targets: ["sli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CZlibInflate", providers: [.apt(["zlib1g-dev"])]),
        // The targets follow the data flow, and each depends only on those above it:
        // spreadsheets -> the domain and its workflows -> the stores and the reports -> the example cycle.
        .target(
            name: "SpreadsheetKit",
            dependencies: ["CLibXML2", "CZlibInflate", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "SLIKit",
            dependencies: [
                "SpreadsheetKit",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "SQLiteStore",
            dependencies: ["SpreadsheetKit", "SLIKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "PostgresStore",
            dependencies: [
                "SpreadsheetKit", "SLIKit", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "ReportKit", dependencies: ["SpreadsheetKit", "SLIKit"]),
        .target(
            name: "ExampleCycleKit",
            dependencies: [
                "SpreadsheetKit", "SLIKit", "SQLiteStore", "ReportKit", .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The portal: the web front door over any store, which the CLI's `serve` opens and injects.
        .target(
            name: "PortalKit",
            dependencies: [
                "SpreadsheetKit", "SLIKit", "ReportKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "sli",
            dependencies: [
                "SpreadsheetKit", "SLIKit", "SQLiteStore", "PostgresStore", "ReportKit", "ExampleCycleKit", "PortalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test support: the PostgreSQL tests' schemas, dropped when each test ends.
        .target(
            name: "PostgresTestSupport",
            dependencies: ["PostgresStore", .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Tests/PostgresTestSupport"
        ),
        .testTarget(
            name: "SLIKitTests",
            dependencies: [
                "SpreadsheetKit", "SLIKit", "SQLiteStore", "PostgresStore", "ReportKit", "ExampleCycleKit",
                "PostgresTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PortalKitTests",
            dependencies: [
                "SpreadsheetKit", "SLIKit", "SQLiteStore", "ReportKit", "ExampleCycleKit", "PortalKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "sliTests",
            dependencies: [
                "sli", "SpreadsheetKit", "SLIKit", "SQLiteStore", "PostgresStore", "ReportKit", "ExampleCycleKit",
                "PortalKit", "PostgresTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Benchmarks build only on request (Benchmarks/score.sh sets SLI_BENCHMARKS), never in the normal build.
if ProcessInfo.processInfo.environment["SLI_BENCHMARKS"] != nil {
    package.targets.append(
        .executableTarget(
            name: "score-benchmark", dependencies: ["SpreadsheetKit", "SLIKit"], path: "Benchmarks/ScoreBenchmark"))
    package.products.append(.executable(name: "score-benchmark", targets: ["score-benchmark"]))
}
