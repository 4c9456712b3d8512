#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCmarkGFM

/// Markdown → HTML with cmark-gfm and its table extension only.
///
/// cmark-gfm's defaults are kept: raw HTML in the Markdown is dropped (`CMARK_OPT_UNSAFE` is off) and dangerous
/// link schemes (`javascript:`, most `data:`) are not rendered as links, so user text that slipped past escaping
/// still cannot inject markup. Autolinks are deliberately not enabled: a URL typed by a user stays text.
public enum MarkdownToHTML {
    public static func render(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, table) }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
