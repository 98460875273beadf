import CZlib
import Foundation
import Intake

/// A zip archive read from its central directory, one entry at a time: enough of the zip
/// format to open DOCX and ODT files, which are zip archives of XML parts.
///
/// Only the end of the file (the directory) and the entries asked for are read, with
/// seeks, never the whole file. Entries stored (method 0) or deflated (method 8) are
/// read; anything else is refused with an ``OfficeError``:
/// - ZIP64 archives and archives split over several files: `unsupported_archive` (no
///   document holds 65,535 parts or 4 GiB);
/// - an encrypted entry: `office_encrypted`;
/// - an entry whose header declares more than ``maximumEntryBytes``: `office_too_large`;
/// - a truncated archive, a directory that points outside the file, an entry that
///   inflates to more or fewer bytes than its header declares, or whose CRC-32 does not
///   match: `office_damaged`.
///
/// The declared size is never trusted for memory: inflating stops one byte past it, so a
/// zip bomb that declares a few bytes costs a few bytes, and one that declares more than
/// the limit is refused before anything is inflated.
///
/// Deliberately not `Sendable`: it owns an open file handle and is used within one job on
/// the blocking pool.
final class ZipArchive {
    /// One file in the archive, as the central directory describes it.
    struct Entry: Hashable {
        /// The path inside the archive, such as `word/document.xml`.
        let name: String
        /// The general-purpose flags; bit 0 marks encryption.
        let flags: UInt16
        /// 0 for stored, 8 for deflate.
        let method: UInt16
        /// The CRC-32 of the uncompressed bytes.
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        /// Where the entry's local header starts in the file.
        let localHeaderOffset: Int

        /// Whether the entry is encrypted (traditional or strong encryption both set bit 0).
        var isEncrypted: Bool { flags & 1 != 0 }
    }

    /// The entries, in the order of the central directory.
    let entries: [Entry]
    /// The most bytes one entry (or the central directory) may hold to be read.
    let maximumEntryBytes: Int

    private let handle: FileHandle
    private let displayPath: String
    /// Where the central directory starts: every entry's data must end before it.
    private let centralDirectoryOffset: Int

    /// The fixed part of the end of central directory record; a comment of up to 64 KiB
    /// may follow it.
    private static let endRecordSize = 22
    private static let maximumCommentSize = 0xFFFF
    private static let centralHeaderSize = 46
    private static let localHeaderSize = 30
    private static let endRecordSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    private static let zip64LocatorSignature: [UInt8] = [0x50, 0x4B, 0x06, 0x07]
    private static let centralHeaderSignature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    private static let localHeaderSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// Compressed data is read and inflated this many bytes at a time.
    private static let chunkSize = 64 * 1024
    /// An inflated entry's buffer starts at this size and doubles as the data fills it.
    private static let initialOutputSize = 256 * 1024

    /// Reads the central directory of the archive in `file`, through a duplicate of its
    /// descriptor: the archive is the very file that was checked, never the path again.
    init(_ file: OpenedFile, maximumEntryBytes: Int) throws(OfficeError) {
        let displayPath = file.displayPath
        // Close-on-exec, like every descriptor of ours: a process started meanwhile
        // (a parser worker) must not inherit the candidate's file.
        let duplicate = fcntl(file.descriptor, F_DUPFD_CLOEXEC, 0)
        guard duplicate >= 0 else {
            throw OfficeError.unreadable(displayPath, "the file cannot be opened")
        }
        let handle = FileHandle(fileDescriptor: duplicate, closeOnDealloc: true)
        self.handle = handle
        self.displayPath = displayPath
        self.maximumEntryBytes = maximumEntryBytes

        let fileSize: Int
        do {
            fileSize = Int(try handle.seekToEnd())
        } catch {
            try? handle.close()
            throw OfficeError.unreadable(displayPath, error.localizedDescription)
        }
        do {
            let (offset, count, directory) = try Self.readCentralDirectory(handle, fileSize: fileSize, maximumBytes: maximumEntryBytes, displayPath: displayPath)
            centralDirectoryOffset = offset
            entries = try Self.parseEntries(directory, count: count, centralDirectoryOffset: offset)
        } catch {
            try? handle.close()
            throw error
        }
    }

    deinit {
        try? handle.close()
    }

