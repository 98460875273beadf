import Foundation
import Intake
import IntakeTestFixtures
import MultipartKit
import NIOCore
import Testing

@testable import EndorsedSandbox
@testable import IntakeEndorsed

/// The multipart bodies the client writes, read by multipart-kit (Vapor's parser, written
/// by other hands) and by the sandbox's streaming parser: both must find the same parts
/// with the same bytes, so that the writer and the sandbox cannot share a misreading
/// unnoticed.
@Suite("Multipart bodies: our writer, the sandbox's parser and multipart-kit agree")
struct MultipartAgreementTests {
    /// One part as a parser found it.
    struct Part: Equatable, CustomStringConvertible {
        var name: String?
        var contentType: String?
        var body: [UInt8]
        var description: String { "\(name ?? "-") \(contentType ?? "-") \(body.count) bytes" }
    }

    /// File contents that could confuse a parser: delimiter-like lines, bare CR and LF,
    /// and sizes on either side of the writer's 256 KiB chunks.
    static func contents(_ index: Int, boundary: String, generator: inout SplitMix64) -> [UInt8] {
        let size = [0, 1, 2, 77, 4095, 262_143, 262_144, 262_145, 600_001][index % 9]
        var bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let traps: [[UInt8]] = [
            // The delimiter but for its last character, the boundary without the CRLF
            // that makes it a delimiter.
            Array("\r\n--".utf8), Array("\r\n--\(boundary.dropLast())!".utf8), Array("--\(boundary)".utf8),
            Array("\r\r\n\n".utf8), Array("\r\n\r\n".utf8),
        ]
        // Each trap in a stretch of its own, after a byte that is not CR or LF, so that
        // no two of them make a real delimiter together.
        let stretch = bytes.count / traps.count
        for (number, trap) in traps.enumerated() where stretch > trap.count + 2 {
            let at = number * stretch + 1 + Int(generator.next() % UInt64(stretch - trap.count - 1))
            bytes[at - 1] = UInt8(ascii: "x")
            bytes.replaceSubrange(at..<(at + trap.count), with: trap)
        }
        return bytes
    }

    static func body(of form: AttachmentForm) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in FileBodySequence(form: form) { bytes += chunk.readableBytesView }
        return bytes
    }

    /// Cuts `bytes` into chunks of random sizes, as a network would.
    static func chunks(_ bytes: [UInt8], generator: inout SplitMix64) -> [ArraySlice<UInt8>] {
        var chunks: [ArraySlice<UInt8>] = []
        var start = 0
        while start < bytes.count {
            let size = 1 + Int(generator.next() % 9000)
            chunks.append(bytes[start..<min(bytes.count, start + size)])
            start += size
        }
        return chunks
    }

    static func multipartKit(_ chunks: [ArraySlice<UInt8>], boundary: String) throws -> [Part] {
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        let parser = MultipartKit.MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in body += buffer.readableBytesView }
        parser.onPartComplete = {
            var nioHeaders = HTTPHeaders()
            for (name, value) in headers { nioHeaders.add(name: name, value: value) }
            let part = MultipartPart(headers: nioHeaders, body: ByteBuffer(bytes: body))
            parts.append(Part(name: part.name, contentType: nioHeaders.first(name: "Content-Type"), body: body))
            headers = []
            body = []
        }
        for chunk in chunks { try parser.execute(Array(chunk)) }
        return parts
    }

    @Test("Forms with awkward fields and contents read the same in both parsers, in any chunking", arguments: 0..<18)
    func agree(_ index: Int) async throws {
        // The sandbox's seeded generator, so that every run builds the same forms.
        var generator = SplitMix64(seed: UInt64(index) &* 0x9E37_79B9)
        let folder = try TemporaryFolder()
        // Fixed per case, so that a failure repeats.
        let boundary = "intake-agreement-\(index)-" + String(generator.next(), radix: 36)
        let fileNames = ["cv.pdf", "Lebenslauf – Müller.pdf", "a \"quoted\" name.txt", "semi;colon=name.docx", "back\\slash.txt", "日本語の履歴書.pdf"]
        let fileName = fileNames[index % fileNames.count]
        let contents = Self.contents(index, boundary: boundary, generator: &generator)
        // A real delimiter inside the file would be the writer's caller's fault (the
        // boundary is random in use); the random bytes here must not make one.
        try #require(Data(contents).range(of: Data("\r\n--\(boundary)".utf8)) == nil)
        let file = try folder.write("file-\(index)", bytes: Data(contents))
        let form = try AttachmentForm(
            candidateID: index % 2 == 0 ? "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13" : nil,
            remoteID: ["ik1-a", "crm/42 a%b", "ümlaut\r\nline"][index % 3], type: AttachmentType.allCases[index % AttachmentType.allCases.count],
            fileName: index % 4 == 3 ? nil : fileName, file: file,
            fileContentType: ["application/pdf", "text/plain; charset=utf-8", "application/octet-stream"][index % 3],
            boundary: boundary
        )
        let body = try await Self.body(of: form)
        let chunks = Self.chunks(body, generator: &generator)
        let independent = try Self.multipartKit(chunks, boundary: boundary)
        let ours = try MultipartAgreementTests.sandbox(chunks, boundary: boundary)

        #expect(independent == ours.parts)
        #expect(independent.contains { $0.name == "file" })
        #expect(independent.count == (form.candidateID == nil ? 2 : 3) + (form.fileName == nil ? 0 : 1) + 1)
        let filePart = try #require(independent.first { $0.name == "file" })
        #expect(filePart.body == Array(try Data(contentsOf: file)))
        let remoteIDPart = try #require(independent.first { $0.name == "remote_id" })
        #expect(String(decoding: remoteIDPart.body, as: UTF8.self) == form.remoteID)
        // The file part's filename, as the sandbox reads it, is the name as the writer
        // escaped it, not a character lost (a raw backslash once was).
        let fileIndex = try #require(ours.parts.firstIndex { $0.name == "file" })
        #expect(ours.fileNames[fileIndex] == AttachmentForm.escapeQuotedParameter(form.fileName ?? "file-\(index)"))
    }
}
