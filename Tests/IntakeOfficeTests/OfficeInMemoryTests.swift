import Foundation
import Intake
import IntakeMagic
import IntakeOffice
import IntakeTestFixtures
import IntakeTesting
import Logging
import Testing

/// The zip reader reads a DOCX or an ODT held in memory through its own descriptor, as it
/// reads one on disk: the same type from libmagic, the same text and notes.
@Suite("OfficeTextExtractor on bytes held in memory")
struct OfficeInMemoryTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    static let archives: [(name: String, archive: Data)] = [
        ("cv.docx", OfficeDocuments.docx(body: OfficeTextExtractorTests.docxBody, method: .deflated)),
        ("stored.docx", OfficeDocuments.docx(body: OfficeTextExtractorTests.docxBody, method: .stored)),
        ("cv.odt", OfficeDocuments.odt(body: OfficeTextExtractorTests.odtBody)),
    ]

    static func inMemory(_ archive: Data, name: String) throws -> InputFile {
        InputFile(memory: try InMemoryFile(bytes: archive, name: name), fileName: name, key: "upload:test/\(name)")
    }

    @Test("sniffed and read from memory as from disk", arguments: archives)
    func sameAsOnDisk(name: String, archive: Data) async throws {
        let folder = try TemporaryFolder()
        let onDisk = try folder.inputFile(name, writing: archive)
        let inMemory = try Self.inMemory(archive, name: name)

        let sniff = StageHarness(SniffMIME())
        let (_, sniffedOnDisk) = try await sniff.run(on: Document(file: onDisk))
        let (_, sniffedInMemory) = try await sniff.run(on: Document(file: inMemory))
        #expect(sniffedInMemory.mimeType != nil)
        #expect(sniffedInMemory.mimeType == sniffedOnDisk.mimeType)
        #expect(sniffedInMemory.mimeEvidence == sniffedOnDisk.mimeEvidence)

        let mimeType = try #require(sniffedInMemory.mimeType)
        let fromDisk = try await OfficeTextExtractor().extract(from: onDisk, mimeType: mimeType, context: context)
        let fromMemory = try await OfficeTextExtractor().extract(from: inMemory, mimeType: mimeType, context: context)
        #expect(fromMemory.text == fromDisk.text)
        #expect(fromMemory.notes == fromDisk.notes)
        #expect(fromMemory.text == (name.hasSuffix(".odt") ? OfficeTextExtractorTests.odtText : OfficeTextExtractorTests.docxText))
    }

    @Test("a sniff after the zip reader's seeks still reads the archive from its start")
    func sniffAfterExtraction() async throws {
        // The zip reader seeks to the end and back; libmagic reads from the descriptor's
        // offset. Each open has an offset of its own, so the one cannot move the other.
        let file = try Self.inMemory(OfficeDocuments.docx(paragraphs: ["Seeks"]), name: "cv.docx")
        let sniff = StageHarness(SniffMIME())
        let (_, before) = try await sniff.run(on: Document(file: file))
        let extracted = try await OfficeTextExtractor().extract(from: file, mimeType: "application/zip", context: context)
        #expect(extracted.text == "Seeks")
        let (_, after) = try await sniff.run(on: Document(file: file))
        #expect(after.mimeType == before.mimeType)
        #expect(after.mimeEvidence == before.mimeEvidence)
    }
}

extension TemporaryFolder {
    /// Writes `bytes` to `name` and returns it as a source would hand it over.
    fileprivate func inputFile(_ name: String, writing bytes: Data) throws -> InputFile {
        try write(name, bytes: bytes)
        return try inputFile(name)
    }
}
