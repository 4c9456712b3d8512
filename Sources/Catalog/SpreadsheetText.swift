import Foundation

/// The text of a file a spreadsheet or a survey tool wrote, whatever its encoding: the one place that decides it.
///
/// Recognised, in this order: a byte-order mark (UTF-8, UTF-16 LE — Excel's « texte Unicode », tab-separated —
/// or UTF-16 BE); UTF-16 without a mark (every other byte NUL on the first line); UTF-8; and otherwise
/// Windows-1252, Excel's default for a French « CSV (séparateur : point-virgule) ». UTF-8 is tried before
/// Windows-1252 because an accented Windows-1252 text is almost never valid UTF-8, while the reverse guess would
/// turn every « é » of a UTF-8 file into « Ã© ». A file none of these decode (a NUL byte in 8-bit text, a byte
/// Windows-1252 leaves undefined, a broken UTF-16 pair) is refused at the line of its first bad byte.
public enum SpreadsheetText {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16 LE", utf16BE = "UTF-16 BE", windows1252 = "Windows-1252"
    }

    public struct Problem: Error, Sendable, Equatable {
        /// 1-based line of the first byte that could not be read.
        public let line: Int
        public let message: String
    }

    public static func decode(_ data: Data) -> Result<(text: String, encoding: Encoding), Problem> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3)).map { ($0, .utf8) } }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true).map { ($0, .utf16LE) } }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false).map { ($0, .utf16BE) } }
        if let littleEndian = utf16WithoutMark(bytes) {
            return utf16(bytes[...], littleEndian: littleEndian).map { ($0, littleEndian ? .utf16LE : .utf16BE) }
        }
        if case .success(let text) = utf8(bytes[...]) { return .success((text, .utf8)) }
        return windows1252(bytes).map { ($0, .windows1252) }
    }

    static let unreadable = "ni UTF-8, ni UTF-16, ni Windows-1252 (fichier binaire\u{A0}?)\u{A0}: enregistrez-le au format "
        + "«\u{A0}CSV UTF-8\u{A0}» ou «\u{A0}Classeur Excel (.xlsx)\u{A0}»"

    /// UTF-16 without a byte-order mark: the first line's ASCII characters leave every other byte NUL.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let head = Array(bytes.prefix(64))
        guard head.count >= 4, head.count % 2 == 0 else { return nil }
        let evenNUL = stride(from: 0, to: head.count, by: 2).allSatisfy { head[$0] == 0 }
        let oddNUL = stride(from: 1, to: head.count, by: 2).allSatisfy { head[$0] == 0 }
        if oddNUL && !evenNUL { return true }
        if evenNUL && !oddNUL { return false }
        return nil
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) -> Result<String, Problem> {
        transcode(bytes.makeIterator(), with: UTF8())
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<String, Problem> {
        guard bytes.count % 2 == 0 else { return .failure(Problem(line: 1, message: unreadable)) }
        let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).map { index in
            littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        }
        return transcode(units.makeIterator(), with: UTF16())
    }

    /// Decodes with `codec`, refusing a malformed sequence and a NUL (no text file holds one) at its line.
    private static func transcode<Codec: UnicodeCodec, Units: IteratorProtocol>(_ units: Units, with codec: Codec)
    -> Result<String, Problem> where Units.Element == Codec.CodeUnit {
        var decoder = codec, iterator = units, scalars = String.UnicodeScalarView(), line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { return .failure(Problem(line: line, message: unreadable)) }
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
            case .emptyInput: return .success(String(scalars))
            case .error: return .failure(Problem(line: line, message: unreadable))
            }
        }
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, where five bytes are undefined.
    private static func windows1252(_ bytes: [UInt8]) -> Result<String, Problem> {
        var scalars = String.UnicodeScalarView(), line = 1
        for byte in bytes {
            let scalar: Unicode.Scalar?
            switch byte {
            case 0: scalar = nil
            case 0x80...0x9F: scalar = cp1252High[Int(byte - 0x80)].flatMap(Unicode.Scalar.init)
            default: scalar = Unicode.Scalar(byte)
            }
            guard let scalar else { return .failure(Problem(line: line, message: unreadable)) }
            if scalar == "\n" { line += 1 }
            scalars.append(scalar)
        }
        return .success(String(scalars))
    }

    private static let cp1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}
