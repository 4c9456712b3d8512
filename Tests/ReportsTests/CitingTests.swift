import Reports
import Testing

/// Naming sources by title in a rendered document: every occurrence, escaped or not, longest id first, accents kept.
@Suite("Sources citées par leur titre")
struct CitingTests {
    static let sources = ["memoire-2017": "mémoire de 2017 « MSP »", "memoire-2017-annexe": "annexe du mémoire", "demo_fictive": "données fictives"]

    @Test(arguments: [
        ("Source : memoire-2017, §II.", "Source : mémoire de 2017 « MSP », §II."),
        ("memoire-2017-annexe puis memoire-2017", "annexe du mémoire puis mémoire de 2017 « MSP »"),
        ("déjà é memoire-2017é", "déjà é mémoire de 2017 « MSP »é"),
        ("demo\\_fictive et demo_fictive", "données fictives et données fictives"),
        ("rien à remplacer : memoire-201", "rien à remplacer : memoire-201"),
        ("", ""),
    ])
    func everyCitationIsNamed(text: String, expected: String) {
        let document = ReportDocument(title: "T", slug: "t", source: text).citing(Self.sources)
        #expect(document.source == expected)
    }

    @Test func chartsAreSwappedInTheirPlace() {
        let document = ReportDocument(title: "T", slug: "t", source: "A\n\n⟦graphique:radar⟧\n\nB ⟦graphique:radar2⟧",
                                      charts: ["radar": "<svg>1</svg>", "radar2": "<svg>2</svg>"])
        #expect(document.markdown == "A\n\n*(Graphique\u{00A0}: voir la version HTML du document.)*\n\nB *(Graphique\u{00A0}: voir la version HTML du document.)*")
        #expect(document.html.contains("<figure class=\"graphique\"><svg>1</svg></figure>"))
    }
}
