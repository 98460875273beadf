@testable import EndorsedSandbox

/// The sandbox's side of ``MultipartAgreementTests``, in a file of its own: multipart-kit
/// has a `MultipartParser` too, and the module `EndorsedSandbox` cannot be named to tell
/// them apart, since its main type has the same name.
extension MultipartAgreementTests {
    /// The parts the sandbox's parser finds, and the file names it reads.
    static func sandbox(_ chunks: [ArraySlice<UInt8>], boundary: String) throws -> (parts: [Part], fileNames: [String?]) {
        var parts: [Part] = []
        var fileNames: [String?] = []
        var current: (headers: MultipartPartHeaders, body: [UInt8])?
        var parser = MultipartParser(boundary: boundary)
        for chunk in chunks {
            try chunk.withUnsafeBytes { bytes in
                try parser.feed(bytes) { event in
                    switch event {
                    case .partBegin(let headers): current = (headers, [])
                    case .partBytes(let bytes): current?.body += bytes
                    case .partEnd:
                        if let current {
                            parts.append(Part(name: current.headers.name, contentType: current.headers.contentType, body: current.body))
                            fileNames.append(current.headers.fileName)
                        }
                        current = nil
                    }
                }
            }
        }
        try parser.finish()
        return (parts, fileNames)
    }

}
