import Foundation

/// A rendered report: its Markdown (charts replaced by a note) and its standalone printable HTML (charts inline).
public struct ReportDocument: Sendable {
    public var title: String
    /// File name without extension, e.g. `fiche-comparative`.
    public var slug: String
    /// Markdown with `⟦graphique:ID⟧` placeholders, as the template rendered it.
    public var source: String
    /// Placeholder id → SVG.
    public var charts: [String: String]

    public init(title: String, slug: String, source: String, charts: [String: String] = [:]) {
        self.title = title; self.slug = slug; self.source = source; self.charts = charts
    }

    /// The same document with cited source files named by their description (`catalog/sources.yaml`).
    public func citing(_ sources: [String: String]) -> ReportDocument {
        var copy = self
        // Longest ids first, so that no id is replaced inside a longer one; each as written and as Markdown-escaped.
        let pairs = sources.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }
            .flatMap { [($0.key, $0.value), (MarkdownEscape.text($0.key), MarkdownEscape.text($0.value))] }
        copy.source = TextReplacement.replacing(pairs, in: source)
        return copy
    }

    /// Markdown for a wiki, a shared drive or an e-mail: charts become a pointer to the HTML version. In French
    /// typography (`FrenchTypography`), outside code.
    public var markdown: String {
        FrenchTypography.markdown(TextReplacement.replacing(
            charts.keys.sorted().map { ("⟦graphique:\($0)⟧", "*(Graphique : voir la version HTML du document.)*") }, in: source))
    }

    /// Standalone HTML (`lang="fr"`, embedded print stylesheet), via cmark-gfm. Charts are inserted after the
    /// Markdown conversion because cmark-gfm's safe mode drops raw HTML, as it should for user text.
    public var html: String {
        let body = TextReplacement.replacing(charts.sorted { $0.key < $1.key }.map { ("<p>⟦graphique:\($0.key)⟧</p>", "<figure class=\"graphique\">\($0.value)</figure>") },
                                             in: MarkdownToHTML.render(source))
        // Typography on the HTML's text nodes (charts' labels included), not on the Markdown: cmark-gfm would keep a
        // no-break space, but the HTML pass also reaches what the charts and the page's frame add.
        return FrenchTypography.html(HTMLPage.wrap(title: title, body: body))
    }
}

enum HTMLPage {
    static func wrap(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(SVG.escape(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Print-friendly: A4 margins, tables that do not split rows, links shown in print, readable contrast.
    static let stylesheet = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; margin: 0; background: #fff; overflow-wrap: break-word; }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.6rem; border-bottom: 3px solid #08519c; padding-bottom: .3rem; }
    h2 { font-size: 1.25rem; color: #08519c; margin-top: 2rem; border-bottom: 1px solid #c6dbef; }
    h3 { font-size: 1.05rem; margin-top: 1.4rem; }
    table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .92rem; }
    th, td { border: 1px solid #bdbdbd; padding: .3rem .45rem; vertical-align: top; text-align: left; }
    th { background: #eef3f8; }
    tr:nth-child(even) td { background: #fafafa; }
    td[align="right"], th[align="right"] { text-align: right; }
    blockquote { border-left: 4px solid #fdae6b; margin: 1rem 0; padding: .4rem .8rem; background: #fff8f0; }
    code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: .88rem; }
    pre { background: #f4f4f4; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
    figure.graphique { margin: 1rem 0; text-align: center; page-break-inside: avoid; overflow-x: auto; }
    hr { border: 0; border-top: 1px dashed #bdbdbd; margin: 2rem 0; }
    /* On a phone a wide table scrolls by itself instead of widening the whole page. */
    @media screen and (max-width: 40rem) { table { display: block; overflow-x: auto; } }
    @media print {
      @page { size: A4; margin: 15mm; }
      body { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      h2 { page-break-after: avoid; }
      tr, figure { page-break-inside: avoid; }
      /* A full-width table's right border falls on the printable edge and is clipped. */
      table { width: 99.5%; }
      hr { break-after: page; border: 0; margin: 0; }
      a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
    }
    """
}
