import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Testing

/// The multipart layout against real files: the announced Content-Length is the length of
/// the body actually assembled (preamble + the file's bytes + epilogue), and that body
/// parses back into the same fields and file bytes. Plus validation and escaping.
@Suite("AttachmentForm")
struct AttachmentFormTests {
    static let candidate = "3F6C1A9E-8B2D-4C7E-9A41-2D5F8E0B7C13"

    /// Deterministic bytes that include CR, LF and `-`, so a file that looks like
    /// multipart syntax is covered too.
    static func bytes(count: Int) -> Data {
        var generator = SeededGenerator(seed: UInt64(count))
        var data = Data(count: count)
        for index in 0..<count { data[index] = UInt8(truncatingIfNeeded: generator.next()) }
        if count >= 8 { data.replaceSubrange(0..<8, with: Data("\r\n--\r\n--".utf8)) }
        return data
    }

    /// The body as a client will stream it, assembled in memory.
    static func assemble(_ form: AttachmentForm) throws -> Data {
        var body = form.preamble
        body.append(try Data(contentsOf: form.fileURL))
        body.append(form.epilogue)
        return body
    }

    @Test("Content-Length is the assembled body's length and the body parses back", arguments: [0, 17, 3 * 1024 * 1024])
    func roundTrip(size: Int) throws {
        let folder = try TemporaryFolder()
        let content = Self.bytes(count: size)
        let file = try folder.write("3f6c/résumé.pdf", bytes: content)
        let form = try AttachmentForm(
            candidateID: Self.candidate, remoteID: "ik1-0123456789abcdef0123456789abcdef", type: .workExperiences,
            fileName: "Jane \"JD\" Doe\r\nX-Injected: 1.pdf", file: file, fileContentType: "application/pdf"
        )
        #expect(form.fileSize == Int64(size))
        let body = try Self.assemble(form)
        #expect(form.contentLength == Int64(body.count))
        #expect(form.contentType == "multipart/form-data; boundary=\(form.boundary)")

        let parts = try MultipartParser.parse(body, boundary: form.boundary)
        #expect(parts.map(\.name) == ["candidate_id", "remote_id", "type", "file_name", "file"])
        #expect(parts[0].text == Self.candidate.lowercased())
        #expect(parts[1].text == "ik1-0123456789abcdef0123456789abcdef")
        #expect(parts[2].text == "work_experiences")
        #expect(parts[3].text == "Jane \"JD\" Doe\r\nX-Injected: 1.pdf")
        #expect(parts[4].content == content)
        #expect(parts[4].headers == [
            #"Content-Disposition: form-data; name="file"; filename="Jane %22JD%22 Doe%0D%0AX-Injected: 1.pdf""#,
            "Content-Type: application/pdf",
        ])
    }

    @Test("optional fields are left out; the file part is named after the file")
    func minimal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("résumé.txt", text: "hello")
        let form = try AttachmentForm(candidateID: nil, remoteID: "r", type: .about, file: file, boundary: "b0undary")
        let body = try Self.assemble(form)
        #expect(form.contentLength == Int64(body.count))
        let expected = "--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"remote_id\"\r\n\r\nr\r\n"
            + "--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"type\"\r\n\r\nabout\r\n"
            + "--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"résumé.txt\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
        #expect(form.preamble == Data(expected.utf8))
        #expect(form.epilogue == Data("\r\n--b0undary--\r\n".utf8))
        #expect(body == Data((expected + "hello\r\n--b0undary--\r\n").utf8))
    }

    @Test("every attachment type goes as its raw value", arguments: AttachmentType.allCases)
    func types(type: AttachmentType) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", text: "x")
        let form = try AttachmentForm(candidateID: nil, remoteID: "r", type: type, file: file)
        let parts = try MultipartParser.parse(try Self.assemble(form), boundary: form.boundary)
        #expect(parts.first { $0.name == "type" }?.text == type.rawValue)
    }

    @Test("random boundaries are valid and differ")
    func boundaries() {
        let boundaries = (0..<50).map { _ in AttachmentForm.randomBoundary() }
        #expect(Set(boundaries).count == 50)
        for boundary in boundaries {
            #expect(AttachmentForm.isValidBoundary(boundary))
            #expect(boundary.count == "intake-".count + 32)
        }
    }

    /// Root reads every file, and CI runs as root: there the test runs again in a copy of
    /// the test process started as an unprivileged user, for whom the file is shut.
    @Test("the size is measured without reading: a file without read permission still lays out")
    func unreadableContent() async throws {
        if geteuid() == 0 {
            try await ChildProcess.rerunTestUnprivileged("AttachmentFormTests/unreadableContent")
            return
        }
        let folder = try TemporaryFolder()
        let file = try folder.write("locked.bin", bytes: Self.bytes(count: 1000))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path(percentEncoded: false))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path(percentEncoded: false)) }
        #expect(!FileManager.default.isReadableFile(atPath: file.path(percentEncoded: false)), "the file must be shut to this process")
        let form = try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, file: file)
        #expect(form.fileSize == 1000)
    }

    @Test("a symbolic link to a file measures the file")
    func symlink() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("target.bin", bytes: Self.bytes(count: 321))
        let link = folder.url.appending(path: "link.bin")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, file: link).fileSize == 321)
    }

    // MARK: Validation

    static func expectInvalid(
        _ expected: AttachmentValidationError, candidateID: String? = nil, remoteID: String = "r",
        fileName: String? = nil, file: URL? = nil, fileContentType: String = "text/plain", boundary: String = "ok"
    ) throws {
        let folder = try TemporaryFolder()
        let existing = try folder.write("a.txt", text: "x")
        #expect(throws: expected) {
            try AttachmentForm(
                candidateID: candidateID, remoteID: remoteID, type: .resume, fileName: fileName,
                file: file ?? existing, fileContentType: fileContentType, boundary: boundary)
        }
    }

    @Test("an empty or blank remote id is refused", arguments: ["", " \t"])
    func emptyRemoteID(remoteID: String) throws {
        try Self.expectInvalid(.emptyRemoteID, remoteID: remoteID)
    }

    @Test("a candidate id that is not a UUID is refused", arguments: ["", "jane", "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c1", "3f6c1a9e8b2d4c7e9a412d5f8e0b7c13"])
    func invalidCandidate(candidateID: String) throws {
        try Self.expectInvalid(.invalidCandidateID(candidateID), candidateID: candidateID)
    }

    @Test("an empty file name, a bad content type or boundary are refused")
    func otherValues() throws {
        try Self.expectInvalid(.emptyFileName, fileName: "")
        try Self.expectInvalid(.invalidFileContentType("text/plain\r\nX: y"), fileContentType: "text/plain\r\nX: y")
        try Self.expectInvalid(.invalidFileContentType(""), fileContentType: "")
        try Self.expectInvalid(.invalidBoundary(""), boundary: "")
        try Self.expectInvalid(.invalidBoundary("has space"), boundary: "has space")
        try Self.expectInvalid(.invalidBoundary("quote\""), boundary: "quote\"")
        try Self.expectInvalid(.invalidBoundary(String(repeating: "b", count: 71)), boundary: String(repeating: "b", count: 71))
        try Self.expectInvalid(.boundaryInValue(field: "remote_id"), remoteID: "a--ok", boundary: "ok")
    }

    @Test("a missing file and a folder are refused with report codes")
    func files() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appending(path: "missing.pdf")
        try Self.expectInvalid(.fileNotFound(path: missing.path(percentEncoded: false)), file: missing)
        try Self.expectInvalid(.notARegularFile(path: folder.path), file: URL(filePath: folder.path))
        #expect(AttachmentValidationError.fileNotFound(path: "/x").code == "not_found")
        #expect(AttachmentValidationError.emptyRemoteID.code == "empty_remote_id")
        #expect(AttachmentValidationError.invalidCandidateID("x").message == #"the candidate id "x" is not a UUID"#)
    }

    @Test("a file name is escaped so it cannot end its parameter or add a header")
    func escaping() {
        #expect(AttachmentForm.escapeQuotedParameter(#"a"b"#) == "a%22b")
        #expect(AttachmentForm.escapeQuotedParameter("a\r\nb\rc\nd") == "a%0D%0Ab%0Dc%0Ad")
        #expect(AttachmentForm.escapeQuotedParameter("résumé 100%.pdf") == "résumé 100%.pdf")
    }
}

