import Reports
import Testing

/// `FrenchTypography`: the one rule of French spacing, on plain text, Markdown and HTML.
@Suite("Typographie française")
struct FrenchTypographyTests {
    static let nbsp = "\u{00A0}", narrow = "\u{202F}"

    @Test(arguments: [
        ("Note : oui ; non ! Vraiment ?", "Note\u{00A0}: oui\u{00A0}; non\u{00A0}! Vraiment\u{00A0}?"),
        ("« mot »", "«\u{00A0}mot\u{00A0}»"),
        ("«mot»", "«\u{00A0}mot\u{00A0}»"),
        ("«\u{00A0}déjà\u{00A0}»", "«\u{00A0}déjà\u{00A0}»"),
        ("2 000 tirages", "2\u{202F}000 tirages"),
        ("12 345 678 réponses", "12\u{202F}345\u{202F}678 réponses"),
        ("en 2027 123 fois", "en 2027 123 fois"),
        ("12 %, 3 h, 15 € et 5 min", "12\u{202F}%, 3\u{202F}h, 15\u{202F}€ et 5\u{202F}min"),
        ("3 heures et 2 mois", "3 heures et 2 mois"),
        ("le 1e mars et le 1ier avril", "le 1er mars et le 1er avril"),
        ("1e-3 et 11e et 21e siècle", "1e-3 et 11e et 21e siècle"),
        ("à 14:30, id:x", "à 14:30, id:x"),
        ("voir https://exemple.org/a?b=1 ; fin", "voir https://exemple.org/a?b=1\u{00A0}; fin"),
    ])
    func plainText(_ plain: String, _ french: String) {
        #expect(FrenchTypography.text(plain) == french)
        // Applying it again changes nothing: pages hold documents already set.
        #expect(FrenchTypography.text(french) == french)
    }

    @Test func aLineBreakBeforeAColonJoinsInHTMLButNotInMarkdown() {
        #expect(FrenchTypography.html("<p>Note\n: oui</p>") == "<p>Note\u{00A0}: oui</p>")
        #expect(FrenchTypography.markdown("| a |\n: b") == "| a |\n: b")
    }

    @Test(arguments: [
        ("Code `a : b` et c : d", "Code `a : b` et c\u{00A0}: d"),
        ("[lien](https://x.org/?q=a ; b) : voir", "[lien](https://x.org/?q=a ; b)\u{00A0}: voir"),
        ("| a | b |\n| :--- | ---: |", "| a | b |\n| :--- | ---: |"),
        ("Attention \\! fin", "Attention\u{00A0}\\! fin"),
        ("```\nx : y\n```\nz : w", "```\nx : y\n```\nz\u{00A0}: w"),
        ("<http://a.org/x> : lien", "<http://a.org/x>\u{00A0}: lien"),
    ])
    func markdownOutsideCode(_ plain: String, _ french: String) {
        #expect(FrenchTypography.markdown(plain) == french)
    }

    @Test func htmlTextNodesOnly() {
        let page = """
        <title>Plan : équipe</title><p class="a : b">Note : <strong>oui</strong> ?</p>\
        <input name="t" value="a : b"><textarea>x : y</textarea><script>var a = b ? c : d;</script>\
        <style>a:hover { x : y }</style><pre>p : q</pre><code>c : d</code><!-- e : f --><p>« fin »</p>
        """
        #expect(FrenchTypography.html(page) == """
        <title>Plan\u{00A0}: équipe</title><p class="a : b">Note\u{00A0}: <strong>oui</strong>\u{00A0}?</p>\
        <input name="t" value="a : b"><textarea>x : y</textarea><script>var a = b ? c : d;</script>\
        <style>a:hover { x : y }</style><pre>p : q</pre><code>c : d</code><!-- e : f --><p>«\u{00A0}fin\u{00A0}»</p>
        """)
    }
}
