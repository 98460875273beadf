import Foundation
import Testing

@testable import EndorsedSandbox

@Suite("The streaming multipart parser")
struct MultipartParserTests {
    struct Part: Equatable {
        var headers: MultipartPartHeaders
        var bytes: Data
    }

    /// Parses `body` fed in `chunkSize`-byte chunks.
    func parse(_ body: String, boundary: String = "XyZ", chunkSize: Int) throws -> [Part] {
        try parse(Data(body.utf8), boundary: boundary, chunkSize: chunkSize)
    }

    func parse(_ body: Data, boundary: String = "XyZ", chunkSize: Int) throws -> [Part] {
        var parser = MultipartParser(boundary: boundary, maximumHeaderBytes: 256)
        var parts: [Part] = []
        var offset = 0
        while offset < body.count {
            let chunk = body[body.startIndex + offset..<body.startIndex + min(offset + chunkSize, body.count)]
            try chunk.withUnsafeBytes { bytes in
                try parser.feed(bytes) { event in
                    switch event {
                    case .partBegin(let headers): parts.append(Part(headers: headers, bytes: Data()))
                    case .partBytes(let bytes): parts[parts.count - 1].bytes.append(contentsOf: bytes)
                    case .partEnd: break
                    }
                }
            }
            offset += chunkSize
        }
        try parser.finish()
        return parts
    }

    static let body = "preamble to skip\r\n--XyZ\r\n"
        + "Content-Disposition: form-data; name=\"remote_id\"\r\n\r\nabc\r\n"
        + "--XyZ  \r\n"  // transport padding
        + "content-disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".txt\"\r\ncontent-type: text/plain\r\n\r\n"
        + "line\r\n--XyNotTheBoundary\r\n--X\r\n-"
        + "\r\n--XyZ\r\n"
        + "\r\nheaderless\r\n"
        + "--XyZ--\r\nepilogue --XyZ\r\n"

    @Test("Every chunk size finds the same parts", arguments: [1, 2, 3, 5, 7, 11, 64, 4096])
    func chunkSizes(chunkSize: Int) throws {
        let parts = try parse(Self.body, chunkSize: chunkSize)
        #expect(parts == [
            Part(headers: MultipartPartHeaders(name: "remote_id"), bytes: Data("abc".utf8)),
            Part(headers: MultipartPartHeaders(name: "file", fileName: "a \"b\".txt", contentType: "text/plain"), bytes: Data("line\r\n--XyNotTheBoundary\r\n--X\r\n-".utf8)),
            Part(headers: MultipartPartHeaders(), bytes: Data("headerless".utf8)),
        ])
    }

    @Test("A body that starts with the boundary line, without CRLF before it")
    func noPreamble() throws {
        let parts = try parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--", chunkSize: 3)
        #expect(parts == [Part(headers: MultipartPartHeaders(name: "a"), bytes: Data("1".utf8))])
    }

    @Test("An empty part and an empty body part")
    func emptyParts() throws {
        let parts = try parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n--XyZ--\r\n", chunkSize: 1)
        #expect(parts == [Part(headers: MultipartPartHeaders(name: "a"), bytes: Data())])
    }

    @Test("A body without the closing delimiter is an error", arguments: [
        "",
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ",
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n",
    ])
    func unterminated(body: String) throws {
        #expect(throws: MultipartParser.ParseError.missingClosingDelimiter) {
            _ = try parse(body, chunkSize: 4)
        }
    }

    @Test("A boundary followed by something else than CRLF or -- is an error")
    func malformedBoundaryLine() throws {
        #expect(throws: MultipartParser.ParseError.malformedBoundaryLine) {
            _ = try parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZjunk\r\n--XyZ--", chunkSize: 5)
        }
    }

    @Test("Headers longer than the limit are an error")
    func longHeaders() throws {
        let long = "--XyZ\r\nContent-Disposition: form-data; name=\"" + String(repeating: "a", count: 400) + "\"\r\n\r\n1\r\n--XyZ--"
        #expect(throws: MultipartParser.ParseError.headersTooLong(limit: 256)) {
            _ = try parse(long, chunkSize: 16)
        }
    }

    @Test("Binary bytes, CRs and partial delimiters at every chunk edge pass through unchanged")
    func binary() throws {
        var file = Data()
        for index in 0..<2000 { file.append(UInt8(truncatingIfNeeded: index * 7)) }
        file.append(Data("\r\n--Xy-not\r\r\n\r\n--X\r\n--Xy".utf8))
        var body = Data("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n".utf8)
        body.append(file)
        body.append(Data("\r\n--XyZ--".utf8))
        for chunkSize in [1, 6, 7, 8, 13, 1000] {
            let parts = try parse(body, chunkSize: chunkSize)
            #expect(parts.count == 1)
            #expect(parts.first?.bytes == file, "chunk size \(chunkSize)")
        }
    }
}