    /// The first entry named `name`, if any.
    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed bytes of `entry`, checked against its declared size and CRC-32.
    func contents(of entry: Entry) throws(OfficeError) -> [UInt8] {
        if entry.isEncrypted {
            throw OfficeError.encrypted("\(entry.name) is encrypted")
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw OfficeError.unsupportedArchive("\(entry.name) is compressed with method \(entry.method); only stored and deflated entries are read")
        }
        guard entry.uncompressedSize <= maximumEntryBytes else {
            throw OfficeError.tooLarge("\(entry.name) holds \(entry.uncompressedSize) bytes; parts over \(maximumEntryBytes) bytes are not read")
        }

        // The local header repeats the name and may carry an extra field of another length
        // than the directory's; the data starts after both.
        let local = try read(at: entry.localHeaderOffset, count: Self.localHeaderSize)
        guard local.starts(with: Self.localHeaderSignature) else {
            throw OfficeError.damaged("no local header where the directory puts \(entry.name)")
        }
        if Self.uint16(local, 6) & 1 != 0 {
            throw OfficeError.encrypted("\(entry.name) is encrypted")
        }
        let dataOffset = entry.localHeaderOffset + Self.localHeaderSize + Int(Self.uint16(local, 26)) + Int(Self.uint16(local, 28))
        guard dataOffset + entry.compressedSize <= centralDirectoryOffset else {
            throw OfficeError.damaged("the data of \(entry.name) runs past the end of the entries")
        }

        let bytes: [UInt8]
        if entry.compressedSize == 0 && entry.uncompressedSize == 0 {
            bytes = []  // an empty part, which some writers mark deflated with no data at all
        } else if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else {
                throw OfficeError.damaged("\(entry.name) is stored, yet its sizes differ (\(entry.compressedSize) and \(entry.uncompressedSize) bytes)")
            }
            bytes = try read(at: dataOffset, count: entry.compressedSize)
        } else {
            bytes = try inflate(entry, dataOffset: dataOffset)
        }

