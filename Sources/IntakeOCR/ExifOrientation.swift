/// The orientation a camera wrote into a JPEG's EXIF block (tag 0x0112): how the stored
/// pixels must be turned to stand upright. Phones store a photo as the sensor saw it and
/// say "turn me" here, so a photographed page is sideways until this is honoured.
enum ExifOrientation: Int, Sendable, Equatable {
    case upright = 1
    case mirrored = 2
    case upsideDown = 3
    case upsideDownMirrored = 4
    case quarterTurnMirrored = 5
    /// Stored turned a quarter counter-clockwise: turn it a quarter clockwise.
    case quarterTurnClockwise = 6
    case quarterTurnCounterClockwiseMirrored = 7
    case quarterTurnCounterClockwise = 8

    /// The orientation in the EXIF block of the JPEG `bytes`; `.upright` when there is
    /// none or it cannot be read. Reads markers only up to the image data, and never past
    /// the bytes given.
    static func of(jpeg bytes: [UInt8]) -> ExifOrientation {
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return .upright }
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return .upright }
            let marker = bytes[offset + 1]
            // Fill bytes, and the markers that carry no length.
            if marker == 0xFF { offset += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { offset += 2; continue }
            // Start of scan or end of image: the metadata is behind us.
            if marker == 0xDA || marker == 0xD9 { return .upright }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length >= 2, offset + 2 + length <= bytes.count else { return .upright }
            let segment = (offset + 4)..<(offset + 2 + length)
            if marker == 0xE1, let orientation = fromExif(bytes, segment) { return orientation }
            offset += 2 + length
        }
        return .upright
    }

    /// The orientation tag of IFD0 in an APP1 segment that starts `Exif\0\0`.
    private static func fromExif(_ bytes: [UInt8], _ segment: Range<Int>) -> ExifOrientation? {
        let header: [UInt8] = [0x45, 0x78, 0x69, 0x66, 0, 0]
        guard segment.count >= 14, Array(bytes[segment.lowerBound..<segment.lowerBound + 6]) == header else { return nil }
        let tiff = segment.lowerBound + 6
        let bigEndian: Bool
        switch (bytes[tiff], bytes[tiff + 1]) {
        case (0x4D, 0x4D): bigEndian = true
        case (0x49, 0x49): bigEndian = false
        default: return nil
        }
        func unsigned(_ at: Int, _ width: Int) -> Int? {
            guard at >= tiff, at + width <= segment.upperBound else { return nil }
            var value = 0
            for index in 0..<width {
                let byte = Int(bytes[bigEndian ? at + index : at + width - 1 - index])
                value = value << 8 | byte
            }
            return value
        }
        guard unsigned(tiff + 2, 2) == 42, let ifd = unsigned(tiff + 4, 4), let entries = unsigned(tiff + ifd, 2) else { return nil }
        for entry in 0..<min(entries, 512) {
            let at = tiff + ifd + 2 + entry * 12
            guard let tag = unsigned(at, 2) else { return nil }
            // Type 3 is SHORT: the value sits in the first two bytes of the value field.
            if tag == 0x0112, unsigned(at + 2, 2) == 3, let value = unsigned(at + 8, 2) {
                return ExifOrientation(rawValue: value)
            }
        }
        return nil
    }
}
