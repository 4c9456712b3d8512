import Foundation

/// The document's inline SVG charts as pictures for Word and LibreOffice, which do not all draw SVG: each is
/// rendered to PNG (`rsvg-convert`, twice its size for print) and put in the Markdown at its placeholder, sized to fit
/// an A4 page's text area.
enum ChartPictures {
    struct Picture: Equatable {
        var svgFile: String
        var pngFile: String
        /// The SVG with the documents' font, which the HTML page gives it through its stylesheet.
        var svg: String
        var widthCentimetres: Double
        var heightCentimetres: Double
    }

    /// The text area of an A4 page with margins of about 2.5 cm, less a little so that a full-size chart never spills.
    static let maximumWidth = 16.0, maximumHeight = 22.0

    static func picture(_ svg: String, number: Int) -> Picture {
        let (width, height) = size(of: svg)
        // The charts are drawn for a screen at 96 pixels per inch; a large one shrinks to fit, keeping its proportions.
        let (naturalWidth, naturalHeight) = (width * 2.54 / 96, height * 2.54 / 96)
        let scale = min(1, maximumWidth / naturalWidth, maximumHeight / naturalHeight)
        let font = "<svg font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" "
        let themed = svg.hasPrefix("<svg ") ? font + svg.dropFirst("<svg ".count) : svg
        return Picture(svgFile: "graphique-\(number).svg", pngFile: "graphique-\(number).png", svg: themed,
                       widthCentimetres: naturalWidth * scale, heightCentimetres: naturalHeight * scale)
    }

    /// Width and height of the SVG's `viewBox` (the charts all have one); a page's width when it has none.
    static func size(of svg: String) -> (width: Double, height: Double) {
        guard let start = svg.range(of: "viewBox=\""), let end = svg[start.upperBound...].firstIndex(of: "\"") else { return (600, 400) }
        let numbers = svg[start.upperBound..<end].split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return (600, 400) }
        return (numbers[2], numbers[3])
    }

    /// The document's Markdown with each `⟦graphique:ID⟧` placeholder replaced by its picture.
    static func markdown(_ source: String, pictures: [String: Picture]) -> String {
        var text = source
        for (id, picture) in pictures {
            let image = "![Graphique](\(picture.pngFile)){width=\(centimetres(picture.widthCentimetres)) height=\(centimetres(picture.heightCentimetres))}"
            text = text.replacingOccurrences(of: "⟦graphique:\(id)⟧", with: image)
        }
        return text
    }

    private static func centimetres(_ value: Double) -> String { String(format: "%.2fcm", value) }
}
