import Foundation
import ZIPFoundation

/// What pandoc's defaults lack for a federation's documents in Word and LibreOffice, given to it per conversion.
enum OfficeStyles {
    /// A pandoc Lua filter: tables span the text width, each column in proportion to its longest text (capped, so
    /// one long cell does not squeeze the others; never narrower than its longest word). Without it, Word and
    /// LibreOffice give every column of a pipe table the same narrow width and cut words in two.
    static let tableWidths = """
    local function measure(rows, count, lengths)
      for _, row in ipairs(rows) do
        for i, cell in ipairs(row.cells) do
          if i <= count then
            local text = pandoc.utils.stringify(cell.contents)
            local longestWord = 0
            for word in text:gmatch("%S+") do longestWord = math.max(longestWord, utf8.len(word) or #word) end
            lengths[i] = math.max(lengths[i], longestWord + 2, math.min(utf8.len(text) or #text, 24))
          end
        end
      end
    end

    function Table(tbl)
      local count = #tbl.colspecs
      local lengths = {}
      for i = 1, count do lengths[i] = 3 end
      measure(tbl.head.rows, count, lengths)
      for _, body in ipairs(tbl.bodies) do measure(body.body, count, lengths) end
      local total = 0
      for i = 1, count do total = total + lengths[i] end
      for i = 1, count do tbl.colspecs[i] = {tbl.colspecs[i][1], lengths[i] / total} end
      return tbl
    end
    """

    /// pandoc's own reference document (`pandoc --print-default-data-file reference.docx`) made to print like the
    /// HTML: A4 with 2 cm margins, French, 10.5 pt text, 9 pt tables with grey borders (pandoc's have none).
    static func referenceDocx(from pandocDefault: Data) throws -> Data {
        let source = try Archive(data: pandocDefault, accessMode: .read)
        var parts: [ZipFile.Entry] = []
        for entry in source where entry.type == .file {
            var data = Data()
            _ = try source.extract(entry, skipCRC32: false) { data.append($0) }
            switch entry.path {
            case "word/styles.xml": data = Data(styles(String(decoding: data, as: UTF8.self)).utf8)
            case "word/document.xml": data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<w:sectPr />", with: a4).utf8)
            default: break
            }
            parts.append(ZipFile.Entry(path: entry.path, data: data))
        }
        return try ZipFile.data(parts, modified: Date())
    }

    /// A4 (in twentieths of a point), margins of 2 cm.
    static let a4 = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\" /><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" "
        + "w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\" /></w:sectPr>"

    /// Word reads the elements of a style in the schema's order only: `rPr` before `tblPr`, `tblBorders` between
    /// `tblInd` and `tblCellMar`.
    static func styles(_ xml: String) -> String {
        let border = { (side: String) in "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BDBDBD\" />" }
        let borders = "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined() + "</w:tblBorders>"
        var xml = xml.replacingOccurrences(of: "<w:lang w:val=\"en-US\"", with: "<w:lang w:val=\"fr-FR\"")
        // The default size (the first one, in `docDefaults`), not the headings' own.
        for size in ["sz", "szCs"] { replaceFirst("<w:\(size) w:val=\"24\" />", with: "<w:\(size) w:val=\"21\" />", in: &xml) }
        replaceFirst("<w:qFormat />\n    <w:tblPr>\n      <w:tblInd w:w=\"0\" w:type=\"dxa\" />\n      <w:tblCellMar>",
                     with: "<w:qFormat />\n    <w:rPr><w:sz w:val=\"18\" /><w:szCs w:val=\"18\" /></w:rPr>\n    <w:tblPr>\n"
                        + "      <w:tblInd w:w=\"0\" w:type=\"dxa\" />\n      \(borders)\n      <w:tblCellMar>", in: &xml)
        return xml
    }

    private static func replaceFirst(_ target: String, with replacement: String, in text: inout String) {
        if let range = text.range(of: target) { text.replaceSubrange(range, with: replacement) }
    }
}
