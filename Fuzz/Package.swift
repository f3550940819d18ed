// swift-tools-version: 6.1
import PackageDescription

// The libFuzzer harness for sli's readers and the submission decoder, a package of its own so that it
// never enters the normal build. Fuzz/run.sh builds it with -sanitize=fuzzer,address and runs it.
let package = Package(
    name: "sli-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "sli", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .executableTarget(
            name: "sli-fuzz",
            dependencies: [
                .product(name: "SLIKit", package: "sli"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
