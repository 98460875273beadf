/// Names that are not UTF-8 — Latin-1 names from zip files and SMB shares — shown
/// losslessly: the valid parts as text, every other byte as `\xHH`.
///
/// ```swift
/// FileNameBytes.escaped([0x63, 0x61, 0x66, 0xE9])   // "caf\xE9"
/// FileNameBytes.latin1([0x63, 0x61, 0x66, 0xE9])    // "café"
/// ```
public enum FileNameBytes {
    /// Whether `bytes` are valid UTF-8.
    public static func isUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// The bytes as text, each byte that is not part of valid UTF-8 written `\xHH`.
    public static func escaped(_ bytes: [UInt8]) -> String {
        decode(bytes) { byte in "\\x" + hex(byte) }
    }

    /// The bytes as a person most likely reads them: valid UTF-8 as it is, every other
    /// byte as the Latin-1 character it is (`0xE9` → `é`). For names sent on, such as an
    /// attachment's file name.
    public static func latin1(_ bytes: [UInt8]) -> String {
        decode(bytes) { byte in String(Character(Unicode.Scalar(byte))) }
    }

    /// Calls `body` with `path`, NUL-terminated, as a C string for a system call.
    static func withCString<Result>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    private static func decode(_ bytes: [UInt8], invalid: (UInt8) -> String) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes[index...].makeIterator()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                index += encoded.count
            case .error(let length):
                for byte in bytes[index..<index + length] { text += invalid(byte) }
                index += length
            case .emptyInput:
                index = bytes.count
            }
        }
        return text
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
