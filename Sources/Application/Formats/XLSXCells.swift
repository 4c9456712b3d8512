import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The cells of a worksheet's `<row>` as text: shared and inline strings, booleans as `true`/`false`, numbers as
/// written (an integer without its `.0`), numbers styled as dates as ISO dates (`2026-12-01`, with `THH:MM:SS` when
/// the day has a time).
struct CellReading {
    let strings: [String]
    let dateStyles: Set<Int>
    let date1904: Bool

    func row(_ row: XMLElementTree) -> (line: Int, cells: [Int: String]) {
        var cells: [Int: String] = [:], next = 0
        for cell in row.children where cell.name == "c" {
            let column = cell.attributes["r"].flatMap(Self.columnIndex) ?? next
            next = column + 1
            if let value = value(of: cell) { cells[column] = value }
        }
        return (row.attributes["r"].flatMap(Int.init) ?? 0, cells)
    }

    private func value(of cell: XMLElementTree) -> String? {
        let raw = cell.first("v")?.ownText
        switch cell.attributes["t"] ?? "n" {
        case "s": return raw.flatMap(Int.init).flatMap { strings.indices.contains($0) ? strings[$0] : nil }
        case "inlineStr": return cell.first("is")?.stringItemText()
        case "b": return raw.map { $0 == "1" ? "true" : "false" }
        case "str", "e": return raw
        default:
            guard let raw, let number = Double(raw) else { return raw }
            if let style = cell.attributes["s"].flatMap(Int.init), dateStyles.contains(style) { return isoDate(serial: number) }
            return Self.plain(number) ?? raw
        }
    }

    /// An integral number without its fraction, others in Swift's shortest form (`0.6`, not `0.59999999999999998`).
    static func plain(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// Excel's serial day: days since 1899-12-30 (the 1900 system, right from March 1900 on) or since 1904-01-01.
    private func isoDate(serial: Double) -> String {
        let epoch: TimeInterval = date1904 ? -2_082_844_800 : -2_209_161_600
        let seconds = (serial * 86_400).rounded()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: epoch + seconds))
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        guard seconds.truncatingRemainder(dividingBy: 86_400) != 0 else { return day }
        return day + String(format: "T%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// `AB12` → 27 (0-based column of its letters).
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isLetter }.uppercased().unicodeScalars
        guard !letters.isEmpty else { return nil }
        return letters.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// 0 → `A`, 27 → `AB`: the column letters a spreadsheet shows, for messages about CSV files too.
    static func columnLetters(_ index: Int) -> String {
        var index = index + 1, letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }
}

/// An XML document as a small tree (element name with its prefix, attributes, children, character data): the parts
/// of a workbook are a few hundred kilobytes, so walking a tree is simpler than one event handler per part.
final class XMLElementTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLElementTree] = []
    fileprivate var characters = ""

    init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

    static func parse(_ data: Data) -> XMLElementTree? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse() else { return nil }
        return builder.root
    }

    /// The first descendant named `name`, depth first.
    func first(_ name: String) -> XMLElementTree? {
        for child in children {
            if child.name == name { return child }
            if let found = child.first(name) { return found }
        }
        return nil
    }

    /// Every descendant named `name`, in document order.
    func all(_ name: String) -> [XMLElementTree] {
        children.flatMap { $0.name == name ? [$0] : $0.all(name) }
    }

    /// The character data directly inside this element.
    var ownText: String { characters }

    /// A string item's text (`<si>`, `<is>`): its `<t>` runs joined, phonetic readings (`<rPh>`) left out, so the
    /// line breaks and indentation between elements never count.
    func stringItemText() -> String {
        name == "t" ? characters : children.filter { $0.name != "rPh" }.map { $0.stringItemText() }.joined()
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementTree?
        private var open: [XMLElementTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLElementTree(name: Self.local(elementName), attributes: attributes)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { open.last?.characters += string }

        /// Elements are compared without their prefix (`x:row` in some writers' files is `row`); attributes keep theirs.
        private static func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
    }
}
