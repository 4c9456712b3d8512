import Application
import Comparator
import Testing

/// The age of a product's evidence, as the catalog pages say it.
@Suite("Âge des informations d'un produit")
struct EvidencePeriodTests {
    @Test(arguments: [
        ([String](), "aucune information datée", nil as String?, nil as String?),
        (["2017"], "informations de 2017", "2017", "2017"),
        (["2017-03", "2017", "2017-11-02"], "informations de 2017", "2017", "2017-11-02"),
        (["2026-03-12", "2017"], "informations de 2017 à 2026", "2017", "2026-03-12"),
    ])
    func theYearsAreSaidInPlainWords(dates: [String], words: String, oldest: String?, newest: String?) {
        let age = EvidencePeriod(dates: dates)
        #expect(age.words == words)
        #expect(age.oldest == oldest && age.newest == newest)
    }

    /// An unknown fact is no evidence, whatever its date.
    @Test func unknownFactsDoNotCount() {
        let facts = [Fact(value: .boolean(false), grade: .usergroup, source: "s", date: "2017"),
                     Fact(value: nil, grade: .unknown, source: "s", date: "2026")]
        #expect(EvidencePeriod(facts: facts).words == "informations de 2017")
    }
}
