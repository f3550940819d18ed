// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "sli",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SLIKit", targets: ["SLIKit"]),
        .executable(name: "sli", targets: ["sli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "SLIKit",
            dependencies: [
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "sli",
            dependencies: [
                "SLIKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SLIKitTests",
            dependencies: ["SLIKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "sliTests",
            dependencies: ["sli", "SLIKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Benchmarks build only on request (Benchmarks/score.sh sets SLI_BENCHMARKS), never in the normal build.
if ProcessInfo.processInfo.environment["SLI_BENCHMARKS"] != nil {
    package.targets.append(
        .executableTarget(name: "score-benchmark", dependencies: ["SLIKit"], path: "Benchmarks/ScoreBenchmark"))
    package.products.append(.executable(name: "score-benchmark", targets: ["score-benchmark"]))
}
