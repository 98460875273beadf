@testable import EndorsedSandbox
import Foundation
@testable import Intake
@testable import IntakeOffice
import IntakeTestFixtures
import Logging
import Testing

/// Fuzzing of every parser of ours — zip and office XML, RTF, CSV, JSON, YAML, HTML,
/// Markdown, text decoding, and the sandbox's multipart reader — seeded from `samples/`
/// and the labelled set.
///
/// `scripts/fuzz SECONDS` runs the fuzzers for that long (the `fuzz` tests, enabled by
/// `INTAKE_FUZZ_SECONDS`); an input that crashes or hangs a parser is kept in
/// `Tests/Fixtures/fuzz/<parser>/`, and `regressions` replays every input kept there on
/// every test run: each crash found becomes a test. The folder starts with hand-made
/// hostile inputs for each parser (deep nesting, unterminated quotes, storms of
/// delimiters, a zip directory that claims 4 GiB).
@Suite(.serialized) struct ParserFuzzTests {
    /// One parser under fuzzing: its name, its seeds' file extensions, and how an input
    /// goes through it.
    struct Target: Sendable, CustomStringConvertible {
        let name: String
        let extensions: Set<String>
        let run: @Sendable ([UInt8], URL) async throws -> Void
        var description: String { name }
    }

    static let context = StageContext(logger: Logger(label: "fuzz", factory: { _ in SwiftLogNoOpLogHandler() }), blocking: BlockingPool(threadCount: 1))

    /// Runs `extractor` on `bytes` written to `scratch`: the whole extractor, file read and
    /// decoding included, as a worker runs it.
    static func extract(_ extractor: some TextExtractor, mimeType: String, _ bytes: [UInt8], in scratch: URL) async throws {
        let file = scratch.appending(path: "input")
        try Data(bytes).write(to: file)
        _ = try await extractor.extract(from: InputFile(url: file), mimeType: mimeType, context: context)
    }

    static let targets: [Target] = [
        Target(name: "office", extensions: ["docx", "odt"]) { bytes, scratch in
            try await extract(OfficeTextExtractor(), mimeType: "application/zip", bytes, in: scratch)
        },
        // Behind the zip's CRC check, which refuses nearly every mutant of a whole file:
        // the XML parts themselves, through the reader and collector the extractor uses.
        Target(name: "docx-xml", extensions: ["docx"]) { bytes, _ in
            try OfficeXMLReader.parse(bytes, partName: "word/document.xml", collector: WordprocessingMLCollector(maximumTextBytes: 1 << 20))
        },
        Target(name: "odt-xml", extensions: ["odt"]) { bytes, _ in
            try OfficeXMLReader.parse(bytes, partName: "content.xml", collector: OpenDocumentTextCollector(maximumTextBytes: 1 << 20))
        },
        Target(name: "rtf", extensions: ["rtf"]) { bytes, scratch in
            try await extract(RTFTextExtractor(), mimeType: "text/rtf", bytes, in: scratch)
        },
        Target(name: "csv", extensions: ["csv"]) { bytes, scratch in
            try await extract(CSVTextExtractor(), mimeType: "text/csv", bytes, in: scratch)
        },
        Target(name: "json", extensions: ["json"]) { bytes, scratch in
            try await extract(JSONTextExtractor(), mimeType: "application/json", bytes, in: scratch)
        },
        Target(name: "yaml", extensions: ["yaml", "yml"]) { bytes, scratch in
            try await extract(YAMLTextExtractor(), mimeType: "application/yaml", bytes, in: scratch)
        },
        Target(name: "html", extensions: ["html"]) { bytes, scratch in
            try await extract(HTMLTextExtractor(), mimeType: "text/html", bytes, in: scratch)
        },
        Target(name: "markdown", extensions: ["md"]) { bytes, scratch in
            try await extract(MarkdownTextExtractor(), mimeType: "text/markdown", bytes, in: scratch)
        },
        Target(name: "text", extensions: ["txt"]) { bytes, _ in
            let decoded = TextDecoding.decode(Data(bytes))
            _ = TextQuality.assess(decoded.text, pageCount: nil)
        },
        Target(name: "multipart", extensions: ["txt", "json", "md"]) { bytes, _ in
            try parseMultipart(bytes)
        },
    ]

    static let boundary = "intake-fuzz-boundary"

    /// A seed for the multipart reader: a real form around a sample's bytes.
    static func multipartSeed(around content: [UInt8]) -> [UInt8] {
        let head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"remote_id\"\r\n\r\nik1-x\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        return Array(head.utf8) + content + Array("\r\n--\(boundary)--\r\n".utf8)
    }

