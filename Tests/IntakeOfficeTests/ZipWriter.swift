import CZlib
import Foundation

/// Writes small zip archives for the tests: entries stored or deflated with zlib, each
/// with knobs to make it lie (a flag, a declared size, a checksum), as damaged and
/// hostile archives do.
struct ZipWriter {
    /// How an entry's bytes are written.
    enum Method: UInt16 {
        case stored = 0
        case deflated = 8
    }

    /// One file of the archive.
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var method: Method
        /// General-purpose flags, written to both headers (bit 0: encrypted).
        var flags: UInt16 = 0
        /// The uncompressed size the headers declare, when it is to differ from the truth.
        var declaredSize: Int?
        /// The CRC-32 the headers declare, when it is to differ from the truth.
        var declaredCRC32: UInt32?
    }

    private(set) var entries: [Entry] = []
    /// The archive's comment, after the end of central directory record.
    var comment = ""

    /// Adds an entry holding `text` in UTF-8.
    mutating func add(_ name: String, text: String, method: Method = .deflated) {
        entries.append(Entry(name: name, bytes: Array(text.utf8), method: method))
    }

    /// Adds `entry` as it is.
    mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// The archive's bytes.
    func archive() -> Data {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let data = entry.method == .deflated ? Self.deflate(entry.bytes) : entry.bytes
            let crc = entry.declaredCRC32 ?? Self.crc32(entry.bytes)
            let size = UInt32(entry.declaredSize ?? entry.bytes.count)
            let name = Array(entry.name.utf8)
            let offset = UInt32(output.count)

            // Local header: signature, version 2.0, flags, method, time, date (1 Jan 1980),
            // CRC-32, sizes, name and extra lengths.
            Self.put(UInt32(0x0403_4B50), &output)
            Self.put(UInt16(20), &output)
            Self.put(entry.flags, &output)
            Self.put(entry.method.rawValue, &output)
            Self.put(UInt16(0), &output)
            Self.put(UInt16(0x21), &output)
            Self.put(crc, &output)
            Self.put(UInt32(data.count), &output)
            Self.put(size, &output)
            Self.put(UInt16(name.count), &output)
            Self.put(UInt16(0), &output)
            output += name
            output += data

            // Central header: the same, plus versions, comment length, disk, attributes and
            // where the local header is.
            Self.put(UInt32(0x0201_4B50), &directory)
            Self.put(UInt16(20), &directory)
            Self.put(UInt16(20), &directory)
            Self.put(entry.flags, &directory)
            Self.put(entry.method.rawValue, &directory)
            Self.put(UInt16(0), &directory)
            Self.put(UInt16(0x21), &directory)
            Self.put(crc, &directory)
            Self.put(UInt32(data.count), &directory)
            Self.put(size, &directory)
            Self.put(UInt16(name.count), &directory)
            Self.put(UInt16(0), &directory)  // extra field
            Self.put(UInt16(0), &directory)  // comment
            Self.put(UInt16(0), &directory)  // disk
            Self.put(UInt16(0), &directory)  // internal attributes
            Self.put(UInt32(0), &directory)  // external attributes
            Self.put(offset, &directory)
            directory += name
        }

        let directoryOffset = UInt32(output.count)
        output += directory
        let comment = Array(comment.utf8)
        Self.put(UInt32(0x0605_4B50), &output)
        Self.put(UInt16(0), &output)  // this disk
        Self.put(UInt16(0), &output)  // the directory's disk
        Self.put(UInt16(entries.count), &output)
        Self.put(UInt16(entries.count), &output)
        Self.put(UInt32(directory.count), &output)
        Self.put(directoryOffset, &output)
        Self.put(UInt16(comment.count), &output)
        output += comment
        return Data(output)
    }

    /// `bytes` compressed with raw deflate, as zip entries hold them.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(intake_deflate_init_raw(&stream, Z_BEST_COMPRESSION) == Z_OK)
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 16)
        let status = input.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "deflate did not finish in one call")
        output.removeLast(Int(stream.avail_out))
        return output
    }

    /// The CRC-32 of `bytes`, as zlib computes it.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    private static func put<Number: FixedWidthInteger>(_ value: Number, _ bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}
