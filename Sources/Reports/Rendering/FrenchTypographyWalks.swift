/// Where `FrenchTypography` applies in Markdown: outside fenced code blocks, code spans, link destinations,
/// autolinks and inline HTML tags.
enum MarkdownWalk {
    static func apply(_ bytes: [UInt8], into out: inout [UInt8]) {
        var inFence = false
        for line in bytes.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 { out.append(10) }
            let trimmed = line.element.drop { $0 == 32 }
            if FrenchTypography.starts(trimmed, with: Array("```".utf8)) || FrenchTypography.starts(trimmed, with: Array("~~~".utf8)) {
                inFence.toggle()
                out += line.element
            } else if inFence {
                out += line.element
            } else {
                applyLine(line.element, into: &out)
            }
        }
    }

    static func applyLine(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var start = line.startIndex, index = line.startIndex
        func flush(_ end: Int) { FrenchTypography.apply(line[start..<end], into: &out, lineBreaks: false) }
        while index < line.endIndex {
            let byte = line[index]
            var verbatim: Int?
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            } else if byte == UInt8(ascii: "`") {
                let run = line[index...].prefix { $0 == byte }.count
                verbatim = closingRun(line, from: index + run, length: run)
                // An unclosed run is literal backticks: none of them opens a shorter span.
                if verbatim == nil { index += run; continue }
            } else if byte == UInt8(ascii: "]"), index + 1 < line.endIndex, line[index + 1] == UInt8(ascii: "(") {
                verbatim = line[index...].firstIndex(of: UInt8(ascii: ")")).map { $0 + 1 }
                if verbatim != nil { flush(index + 1); start = index + 1 }
            } else if byte == UInt8(ascii: "<"), index + 1 < line.endIndex,
                      FrenchTypography.isASCIILetter(line[index + 1]) || line[index + 1] == UInt8(ascii: "/") {
                verbatim = line[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
            }
            if let end = verbatim {
                if start <= index { flush(index) }
                out += line[max(start, index)..<end]
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < line.endIndex { flush(line.endIndex) }
    }

    /// The end of the code span opened by `length` backticks (after its closing run), `nil` when never closed.
    static func closingRun(_ line: ArraySlice<UInt8>, from: Int, length: Int) -> Int? {
        var index = from
        while index < line.endIndex {
            let run = line[index...].prefix { $0 == UInt8(ascii: "`") }.count
            if run == length { return index + run }
            index += max(run, 1)
        }
        return nil
    }
}

/// Where `FrenchTypography` applies in HTML: text nodes, outside the elements whose text is code or user input.
enum HTMLWalk {
    static let verbatim: [[UInt8]] = ["script", "style", "pre", "code", "textarea"].map { Array($0.utf8) }

    static func apply(_ bytes: [UInt8], into out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard let tag = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else {
                FrenchTypography.apply(bytes[index...], into: &out, lineBreaks: true)
                return
            }
            FrenchTypography.apply(bytes[index..<tag], into: &out, lineBreaks: true)
            let end = tagEnd(bytes, from: tag)
            out += bytes[tag..<end]
            index = end
            if let name = verbatimElement(bytes[tag..<end]) {
                let close = closing(bytes, name: name, from: end)
                out += bytes[end..<close]
                index = close
            }
        }
    }

    /// After the tag's `>` (quoted attribute values may hold one), or after `-->` for a comment.
    static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int {
        if FrenchTypography.starts(bytes[start...], with: Array("<!--".utf8)) {
            var index = start + 4
            while index < bytes.count, !FrenchTypography.starts(bytes[index...], with: Array("-->".utf8)) { index += 1 }
            return min(index + 3, bytes.count)
        }
        var index = start + 1, quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote { if byte == open { quote = nil } } else if byte == 34 || byte == 39 { quote = byte } else if byte == 62 { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// The element's name when it is an opening tag whose content is copied as it is.
    static func verbatimElement(_ tag: ArraySlice<UInt8>) -> [UInt8]? {
        let name = Array(tag.dropFirst().prefix { FrenchTypography.isASCIILetter($0) }.map { $0 | 0x20 })
        guard tag.dropFirst().first != UInt8(ascii: "/"), tag.dropLast().last != UInt8(ascii: "/") else { return nil }
        return verbatim.first { $0 == name }
    }

    /// Where the element's closing tag starts (`</name`, any case), or the end of the text.
    static func closing(_ bytes: [UInt8], name: [UInt8], from start: Int) -> Int {
        var index = start
        while index + name.count + 2 <= bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
               zip(bytes[(index + 2)...], name).allSatisfy({ ($0 | 0x20) == $1 }) { return index }
            index += 1
        }
        return bytes.count
    }
}