    /// Feeds `bytes` to the sandbox's multipart parser in chunks of changing size.
    static func parseMultipart(_ bytes: [UInt8]) throws {
        var parser = MultipartParser(boundary: boundary)
        var offset = 0
        var size = 1
        while offset < bytes.count {
            let end = min(bytes.count, offset + size)
            try bytes[offset..<end].withUnsafeBytes { chunk in
                try parser.feed(chunk) { _ in }
            }
            offset = end
            size = size % 97 + 7
        }
        try parser.finish()
    }

    /// The seeds of `target`: samples and labelled files with its extensions.
    static func seeds(for target: Target) throws -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for folder in [Samples.root, Samples.packageRoot.appending(path: "labelled/tune")] {
            guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where target.extensions.contains(url.pathExtension.lowercased()) {
                let bytes = [UInt8](try Data(contentsOf: url))
                switch target.name {
                case "multipart": seeds.append(multipartSeed(around: Array(bytes.prefix(4096))))
                case "docx-xml": try xmlPart("word/document.xml", of: url).map { seeds.append($0) }
                case "odt-xml": try xmlPart("content.xml", of: url).map { seeds.append($0) }
                default: seeds.append(bytes)
                }
            }
        }
        return seeds
    }

    /// The part `name` of the office document at `url`, if it has one.
    static func xmlPart(_ name: String, of url: URL) throws -> [UInt8]? {
        let archive = try ZipArchive(try OpenedFile.open(InputFile(url: url)), maximumEntryBytes: 16 << 20)
        return try archive.entry(named: name).map { try archive.contents(of: $0) }
    }

    /// The inputs kept from earlier fuzzing for `target`.
    static func keptInputs(for target: Target) throws -> [URL] {
        let folder = Samples.packageRoot.appending(path: "Tests/Fixtures/fuzz/\(target.name)")
        guard FileManager.default.fileExists(atPath: folder.path(percentEncoded: false)) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "bin" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static var fuzzSeconds: Int? {
        ProcessInfo.processInfo.environment["INTAKE_FUZZ_SECONDS"].flatMap(Int.init)
    }

    @Test("every parser has seeds", arguments: targets)
    func seedsExist(_ target: Target) throws {
        #expect(try Self.seeds(for: target).count >= 2, "\(target.name) has too few seeds")
    }

    /// Every input that once crashed or hung a parser now ends: with a text or an error.
    @Test("kept inputs end without a crash", arguments: targets)
    func regressions(_ target: Target) async throws {
        let scratch = try TemporaryFolder()
        let inputs = try Self.keptInputs(for: target)
        #expect(!inputs.isEmpty, "Tests/Fixtures/fuzz/\(target.name) holds no input")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            do { try await target.run(bytes, scratch.url) } catch { continue }
        }
    }

    /// A short run of each fuzzer on every test run, so the harness itself stays working.
    @Test("a few hundred mutants of each parser's seeds end without a crash", arguments: targets)
    func smoke(_ target: Target) async throws {
        let scratch = try TemporaryFolder()
        let fuzzer = MutationFuzzer(
            name: target.name, seeds: try Self.seeds(for: target), outputFolder: scratch.url.appending(path: "out"),
            rounds: 300, duration: .seconds(20)
        )
        let summary = try await fuzzer.run(seed: 1) { try await target.run($0, scratch.url) }
        #expect(summary.inputs > 0)
    }

    /// The fuzzing proper, for `scripts/fuzz`: each parser gets its share of the seconds.
    @Test("fuzz", .enabled(if: fuzzSeconds != nil, "scripts/fuzz sets INTAKE_FUZZ_SECONDS"), arguments: targets)
    func fuzz(_ target: Target) async throws {
        let only = ProcessInfo.processInfo.environment["INTAKE_FUZZ_TARGET"]
        guard only == nil || only == target.name else { return }
        let seconds = Self.fuzzSeconds ?? 0
        let seed = ProcessInfo.processInfo.environment["INTAKE_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
        let output = Samples.packageRoot.appending(path: "fuzz-out/\(target.name)")
        let scratch = try TemporaryFolder()
        let share = only == nil ? max(1, seconds / Self.targets.count) : seconds
        let fuzzer = MutationFuzzer(
            name: target.name, seeds: try Self.seeds(for: target), outputFolder: output,
            rounds: Int.max, duration: .seconds(share)
        )
        let summary = try await fuzzer.run(seed: seed) { try await target.run($0, scratch.url) }
        print("fuzz: \(target.name): \(summary) in \(share) s (seed \(seed))")
        #expect(summary.inputs > 0)
    }
}