/// A strict parser for the bodies under test: splits on the delimiter, checks the framing
/// (opening delimiter, CRLFs, closing delimiter) and returns each part's headers and bytes.
enum MultipartParser {
    struct Part {
        var headers: [String]
        var content: Data
        var name: String? {
            guard let disposition = headers.first(where: { $0.hasPrefix("Content-Disposition: form-data; ") }),
                let start = disposition.range(of: "name=\"")
            else { return nil }
            let rest = disposition[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        var text: String? { String(data: content, encoding: .utf8) }
    }

    struct Malformed: Error { var reason: String }

    static func parse(_ body: Data, boundary: String) throws -> [Part] {
        let opening = Data("--\(boundary)\r\n".utf8)
        let delimiter = Data("\r\n--\(boundary)".utf8)
        guard body.starts(with: opening) else { throw Malformed(reason: "no opening delimiter") }
        // Treat the opening delimiter like the others by giving it its leading CRLF.
        var rest = Data("\r\n".utf8) + body
        var parts: [Part] = []
        guard let first = rest.range(of: delimiter) else { throw Malformed(reason: "no delimiter") }
        rest = rest[first.upperBound...]
        while true {
            if rest.starts(with: Data("--\r\n".utf8)) {
                guard rest.count == 4 else { throw Malformed(reason: "bytes after the closing delimiter") }
                return parts
            }
            guard rest.starts(with: Data("\r\n".utf8)) else { throw Malformed(reason: "no CRLF after a delimiter") }
            rest = rest.dropFirst(2)
            guard let end = rest.range(of: delimiter) else { throw Malformed(reason: "part not closed") }
            let part = rest[rest.startIndex..<end.lowerBound]
            guard let blank = part.range(of: Data("\r\n\r\n".utf8)) else { throw Malformed(reason: "no blank line") }
            let headerText = String(decoding: part[part.startIndex..<blank.lowerBound], as: UTF8.self)
            parts.append(Part(
                headers: headerText.components(separatedBy: "\r\n"),
                content: Data(part[blank.upperBound...])
            ))
            rest = rest[end.upperBound...]
        }
    }
}
