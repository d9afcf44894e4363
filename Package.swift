// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "corridor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "corridor", targets: ["CorridorCLI"]),
        .library(name: "CorridorModel", targets: ["CorridorModel"]),
        .library(name: "CorridorNLP", targets: ["CorridorNLP"]),
        .library(name: "CorridorResources", targets: ["CorridorResources"]),
        .library(name: "CorridorLedger", targets: ["CorridorLedger"]),
        .library(name: "CorridorLedgerSQLite", targets: ["CorridorLedgerSQLite"]),
        .library(name: "CorridorIngest", targets: ["CorridorIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "CorridorModel", swiftSettings: swiftSettings),
        .target(name: "CorridorNLP", dependencies: ["CorridorModel"], swiftSettings: swiftSettings),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "CorridorIngest",
            dependencies: [
                "CorridorModel", "CorridorLedger", "CLibXML2", "CZlib", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorridorLedger",
            dependencies: ["CorridorModel", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorridorLedgerSQLite",
            dependencies: [
                "CorridorLedger", "CorridorModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorridorResources",
            dependencies: ["CorridorNLP", "CorridorModel"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "CorridorCLI",
            dependencies: [
                "CorridorModel", "CorridorNLP", "CorridorResources", "CorridorIngest",
                "CorridorLedger", "CorridorLedgerSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorridorTestSupport",
            dependencies: ["CorridorModel", "CorridorNLP", "CorridorResources"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorLedgerTests",
            dependencies: [
                "CorridorLedger", "CorridorLedgerSQLite", "CorridorModel", "CorridorTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorModelTests",
            dependencies: ["CorridorModel", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorNLPTests",
            dependencies: ["CorridorNLP", "CorridorModel", "CorridorResources", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorIngestTests",
            dependencies: ["CorridorIngest", "CorridorModel", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorCLITests",
            dependencies: [
                "CorridorCLI", "CorridorTestSupport", "CorridorLedger", "CorridorLedgerSQLite",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
