import Foundation

/// An incremental parser of a `multipart/form-data` body (RFC 7578, RFC 2046 §5.1).
///
/// Feed it the body in chunks of any size, split anywhere; it calls back with each part's
/// headers, its bytes and its end, and keeps only what it cannot yet decide about: at most
/// a delimiter's length of a part's bytes, or a part's header block (capped). So a file
/// part of any size passes through without being held in memory.
///
/// ```
/// preamble  --boundary CRLF  headers CRLF CRLF  bytes  CRLF--boundary CRLF  headers …  CRLF--boundary--  epilogue
///           └ delimiter ┘                               └── delimiter ──┘                └ delimiter ┘└ close
/// ```
///
/// The body is treated as if it began with CRLF, so the first boundary line matches the
/// same delimiter as the others, whether or not a preamble precedes it.
struct MultipartParser {
    /// What the parser found, in body order.
    enum Event {
        /// A part begins; its headers.
        case partBegin(MultipartPartHeaders)
        /// Some of the current part's bytes. Valid only during the call.
        case partBytes(UnsafeRawBufferPointer)
        /// The current part ended.
        case partEnd
    }

    /// Why a body is not well-formed multipart.
    enum ParseError: Error, Equatable, CustomStringConvertible {
        case headersTooLong(limit: Int)
        case malformedBoundaryLine
        case missingClosingDelimiter

        var description: String {
            switch self {
            case .headersTooLong(let limit): "a part's headers are longer than \(limit) bytes"
            case .malformedBoundaryLine: "a boundary line is not followed by CRLF or --"
            case .missingClosingDelimiter: "the body ends before the closing boundary"
            }
        }
    }

    private enum State {
        /// Before the first delimiter: bytes are skipped.
        case preamble
        /// Just after a delimiter: `--` closes the body, CRLF starts a part.
        case afterDelimiter
        /// Reading a part's header block.
        case headers
        /// Reading a part's bytes.
        case body
        /// After the closing delimiter: bytes are ignored.
        case epilogue
    }

    /// `CRLF--boundary`.
    private let delimiter: [UInt8]
    private let maximumHeaderBytes: Int
    private var pending: [UInt8] = [13, 10]
    private var state = State.preamble

    /// Bytes of whitespace allowed after a boundary before its CRLF (RFC 2046's
    /// transport padding); more is malformed, so that a hostile body cannot grow `pending`.
    private static let maximumPadding = 256
    private static let crlfcrlf: [UInt8] = [13, 10, 13, 10]

    /// - Parameters:
    ///   - boundary: the `boundary` parameter of the Content-Type.
    ///   - maximumHeaderBytes: the largest header block a part may have.
    init(boundary: String, maximumHeaderBytes: Int = 16 * 1024) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        self.maximumHeaderBytes = maximumHeaderBytes
    }

    /// Whether the closing delimiter has been seen.
    var isComplete: Bool {
        if case .epilogue = state { return true }
        return false
    }

    /// Parses the next chunk, calling `handle` for every event it completes.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) throws {
        if isComplete { return }
        pending.append(contentsOf: chunk)
        let consumed = try pending.withUnsafeBytes { buffer in
            try process(buffer, handle)
        }
        pending.removeFirst(consumed)
    }

    /// Says the body ended; throws when it ended before the closing delimiter.
    func finish() throws {
        guard isComplete else { throw ParseError.missingClosingDelimiter }
    }

    /// Consumes as much of `buffer` as can be decided and returns how much that was.
    private mutating func process(_ buffer: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) throws -> Int {
        var consumed = 0
        while true {
            let rest = UnsafeRawBufferPointer(rebasing: buffer[consumed...])
            switch state {
            case .preamble, .body:
                let isBody = if case .body = state { true } else { false }
                switch Self.search(delimiter, in: rest) {
                case .found(let index):
                    if isBody {
                        if index > 0 { try handle(.partBytes(UnsafeRawBufferPointer(rebasing: rest[..<index]))) }
                        try handle(.partEnd)
                    }
                    consumed += index + delimiter.count
                    state = .afterDelimiter
                case .notFound(let undecided):
                    let decided = rest.count - undecided
                    if isBody && decided > 0 { try handle(.partBytes(UnsafeRawBufferPointer(rebasing: rest[..<decided]))) }
                    return consumed + decided
                }
            case .afterDelimiter:
                guard rest.count >= 2 else { return consumed }
                if rest[0] == UInt8(ascii: "-") && rest[1] == UInt8(ascii: "-") {
                    state = .epilogue
                    return buffer.count
                }
                var padding = 0
                while padding < rest.count, rest[padding] == UInt8(ascii: " ") || rest[padding] == UInt8(ascii: "\t") {
                    padding += 1
                }
                guard padding <= Self.maximumPadding else { throw ParseError.malformedBoundaryLine }
                guard rest.count >= padding + 2 else { return consumed }
                guard rest[padding] == 13, rest[padding + 1] == 10 else { throw ParseError.malformedBoundaryLine }
                consumed += padding + 2
                state = .headers
            case .headers:
                // A part without headers starts with the blank line at once.
                if rest.count >= 2, rest[0] == 13, rest[1] == 10 {
                    consumed += 2
                    try handle(.partBegin(MultipartPartHeaders()))
                    state = .body
                    continue
                }
                switch Self.search(Self.crlfcrlf, in: rest) {
                case .found(let index):
                    guard index <= maximumHeaderBytes else { throw ParseError.headersTooLong(limit: maximumHeaderBytes) }
                    let block = UnsafeRawBufferPointer(rebasing: rest[..<index])
                    try handle(.partBegin(MultipartPartHeaders(block: block)))
                    consumed += index + Self.crlfcrlf.count
                    state = .body
                case .notFound:
                    guard rest.count <= maximumHeaderBytes + Self.crlfcrlf.count else {
                        throw ParseError.headersTooLong(limit: maximumHeaderBytes)
                    }
                    return consumed
                }
            case .epilogue:
                return buffer.count
            }
        }
    }

    private enum SearchResult: Equatable {
        /// The needle starts at this index.
        case found(Int)
        /// Not found; this many bytes at the end could be the start of the needle.
        case notFound(undecided: Int)
    }

    /// Finds `needle` in `haystack` with `memchr` for its first byte and `memcmp` for the
    /// rest: fast even in a debug build, where a byte loop over a large upload is not.
    private static func search(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> SearchResult {
        guard let base = haystack.baseAddress, !haystack.isEmpty else { return .notFound(undecided: 0) }
        return needle.withUnsafeBytes { needleBytes in
            let first = Int32(needle[0])
            var from = 0
            while from < haystack.count {
                guard let match = memchr(base + from, first, haystack.count - from) else {
                    return .notFound(undecided: 0)
                }
                let index = base.distance(to: UnsafeRawPointer(match))
                let available = haystack.count - index
                if available >= needle.count {
                    if memcmp(match, needleBytes.baseAddress!, needle.count) == 0 { return .found(index) }
                } else if memcmp(match, needleBytes.baseAddress!, available) == 0 {
                    return .notFound(undecided: available)
                }
                from = index + 1
            }
            return .notFound(undecided: 0)
        }
    }
}
