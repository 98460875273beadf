import Foundation

/// The package's `samples/` folder, found from this file's path so tests run from anywhere.
enum Samples {
    static let root = URL(filePath: #filePath)
        .deletingLastPathComponent()  // IntakePopplerTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appending(path: "samples")

    /// A sample file by its path inside `samples/`, as `EXPECTED.tsv` names it.
    static func url(_ pathInSamples: String) -> URL {
        root.appending(path: pathInSamples)
    }

    /// The bytes of a sample file.
    static func bytes(_ pathInSamples: String) throws -> Data {
        try Data(contentsOf: url(pathInSamples))
    }
}

/// A folder of files made by one test, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "intake-poppler-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `bytes` to a file named `name` and returns its URL.
    func file(_ name: String, bytes: Data) throws -> URL {
        let file = url.appending(path: name)
        try bytes.write(to: file)
        return file
    }

    /// Writes `text` as UTF-8 to a file named `name` and returns its URL.
    func file(_ name: String, text: String) throws -> URL {
        try file(name, bytes: Data(text.utf8))
    }
}

/// Bytes that start like a real PNG: signature and an IHDR chunk for a 1×1 image.
let pngHeader = Data([
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
    0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00,
    0x1F, 0x15, 0xC4, 0x89,
])

/// A few hundred bytes of HTTP response headers, as a careless download saves in front of
/// the body. Long enough that libmagic no longer sees the PDF behind them.
let httpHeaders = Data((
    "HTTP/1.1 200 OK\r\n"
    + "Date: Mon, 04 Mar 2024 09:12:44 GMT\r\n"
    + "Server: Apache/2.4.57 (Debian)\r\n"
    + "Content-Type: application/pdf\r\n"
    + "Content-Disposition: attachment; filename=\"resume.pdf\"\r\n"
    + "Cache-Control: private, max-age=0, must-revalidate\r\n"
    + "X-Request-Id: 7b6c1f0e-5d1a-4a8e-9d52-0c7d2b8e4f13\r\n"
    + "Set-Cookie: session=0123456789abcdef0123456789abcdef; Path=/; HttpOnly\r\n"
    + "\r\n"
).utf8)
