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
        .library(name: "IntakeOffice", targets: ["IntakeOffice"]),
        .library(name: "IntakeOCR", targets: ["IntakeOCR"]),
        .library(name: "IntakeOutbox", targets: ["IntakeOutbox"]),
        .library(name: "IntakeLedger", targets: ["IntakeLedger"]),
        .library(name: "IntakeTesting", targets: ["IntakeTesting"]),
        .library(name: "IntakeWorkers", targets: ["IntakeWorkers"]),
        .library(name: "IntakeEndorsed", targets: ["IntakeEndorsed"]),
        .library(name: "EndorsedSandbox", targets: ["EndorsedSandbox"]),
        // The application layer: one value of configuration, one call per upload or batch.
        .library(name: "IntakeEngine", targets: ["IntakeEngine"]),
        .executable(name: "intake", targets: ["intake"]),
        .plugin(name: "IngestPlugin", targets: ["IngestPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        // Parser worker processes: spawning, pipes and signals with structured concurrency.
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        // Hummingbird's default traits pull in swift-configuration and more Foundation;
        // the sandbox needs neither.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        // Already under Hummingbird: the sandbox stops its server with a graceful shutdown.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // An independent multipart parser: the tests check our writer and the sandbox's reader
        // against it, and the example backend reads its upload form with it.
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        // Metrics and spans for the backend's own stack, through the APIs only (both are
        // already under Hummingbird).
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        // `intake ingest --metrics`: the engine's metrics in the Prometheus text format.
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // `scripts/docs`: the documentation catalogs, built with DocC.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.5.0"),
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
        // Tesseract's C API and Leptonica, its image library: OCR of scans, in the workers.
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // The core: documents, stages, the pipeline and its runner. No C, no HTTP.
        .target(
            name: "Intake",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .target(name: "IntakeMagic", dependencies: ["Intake", "CMagic"]),
        .target(name: "IntakePoppler", dependencies: ["Intake", "CPoppler"]),
        // OCR of image-only PDF pages (rendered by poppler) and of images, with Tesseract.
        .target(name: "IntakeOCR", dependencies: ["Intake", "IntakePoppler", "CPoppler", "CTesseract"]),
        // DOCX and ODT: a zip reader of our own over zlib's inflate, and Foundation's XMLParser.
        .target(name: "IntakeOffice", dependencies: ["Intake", "CZlib"]),
        .target(
            name: "IntakeOutbox",
            dependencies: ["Intake", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The ledger: what earlier runs did, for incremental re-runs and exactly once.
        .target(
            name: "IntakeLedger",
            dependencies: [
                "Intake",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "IntakeTesting", dependencies: ["Intake"]),
        // Untrusted bytes parsed in worker processes under a per-file time, memory and
        // output budget; the parent keeps everything else.
        .target(
            name: "IntakeWorkers",
            dependencies: [
                "Intake",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The Endorsed attachments client (async-http-client) and the upload sink.
        .target(
            name: "IntakeEndorsed",
            dependencies: [
                "Intake",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        // A local server that speaks the Endorsed token and attachment calls, with faults.
        .target(
            name: "EndorsedSandbox",
            dependencies: [
                "Intake",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The engine a backend embeds: the standard pipeline with its sink, the ledger's
        // history, dedupe and recording, the outcome that is the report line, exactly once.
        .target(
            name: "IntakeEngine",
            dependencies: [
                "Intake", "IntakeMagic", "IntakePoppler", "IntakeOffice", "IntakeOCR", "IntakeOutbox", "IntakeLedger", "IntakeEndorsed",
                "IntakeWorkers",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                // The engine is a Service: a backend's ServiceGroup runs and stops it.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ]
        ),

        // The command-line tool, a shell over the engine: its logic is a library so that
        // tests can drive it.
        .target(
            name: "IntakeCLI",
            dependencies: [
                "Intake", "IntakeMagic", "IntakePoppler", "IntakeOffice", "IntakeOutbox", "IntakeLedger", "IntakeEndorsed", "EndorsedSandbox",
                "IntakeWorkers", "IntakeEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                // --metrics: a Prometheus endpoint served while a run goes.
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
                // The run is a ServiceGroup of the engine and the batch; stop signals are
                // watched with its UnixSignals.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(name: "intake", dependencies: ["IntakeCLI"]),

        // `scripts/bench-upload`: uploads per second to the sandbox, beside a plain client.
        .executableTarget(
            name: "UploadBenchmark",
            dependencies: [
                "IntakeEndorsed", "EndorsedSandbox",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .plugin(
            name: "IngestPlugin",
            capability: .command(
                intent: .custom(verb: "ingest", description: "Run intake ingest over a folder of documents")
            ),
            dependencies: ["intake"]
        ),

        // The README's ```swift blocks, compiled into `ReadmeTests` from README.md itself:
        // the plugin's comment has the rules, the generator does the work at build time.
        .executableTarget(name: "ReadmeExampleGenerator", path: "Plugins/ReadmeExampleGenerator"),
        .plugin(name: "ReadmeExamples", capability: .buildTool(), dependencies: ["ReadmeExampleGenerator"]),

        // Helpers every test target shares: the samples and their expected outcomes,
        // temporary folders, byte fixtures. Not a product; public only for the test targets.
        .target(
            name: "IntakeTestFixtures",
            dependencies: ["Intake", .product(name: "Logging", package: "swift-log")],
            path: "Tests/IntakeTestFixtures"
        ),

        .testTarget(name: "IntakeTests", dependencies: ["Intake", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakeMagicTests", dependencies: ["IntakeMagic", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakePopplerTests", dependencies: ["IntakePoppler", "IntakeTesting", "IntakeTestFixtures"]),
        .testTarget(name: "IntakeOCRTests", dependencies: ["IntakeOCR", "Intake", "IntakeTestFixtures"]),
        // Builds real DOCX and ODT files with a small zip writer over zlib's deflate.
        .testTarget(
            name: "IntakeOfficeTests",
            dependencies: ["IntakeOffice", "IntakeMagic", "CZlib", "IntakeTesting", "IntakeTestFixtures"]
        ),
        // Runs the built `intake` executable as the parser worker, on hostile files made by the tests.
        .testTarget(
            name: "IntakeWorkersTests",
            dependencies: ["IntakeWorkers", "IntakeEngine", "IntakeCLI", "IntakeTestFixtures", .product(name: "Logging", package: "swift-log")]
        ),
        // Seeded mutation fuzzing of every parser of ours; scripts/fuzz runs it for a set time.
        .testTarget(
            name: "ParserFuzzTests",
            dependencies: [
                "Intake", "IntakeOffice", "IntakeEndorsed", "EndorsedSandbox", "IntakeTestFixtures", .product(name: "Logging", package: "swift-log"),
                // An independent multipart parser to check our writer and the sandbox's reader against.
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "IntakeOutboxTests",
            dependencies: ["IntakeOutbox", "IntakeTesting", "IntakeTestFixtures", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "IntakeLedgerTests", dependencies: ["IntakeLedger", "IntakeTestFixtures", .product(name: "Logging", package: "swift-log")]),
        .testTarget(
            name: "IntakeEndorsedTests",
            dependencies: [
                "IntakeEndorsed", "EndorsedSandbox", "IntakeTestFixtures",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                // HostileServer: a server that stalls or echoes, for the client's limits.
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndorsedSandboxTests",
            dependencies: [
                "EndorsedSandbox", "IntakeTestFixtures",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Runs the README's Swift blocks, which the ReadmeExamples plugin compiles into it,
        // over the samples and real outboxes.
        .testTarget(
            name: "ReadmeTests",
            dependencies: [
                "Intake", "IntakeMagic", "IntakeOffice", "IntakeOutbox", "IntakePoppler", "IntakeEndorsed", "IntakeWorkers",
                "IntakeEngine", "IntakeTesting", "IntakeTestFixtures",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            plugins: ["ReadmeExamples"]
        ),
        // The engine as a backend uses it: real workers, a real ledger, the sandbox on loopback.
        .testTarget(
            name: "IntakeEngineTests",
            dependencies: [
                "IntakeEngine", "Intake", "IntakeEndorsed", "IntakeLedger", "IntakeWorkers", "EndorsedSandbox", "IntakeTestFixtures",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // swift-metrics' and swift-distributed-tracing's own recorders, to read back
                // what the engine reports through their APIs.
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "IntakeCLITests",
            dependencies: [
                "IntakeCLI", "IntakeEngine", "EndorsedSandbox", "IntakeTestFixtures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // An example backend (Examples/Backend): a Hummingbird route that runs one upload
        // through the engine; `scripts/example-backend` builds and starts it.
        .executableTarget(
            name: "IntakeExampleBackend",
            dependencies: [
                "IntakeEngine", "Intake", "IntakeEndorsed", "IntakeWorkers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Examples/Backend",
            exclude: ["README.md"]
        ),
        // Runs the built example backend against the sandbox: uploads over loopback, twice,
        // across a kill -9, and a SIGTERM with an upload in flight.
        .testTarget(
            name: "IntakeExampleBackendTests",
            dependencies: [
                "IntakeTestFixtures", "EndorsedSandbox",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
