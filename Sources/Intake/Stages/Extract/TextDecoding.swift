import Foundation

/// Turns the bytes of a text file into a string: UTF-8 (with or without a byte order
/// mark), UTF-16 (with a byte order mark, or without one when the pattern of zero bytes
/// shows it), and Latin-1 for anything else.
///
/// Latin-1 is the fallback because every byte sequence is valid Latin-1, so a text is
/// never refused for its encoding; bytes 0x80–0x9F are read as Windows-1252 (curly quotes,
/// dashes, €), which is what such files nearly always are.
public enum TextDecoding {
    /// The encoding a text was read as.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case latin1 = "Latin-1"
    }

    /// Decodes `data`, returning the text and the encoding it was read as.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (decodeUTF16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (decodeUTF16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if let order = unmarkedUTF16ByteOrder(of: bytes) {
            return (decodeUTF16(bytes[...], bigEndian: order == .utf16BigEndian), order)
        }
        return (decodeLatin1(bytes), .latin1)
    }

    /// The byte order of a UTF-16 text without a byte order mark, judged from its first
    /// 4 KiB: text in Latin scripts has a zero as the high byte of nearly every unit, and
    /// no zero in the low byte. `nil` when the bytes do not show that pattern.
    public static func unmarkedUTF16ByteOrder(of bytes: some Collection<UInt8>) -> Encoding? {
        let sample = Array(bytes.prefix(4096))
        let units = sample.count / 2
        guard units >= 4 else { return nil }
        var zerosAtEven = 0, zerosAtOdd = 0
        for index in 0..<units * 2 where sample[index] == 0 {
            if index % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        // At least 60% of one side: accented and non-Latin letters have a non-zero high byte.
        if zerosAtOdd * 10 >= units * 6 && zerosAtEven == 0 { return .utf16LittleEndian }
        if zerosAtEven * 10 >= units * 6 && zerosAtOdd == 0 { return .utf16BigEndian }
        return nil
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? (first << 8 | second) : (second << 8 | first))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func decodeLatin1(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(windows1252Scalar(byte))
        }
        return String(scalars)
    }

    /// The character of `byte` in Windows-1252, the code page of most Western texts and
    /// RTF files; the five bytes Windows-1252 leaves undefined read as their Latin-1
    /// control codes, so no byte is ever lost.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte), let mapped = windows1252[byte] {
            return mapped
        }
        return Unicode.Scalar(byte)
    }

    /// The printable characters Windows-1252 puts where Latin-1 has control codes.
    private static let windows1252: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
        0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
        0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
        0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
}
