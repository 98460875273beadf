// swift-tools-version:6.1
import PackageDescription

/// Every target of ours builds in Swift 6 language mode with complete strict concurrency
/// (the default of that mode); warnings are kept at zero by hand, not by flags.
let package = Package(
    name: "Intake",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Intake", targets: ["Intake"]),
        .library(name: "IntakeMagic", targets: ["IntakeMagic"]),
        .library(name: "IntakePoppler", targets: ["IntakePoppler"]),
        .library(name: "IntakeOutbox", targets: ["IntakeOutbox"]),
        .library(name: "IntakeTesting", targets: ["IntakeTesting"]),
        .library(name: "IntakeEndorsed", targets: ["IntakeEndorsed"]),
        .executable(name: "intake", targets: ["intake"]),
        .plugin(name: "IngestPlugin", targets: ["IngestPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    ],
    targets: [
        // C libraries, found through pkg-config.
        .systemLibrary(
            name: "CMagic",
            pkgConfig: "libmagic",
            providers: [.apt(["libmagic-dev"])]
        ),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),

        // The core: documents, stages, the pipeline and its runner. No C, no HTTP.
        .target(
            name: "Intake",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "IntakeMagic", dependencies: ["Intake", "CMagic"]),
        .target(name: "IntakePoppler", dependencies: ["Intake", "CPoppler"]),
        .target(
            name: "IntakeOutbox",
            dependencies: ["Intake", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "IntakeTesting", dependencies: ["Intake"]),
        // Building blocks of the Endorsed attachments client: error envelope, access token,
        // multipart layout, remote paths. Pure Swift, no HTTP yet.
        .target(name: "IntakeEndorsed", dependencies: ["Intake"]),

        // The command-line tool: its logic is a library so that tests can drive it.
        .target(
            name: "IntakeCLI",
            dependencies: [
                "Intake", "IntakeMagic", "IntakePoppler", "IntakeOutbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "intake", dependencies: ["IntakeCLI"]),

        .plugin(
            name: "IngestPlugin",
            capability: .command(
                intent: .custom(verb: "ingest", description: "Run intake ingest over a folder of documents")
            ),
            dependencies: ["intake"]
        ),

        // Helpers every test target shares: the samples and their expected outcomes,
        // temporary folders, byte fixtures. Not a product; public only for the test targets.
        .target(name: "IntakeTestFixtures", dependencies: ["Intake"], path: "Tests/IntakeTestFixtures"),

        .testTarget(name: "IntakeTests", dependencies: ["Intake", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakeMagicTests", dependencies: ["IntakeMagic", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakePopplerTests", dependencies: ["IntakePoppler", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakeOutboxTests", dependencies: ["IntakeOutbox", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakeEndorsedTests", dependencies: ["IntakeEndorsed", "IntakeTestFixtures"]),
        .testTarget(
            name: "IntakeCLITests",
            dependencies: [
                "IntakeCLI", "IntakeTestFixtures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
