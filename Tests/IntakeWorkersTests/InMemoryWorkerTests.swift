import Foundation
import Intake
import IntakeEngine
import IntakeCLI
import IntakeTestFixtures
import IntakeWorkers
import Logging
import Testing

/// Files held in memory cross the pipe with their bytes, and parse in a worker exactly as
/// they do in process. In the serialized suite of the worker tests, so that its workers
/// never compete with theirs for the machine.
extension ParserWorkerPoolTests {
    static let resume = "6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf"

    /// `bytes` held in memory, named `name`.
    static func inMemory(_ bytes: some ContiguousBytes, name: String, sequenceNumber: Int = 0) throws -> InputFile {
        InputFile(memory: try InMemoryFile(bytes: bytes, name: name), fileName: name, key: "upload:test/\(name)", sequenceNumber: sequenceNumber)
    }

    /// The outcomes of `entries` through the parsing stages in this process, by display path.
    static func runInProcess(_ entries: [SourceEntry]) async -> [String: FileOutcome] {
        let runner = PipelineRunner(pipeline: Pipeline(stages: StandardPipeline.parsingStages()), maxFilesInFlight: 2, logger: Logger(label: "test"))
        let collected = OutcomeCollector()
        _ = await runner.run(ListedEntries(entries: entries)) { collected.add($0) }
        return collected.outcomes
    }

    @Test func aPDFAndADOCXHeldInMemoryParseInWorkersAsInProcess() async throws {
        let entries: [SourceEntry] = [
            .file(try Self.inMemory(try Samples.bytes(Self.resume), name: "resume.pdf", sequenceNumber: 0)),
            .file(try Self.inMemory(StoredZip.docx(paragraphs: ["Ana Sílva", "Engenheira de Software – São Paulo"]), name: "cv.docx", sequenceNumber: 1)),
            // Markdown is told from text by its name: the worker must have the file's name.
            .file(try Self.inMemory(try Samples.bytes("6329b0c2-4914-453c-91b8-f0b4aa707851/about.md"), name: "about.md", sequenceNumber: 2)),
        ]
        let isolated = await WorkerHarness(fileTimeout: .seconds(60)).run(entries)
        let inProcess = await Self.runInProcess(entries)
        #expect(Set(isolated.outcomes.keys) == ["resume.pdf", "cv.docx", "about.md"])
        #expect(Set(inProcess.keys) == Set(isolated.outcomes.keys))
        for (name, expected) in inProcess {
            let outcome = try #require(isolated.outcomes[name])
            #expect(outcome.status == expected.status, "\(name)")
            #expect(outcome.document.mimeType == expected.document.mimeType, "\(name)")
            #expect(outcome.document.mimeEvidence == expected.document.mimeEvidence, "\(name)")
            #expect(outcome.document.text == expected.document.text, "\(name)")
            #expect(outcome.document.pageCount == expected.document.pageCount, "\(name)")
            #expect(outcome.document.textQuality == expected.document.textQuality, "\(name)")
            #expect(outcome.document.trail.map(\.notes) == expected.document.trail.map(\.notes), "\(name)")
        }
        let pdf = try #require(isolated.outcomes["resume.pdf"])
        #expect(pdf.status == .processed)
        #expect(pdf.document.mimeType == "application/pdf")
        #expect(pdf.document.pageCount == 2)
        #expect(pdf.document.text?.hasPrefix("Daniel Okafor\nSenior Backend Engineer") == true)
        let docx = try #require(isolated.outcomes["cv.docx"])
        #expect(docx.status == .processed)
        #expect(docx.document.text == "Ana Sílva\nEngenheira de Software – São Paulo")
        #expect(isolated.outcomes["about.md"]?.document.mimeType == "text/markdown")
        #expect(isolated.statistics.workersLost == 0)
    }

    @Test func aMemoryFileOverTheWorkerLimitFailsAloneAndTheNextStillParses() async throws {
        let tooLarge = [UInt8](repeating: UInt8(ascii: "a"), count: ParserWorker.maximumInMemoryFileBytes + 1)
        let entries: [SourceEntry] = [
            .file(try Self.inMemory(tooLarge, name: "huge.txt", sequenceNumber: 0)),
            .file(try Self.inMemory(try Samples.bytes(Self.resume), name: "resume.pdf", sequenceNumber: 1)),
        ]
        let result = await WorkerHarness(workers: 1, fileTimeout: .seconds(60)).run(entries)
        let failure = try #require(result.outcomes["huge.txt"]?.failure)
        #expect(failure.stage == "sniff")
        #expect(failure.code == "too_large_for_worker")
        #expect(failure.message.contains("48 MiB"))
        #expect(failure.details["size"] == String(ParserWorker.maximumInMemoryFileBytes + 1))
        let resume = try #require(result.outcomes["resume.pdf"])
        #expect(resume.status == .processed)
        #expect(resume.document.pageCount == 2)
        #expect(result.statistics.workersLost == 0)
    }

    @Test func aMemoryFileAtTheWorkerLimitReachesTheWorker() async throws {
        // 48 MiB of text: its bytes cross the pipe whole (the worker sniffs text/plain in
        // them), and the text reader there refuses it by its size, as it would in process.
        let line = Array("Staff nurse on a surgical ward.\n".utf8)
        var atLimit: [UInt8] = []
        atLimit.reserveCapacity(ParserWorker.maximumInMemoryFileBytes)
        for _ in 0..<(ParserWorker.maximumInMemoryFileBytes / line.count) { atLimit.append(contentsOf: line) }
        #expect(atLimit.count == ParserWorker.maximumInMemoryFileBytes)
        let result = await WorkerHarness(workers: 1, fileTimeout: .seconds(60)).run([.file(try Self.inMemory(atLimit, name: "long.txt"))])
        let outcome = try #require(result.outcomes["long.txt"])
        #expect(outcome.document.mimeType == "text/plain")
        #expect(outcome.failure?.stage == "extract")
        #expect(outcome.failure?.code == "text_too_large")
        #expect(result.statistics.workersLost == 0)
    }
}

/// DOCX archives with their entries stored (not compressed), laid out as Word lays out its
/// parts, so that libmagic and the zip reader take them for real ones.
enum StoredZip {
    /// A DOCX with one paragraph per string.
    static func docx(paragraphs: [String]) -> [UInt8] {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        return archive([
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/></Relationships>
                """),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr/></w:body></w:document>
                """),
        ])
    }

    /// A zip archive of `entries`, each stored: local headers and bytes, the central
    /// directory, and its end record.
    static func archive(_ entries: [(name: String, text: String)]) -> [UInt8] {
        var bytes: [UInt8] = []
        var directory: [UInt8] = []
        for (name, text) in entries {
            let data = Array(text.utf8)
            let nameBytes = Array(name.utf8)
            let checksum = crc32(data)
            let offset = bytes.count
            // Version 2.0, no flags, stored, 1980-01-01 00:00.
            let common: [UInt8] = le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(checksum)
                + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0)
            bytes += le32(0x0403_4B50) + common + nameBytes + data
            directory += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + nameBytes
        }
        let directoryOffset = bytes.count
        bytes += directory
        bytes += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(directory.count)) + le32(UInt32(directoryOffset)) + le16(0)
        return bytes
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }

    /// CRC-32 as zip uses it (reflected, polynomial 0xEDB88320), bit by bit: the archives are small.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
