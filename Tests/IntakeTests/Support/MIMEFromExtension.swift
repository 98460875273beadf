import Foundation
import Intake

/// Sets the MIME type the way `SniffMIME` would for the files the tests use, without
/// libmagic: a `%PDF-` header is a PDF, an empty file is skipped, otherwise by extension.
struct MIMEFromExtension: Stage {
    let name = "sniff"

    func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        let handle = try FileHandle(forReadingFrom: document.file.url)
        defer { try? handle.close() }
        let head = try handle.read(upToCount: 5) ?? Data()
        if head.isEmpty { return .end(.skipped(.emptyFile)) }
        if head == Data("%PDF-".utf8) {
            document.mimeType = "application/pdf"
            return .proceed
        }
        switch document.file.url.pathExtension.lowercased() {
        case "md": document.mimeType = "text/markdown"
        case "html", "htm": document.mimeType = "text/html"
        case "json": document.mimeType = "application/json"
        default: document.mimeType = "text/plain"
        }
        return .proceed
    }
}