        let checksum = bytes.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard checksum == entry.crc32 else {
            throw OfficeError.damaged("the CRC-32 of \(entry.name) does not match its header")
        }
        return bytes
    }

    /// Inflates a deflated entry into a buffer that grows with what inflates, up to one byte
    /// more than its declared size; the entry is refused as soon as that byte fills. The
    /// buffer starts small: a header may declare 64 MiB for a few bytes of data, and the
    /// memory is spent only as the data really inflates.
    private func inflate(_ entry: Entry, dataOffset: Int) throws(OfficeError) -> [UInt8] {
        var stream = z_stream()
        guard intake_inflate_init_raw(&stream) == Z_OK else {
            throw OfficeError.damaged("zlib cannot start inflating \(entry.name)")
        }
        defer { inflateEnd(&stream) }

        let declared = entry.uncompressedSize
        var output = [UInt8](repeating: 0, count: min(declared + 1, Self.initialOutputSize))
        var produced = 0
        var position = dataOffset
        var remaining = entry.compressedSize
        var finished = false

        while !finished {
            guard remaining > 0 else {
                throw OfficeError.damaged("the compressed data of \(entry.name) ends early")
            }
            var chunk = try read(at: position, count: min(remaining, Self.chunkSize))
            position += chunk.count
            remaining -= chunk.count

            var status = Z_OK
            chunk.withUnsafeMutableBufferPointer { input in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                // Inflate until this chunk is used up, the stream ends, or the output is
                // one byte past the declared size.
                while stream.avail_in > 0, produced <= declared {
                    if produced == output.count {
                        // Full, and still within the declared size: double it, at most to one byte past.
                        output.append(contentsOf: repeatElement(0, count: min(output.count, declared + 1 - output.count)))
                    }
                    output.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress! + produced
                        stream.avail_out = uInt(out.count - produced)
                        status = CZlib.inflate(&stream, Z_NO_FLUSH)
                        produced = out.count - Int(stream.avail_out)
                    }
                    if status != Z_OK { break }
                }
                stream.next_in = nil
            }

            if produced > declared {
                throw OfficeError.damaged("\(entry.name) inflates to more than the \(declared) bytes its header declares")
            }
            switch status {
            case Z_STREAM_END:
                finished = true
            case Z_OK, Z_BUF_ERROR:
                continue  // the chunk is used up: read the next one
            default:
                let detail = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw OfficeError.damaged("\(entry.name) cannot be inflated (\(detail))")
            }
        }

        guard produced == declared else {
            throw OfficeError.damaged("\(entry.name) inflates to \(produced) bytes, not the \(declared) its header declares")
        }
        output.removeLast(output.count - produced)
        return output
    }

    /// Exactly `count` bytes at `offset`; a file that ends first is damaged.
    private func read(at offset: Int, count: Int) throws(OfficeError) -> [UInt8] {
        try Self.read(handle, at: offset, count: count, displayPath: displayPath)
    }

    private static func read(_ handle: FileHandle, at offset: Int, count: Int, displayPath: String) throws(OfficeError) -> [UInt8] {
        let data: Data
        do {
            try handle.seek(toOffset: UInt64(offset))
            data = try handle.read(upToCount: count) ?? Data()
        } catch {
            throw OfficeError.unreadable(displayPath, error.localizedDescription)
        }
        guard data.count == count else {
            throw OfficeError.damaged("the file ends at byte \(offset + data.count), before the \(count) bytes at \(offset) that the zip directory points to")
        }
        return [UInt8](data)
    }

    /// Finds the end of central directory record in the last bytes of the file, and reads
    /// the directory it points to: its offset, its entry count and its bytes.
    private static func readCentralDirectory(
        _ handle: FileHandle, fileSize: Int, maximumBytes: Int, displayPath: String
    ) throws(OfficeError) -> (offset: Int, count: Int, bytes: [UInt8]) {
        guard fileSize >= endRecordSize else {
            throw OfficeError.damaged("the file is too short to be a zip archive")
        }
        let tailStart = max(0, fileSize - endRecordSize - maximumCommentSize)
        let tail = try read(handle, at: tailStart, count: fileSize - tailStart, displayPath: displayPath)

        // Search backwards: the record is the last thing in the file but for its comment,
        // whose length it states; a signature whose comment would run past the end is a
        // coincidence inside the comment or the data.
        var recordStart: Int?
        var candidate = tail.count - endRecordSize
        while candidate >= 0 {
            if tail[candidate...].starts(with: endRecordSignature),
               candidate + endRecordSize + Int(uint16(tail, candidate + 20)) <= tail.count {
                recordStart = candidate
                break
            }
            candidate -= 1
        }
        guard let recordStart else {
            throw OfficeError.damaged("no zip directory at the end of the file (it is truncated, or not a zip archive)")
        }

        let diskNumber = uint16(tail, recordStart + 4)
        let directoryDisk = uint16(tail, recordStart + 6)
        let entriesOnDisk = uint16(tail, recordStart + 8)
        let entryCount = uint16(tail, recordStart + 10)
        let directorySize = uint32(tail, recordStart + 12)
        let directoryOffset = uint32(tail, recordStart + 16)

        // ZIP64 puts 0xFFFF or 0xFFFFFFFF here and the real values in a record before this one.
        let hasZip64Locator = recordStart >= 20 && tail[(recordStart - 20)...].starts(with: zip64LocatorSignature)
        if hasZip64Locator || entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw OfficeError.unsupportedArchive("a ZIP64 archive, which is not read (no document needs one)")
        }
        guard diskNumber == 0, directoryDisk == 0, entriesOnDisk == entryCount else {
            throw OfficeError.unsupportedArchive("a zip archive split over several files, which is not read")
        }

        let recordOffset = tailStart + recordStart
        let offset = Int(directoryOffset), size = Int(directorySize)
        guard offset + size <= recordOffset else {
            throw OfficeError.damaged("the zip directory points past its own end (the file is truncated or damaged)")
        }
        guard size <= maximumBytes else {
            throw OfficeError.tooLarge("the zip directory holds \(size) bytes; directories over \(maximumBytes) bytes are not read")
        }
        return (offset, Int(entryCount), try read(handle, at: offset, count: size, displayPath: displayPath))
    }

    /// The `count` entries of a central directory.
    private static func parseEntries(_ directory: [UInt8], count: Int, centralDirectoryOffset: Int) throws(OfficeError) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var position = 0
        for _ in 0..<count {
            guard position + centralHeaderSize <= directory.count,
                  directory[position...].starts(with: centralHeaderSignature) else {
                throw OfficeError.damaged("the zip directory ends before its \(count) entries")
            }
            let nameLength = Int(uint16(directory, position + 28))
            let extraLength = Int(uint16(directory, position + 30))
            let commentLength = Int(uint16(directory, position + 32))
            let nameStart = position + centralHeaderSize
            guard nameStart + nameLength + extraLength + commentLength <= directory.count else {
                throw OfficeError.damaged("an entry of the zip directory runs past its end")
            }
            let compressedSize = uint32(directory, position + 20)
            let uncompressedSize = uint32(directory, position + 24)
            let localHeaderOffset = uint32(directory, position + 42)
            if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF {
                throw OfficeError.unsupportedArchive("a ZIP64 archive, which is not read (no document needs one)")
            }
            guard Int(localHeaderOffset) < centralDirectoryOffset else {
                throw OfficeError.damaged("an entry of the zip directory points past the entries")
            }
            // Names are UTF-8 (flag bit 11) or code page 437; the parts of DOCX and ODT
            // files have ASCII names, which read the same in both.
            let name = String(decoding: directory[nameStart..<nameStart + nameLength], as: UTF8.self)
            entries.append(Entry(
                name: name,
                flags: uint16(directory, position + 8),
                method: uint16(directory, position + 10),
                crc32: uint32(directory, position + 16),
                compressedSize: Int(compressedSize),
                uncompressedSize: Int(uncompressedSize),
                localHeaderOffset: Int(localHeaderOffset)
            ))
            position = nameStart + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// The little-endian 16-bit number at `offset`.
    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The little-endian 32-bit number at `offset`.
    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
