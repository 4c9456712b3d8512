/// French typography, applied once where text leaves the program (web pages, documents, calendars, the CLI's
/// messages) rather than written into hundreds of strings:
/// - a no-break space (U+00A0) replaces the space (or spaces, and in HTML a line break) before « : ; ! ? » and »,
///   and after «, and is added inside « » when a word touches them;
/// - a narrow no-break space (U+202F, as `FrenchNumber` writes them) groups thousands written with a plain space
///   (« 2 000 tirages ») and sits between a number and its unit (« 12 % », « 3 h », « 15 € »);
/// - « 1e » and « 1ier » become « 1er ».
/// Only existing spaces are replaced: none is added before « : », so times (« 14:30 »), ids and addresses keep
/// their colons; addresses (`http://…`, `mailto:`) are copied as they are. It works on UTF-8 bytes, in one pass.
public enum FrenchTypography {
    static let noBreak: [UInt8] = [0xC2, 0xA0], narrowNoBreak: [UInt8] = [0xE2, 0x80, 0xAF]
    static let opening: [UInt8] = [0xC2, 0xAB], closing: [UInt8] = [0xC2, 0xBB]
    static let units: [[UInt8]] = ["%", "€", "‰", "h", "min", "ms", "km", "ko", "Mo", "Go", "Mbit/s", "Mbits/s"].map { Array($0.utf8) }
    static let addresses: [[UInt8]] = ["http://", "https://", "mailto:"].map { Array($0.utf8) }

    /// A message or any plain text.
    public static func text(_ text: String) -> String {
        transform(text) { bytes, out in apply(bytes[...], into: &out, lineBreaks: false) }
    }

    /// Markdown outside code (spans and fenced blocks), link destinations and autolinks; line breaks are kept, so a
    /// table row or a list item never joins the line before it.
    public static func markdown(_ text: String) -> String {
        transform(text) { bytes, out in MarkdownWalk.apply(bytes, into: &out) }
    }

    /// The text nodes of an HTML page; tags and their attributes (an `<input>`'s value), comments and the content of
    /// `<script>`, `<style>`, `<pre>`, `<code>` and `<textarea>` are copied as they are, so what a user typed in a
    /// form comes back unchanged.
    public static func html(_ text: String) -> String {
        transform(text) { bytes, out in HTMLWalk.apply(bytes, into: &out) }
    }

    static func transform(_ text: String, _ body: ([UInt8], inout [UInt8]) -> Void) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 32)
        body(bytes, &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The rules on one stretch of text.
    static func apply(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8], lineBreaks: Bool) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || (lineBreaks && (byte == 10 || byte == 13)) {
                var end = index
                while end < bytes.endIndex, [32, 9].contains(bytes[end]) || (lineBreaks && [10, 13].contains(bytes[end])) { end += 1 }
                out += space(before: bytes[end...], after: out) ?? Array(bytes[index..<end])
                index = end
            } else if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "m"),
                      let address = addresses.first(where: { starts(bytes[index...], with: $0) }), !endsWithLetter(out) {
                var end = index + address.count
                while end < bytes.endIndex, ![32, 9, 10, 13, UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: ")")].contains(bytes[end]) { end += 1 }
                out += bytes[index..<end]
                index = end
            } else if byte == UInt8(ascii: "1"), !endsWithLetterOrDigit(out), let length = firstOrdinal(bytes[index...]) {
                out += Array("1er".utf8)
                index += length
            } else if byte == 0xC2, starts(bytes[index...], with: opening), index + 2 < bytes.endIndex, startsWord(bytes[(index + 2)...]) {
                out += opening + noBreak
                index += 2
            } else if byte == 0xC2, starts(bytes[index...], with: closing), !out.isEmpty, !endsWithSpace(out) {
                out += noBreak + closing
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
    }

    /// What replaces a run of spaces, given what follows and what was written before it; `nil` keeps the run.
    static func space(before next: ArraySlice<UInt8>, after previous: [UInt8]) -> [UInt8]? {
        guard let first = next.first else { return nil }
        if ":;!?".utf8.contains(first) {
            // A Markdown table's alignment row (`| :--- |`) is markup, not a colon of the text.
            return first == UInt8(ascii: ":") && next.dropFirst().first == UInt8(ascii: "-") ? nil : noBreak
        }
        // The Markdown escape of « ! » (`\!`).
        if first == UInt8(ascii: "\\"), let second = next.dropFirst().first, "!;:?".utf8.contains(second) { return noBreak }
        if starts(next, with: closing) || previous.suffix(2) == opening[...] { return noBreak }
        guard let last = previous.last, isDigit(last) else { return nil }
        if units.contains(where: { starts(next, with: $0) && !startsWord(next.dropFirst($0.count)) }) { return narrowNoBreak }
        if isThousandsGroup(next), groupsBefore(previous) { return narrowNoBreak }
        return nil
    }

    /// « 1e » or « 1ier » before a space: the length to replace with « 1er ».
    static func firstOrdinal(_ bytes: ArraySlice<UInt8>) -> Int? {
        for written in ["1ier", "1e"] where starts(bytes, with: Array(written.utf8)) {
            let rest = bytes.dropFirst(written.utf8.count)
            if rest.first == UInt8(ascii: " ") || starts(rest, with: noBreak) || starts(rest, with: narrowNoBreak) { return written.utf8.count }
        }
        return nil
    }

    /// Three digits, then no digit (« 000 tirages », « 000,5 »).
    static func isThousandsGroup(_ next: ArraySlice<UInt8>) -> Bool {
        let digits = next.prefix(4)
        return digits.prefix(3).count == 3 && digits.prefix(3).allSatisfy(isDigit) && (digits.count == 3 || !isDigit(digits.last!))
    }

    /// The number before ends with a group of one to three digits that starts it (or follows another group).
    static func groupsBefore(_ previous: [UInt8]) -> Bool {
        let digits = previous.reversed().prefix { isDigit($0) }.count
        guard (1...3).contains(digits) else { return false }
        let before = previous.dropLast(digits)
        guard let last = before.last else { return true }
        if before.suffix(3) == narrowNoBreak[...] { return true }
        return !(isDigit(last) || isASCIILetter(last) || last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last >= 0x80)
    }

    static func starts(_ bytes: ArraySlice<UInt8>, with prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// A letter or digit starts here: ASCII, or a two-byte letter (Latin with accents, Greek, Cyrillic: lead bytes
    /// C3 to D4; C2 holds the no-break space and the guillemets).
    static func startsWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return isDigit(first) || isASCIILetter(first) || (first >= 0xC3 && first <= 0xD4)
    }

    static func endsWithSpace(_ out: [UInt8]) -> Bool {
        guard let last = out.last else { return true }
        return [32, 9, 10, 13].contains(last) || out.suffix(2) == noBreak[...] || out.suffix(3) == narrowNoBreak[...]
    }

    static func endsWithLetter(_ out: [UInt8]) -> Bool {
        guard let last = out.last else { return false }
        return isASCIILetter(last) || last >= 0x80
    }

    static func endsWithLetterOrDigit(_ out: [UInt8]) -> Bool {
        guard let last = out.last else { return false }
        return isDigit(last) || isASCIILetter(last) || (last >= 0x80 && !endsWithSpace(out))
    }
}
