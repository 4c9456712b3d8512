import Foundation

/// One worksheet part of `XLSXWorkbook`, written straight into a byte buffer.
struct SheetXML {
    let bytes: [UInt8]

    init(_ table: SheetTable) {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (table.rows.count + 1) * max(table.header.count, 1))
        out.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        out.append(contentsOf: #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.utf8)
        // The header row stays in view while scrolling.
        out.append(contentsOf: #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#.utf8)
        out.append(contentsOf: Self.columns(table).utf8)
        out.append(contentsOf: "<sheetData>".utf8)
        let columns = table.header.indices.map { Array(Self.column($0).utf8) }
        Self.append(row: 1, table.header.map(TableCell.text), columns: columns, header: true, to: &out)
        for (index, row) in table.rows.enumerated() {
            Self.append(row: index + 2, row, columns: columns, header: false, to: &out)
        }
        out.append(contentsOf: "</sheetData>".utf8)
        if !table.header.isEmpty { out.append(contentsOf: #"<autoFilter ref="\#(Self.range(of: table, absolute: false))"/>"#.utf8) }
        out.append(contentsOf: "</worksheet>".utf8)
        bytes = out
    }

    /// `A1:G42` (or `$A$1:$G$42`): the header and every row.
    static func range(of table: SheetTable, absolute: Bool) -> String {
        let last = column(max(table.header.count, 1) - 1), rows = table.rows.count + 1
        return absolute ? "$A$1:$\(last)$\(rows)" : "A1:\(last)\(rows)"
    }

    /// Column letters: 0 → A, 25 → Z, 26 → AA (the reader's rule, so messages and files agree).
    static func column(_ index: Int) -> String { CellReading.columnLetters(index) }

    /// Widths from the longest header or value among the first 200 rows, between 8 and 60 characters.
    private static func columns(_ table: SheetTable) -> String {
        guard !table.header.isEmpty else { return "" }
        let sample = table.rows.prefix(200)
        let widths = table.header.indices.map { column in
            let longest = sample.map { $0.indices.contains(column) ? shownLength($0[column]) : 0 }.max() ?? 0
            return min(60, max(8, max(table.header[column].count + 3, longest + 2)))
        }
        return "<cols>" + widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#($1)" customWidth="1"/>"# }.joined()
            + "</cols>"
    }

    private static func shownLength(_ cell: TableCell) -> Int {
        switch cell.value {
        case .text(let text): text.count
        case .integer(let value): String(value).count
        case .number(let value, let decimals): String(format: "%.\(decimals)f", value).count
        case .day: 10
        case .timestamp: 16
        case .boolean: 4
        }
    }

    private static func append(row: Int, _ cells: [TableCell], columns: [[UInt8]], header: Bool, to out: inout [UInt8]) {
        let number = Array(String(row).utf8)
        out.append(contentsOf: #"<row r=""#.utf8); out += number; out.append(contentsOf: #"">"#.utf8)
        for (index, cell) in cells.enumerated() {
            let column = index < columns.count ? columns[index] : Array(column(index).utf8)
            appendCell(cell, reference: (column, number), style: header ? .header : nil, to: &out)
        }
        out.append(contentsOf: "</row>".utf8)
    }

    private static func appendCell(_ cell: TableCell, reference: (column: [UInt8], row: [UInt8]), style: XLSXWorkbook.Style?,
                                   to out: inout [UInt8]) {
        func open(_ type: String?, _ style: XLSXWorkbook.Style?) {
            out.append(contentsOf: #"<c r=""#.utf8); out += reference.column; out += reference.row; out.append(0x22)
            if let type { out.append(contentsOf: #" t="\#(type)""#.utf8) }
            if let style, style != .plain { out.append(contentsOf: #" s="\#(style.rawValue)""#.utf8) }
        }
        func value(_ text: String, type: String? = nil, _ style: XLSXWorkbook.Style? = nil) {
            open(type, style); out.append(contentsOf: "><v>\(text)</v></c>".utf8)
        }
        switch cell.value {
        case .text(let text):
            if text.isEmpty { return }
            open("inlineStr", style)
            out.append(contentsOf: #"><is><t xml:space="preserve">"#.utf8)
            appendEscaped(text, to: &out)
            out.append(contentsOf: "</t></is></c>".utf8)
        case .integer(let number): value(String(number))
        case .number(let number, _):
            guard number.isFinite else { return }
            value("\(number)")
        case .day(let iso): value(serial(iso), .day)
        case .timestamp(let date): value(serial(date), .instant)
        case .boolean(let flag): value(flag ? "1" : "0", type: "b")
        }
    }

    /// Spreadsheets count days from 1899-12-30 (Excel's 1900 leap-year bug folded in), as a number with the day's
    /// fraction for an instant.
    private static let epoch = Date(timeIntervalSince1970: -2_209_161_600)

    private static func serial(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        components.timeZone = TimeZone(identifier: "UTC")
        let date = Calendar(identifier: .gregorian).date(from: components)!
        return String(Int((date.timeIntervalSince(epoch) / 86_400).rounded()))
    }

    /// An instant as the wall-clock time in Paris, where the federations are: a spreadsheet cell has no time zone.
    private static func serial(_ date: Date) -> String {
        let offset = TimeInterval(parisTime.secondsFromGMT(for: date))
        // Whole seconds, written with every digit a `Double` has: readers round the fraction of a day to the second.
        let days = (date.timeIntervalSince(epoch) + offset).rounded() / 86_400
        return "\(days)"
    }

    private static let parisTime = TimeZone(identifier: "Europe/Paris") ?? TimeZone(identifier: "UTC")!

    /// XML-escapes into the buffer byte by byte (every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so the ASCII
    /// checks cannot split a character) and drops what XML 1.0 cannot carry: C0 controls other than tab, LF and CR,
    /// and U+FFFE/U+FFFF (EF BF BE/BF).
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        // Most answers need nothing: copied whole.
        if !text.utf8.contains(where: needsCare) { out.append(contentsOf: text.utf8); return }
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case ..<0x20: continue
            case 0xEF where utf8.count >= 2 && utf8[utf8.startIndex] == 0xBF && utf8[utf8.startIndex + 1] >= 0xBE:
                utf8 = utf8.dropFirst(2)
            default: out.append(byte)
            }
        }
    }

    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case ..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0xEF: true
        default: false
        }
    }
}
