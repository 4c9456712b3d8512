import Catalog
import Comparator
import Foundation
import Survey
import TestSupport
import Testing

/// The respondents list the DIM pastes or gives as a file: common profession words, tabs from a spreadsheet, an
/// optional e-mail column, and every problem named by its row.
@Suite struct RespondentsListTests {
    static let professions: [Profession] = { (try? Checkout.loadSurvey().0.professions) ?? [] }()

    private func read(_ text: String) throws(CatalogLoadError) -> [Invitee] {
        try RespondentsCSV.read(Data(text.utf8), name: "liste collée", professions: Self.professions)
    }

    private func problems(_ text: String) -> [String] {
        do { _ = try read(text); return [] } catch { return error.issues.map(\.description) }
    }

    @Test(arguments: [
        ("IDE", "infirmier"), ("ide", "infirmier"), ("IDEs", "infirmier"), ("infirmière", "infirmier"),
        ("Infirmières", "infirmier"), ("infirmier", "infirmier"), ("Infirmier·e", "infirmier"),
        // NFD: « e » + U+0301, as some systems (macOS file names, some spreadsheets) hand it over.
        ("infirmie\u{0300}re", "infirmier"), ("kine\u{0301}", "masseur-kinesitherapeute"),
        ("kiné", "masseur-kinesitherapeute"), ("Kinés", "masseur-kinesitherapeute"), ("kinésithérapeute", "masseur-kinesitherapeute"),
        ("MG", "medecin-generaliste"), ("médecin", "medecin-generaliste"), ("Médecins généralistes", "medecin-generaliste"),
        ("sage-femme", "sage-femme"), ("sages-femmes", "sage-femme"), ("SF", "sage-femme"),
        ("pharmacien", "pharmacien"), ("pharmacienne", "pharmacien"), ("Pharmacien(ne)", "pharmacien"),
        ("secrétaire", "secretaire"), ("coordinatrice", "coordinateur"), ("Coordinateur·rice", "coordinateur"),
        ("masseur-kinesitherapeute", "masseur-kinesitherapeute"),
    ])
    func commonWordsMeanTheSurveysProfessions(typed: String, profession: String) throws {
        let words = ProfessionWords(professions: Self.professions)
        #expect(words.profession(typed) == profession, "« \(typed) »")
        let people = try read("identifiant;profession\nX;\(typed)\n")
        #expect(people.map(\.profession) == [profession])
    }

    @Test func aWordOfAProfessionTheSurveyLacksIsNotAccepted() {
        let words = ProfessionWords(professions: Self.professions.filter { $0.id != "sage-femme" })
        #expect(words.profession("SF") == nil)
        #expect(!words.accepted.contains("SF"))
    }

    @Test func tabSeparatedCellsPastedFromASpreadsheetWithCRLF() throws {
        let pasted = "identifiant\tprofession\tE-mail\r\nIDE 1\tIDE\tide1@exemple.fr\r\nKiné 1\tkiné\t\r\nMG 1\tmédecin\t Dr.Martin@Exemple.FR \r\n"
        let people = try read(pasted)
        #expect(people == [
            Invitee(label: "IDE 1", profession: "infirmier", email: "ide1@exemple.fr"),
            Invitee(label: "Kiné 1", profession: "masseur-kinesitherapeute", email: nil),
            Invitee(label: "MG 1", profession: "medecin-generaliste", email: "dr.martin@exemple.fr"),
        ])
    }

    @Test func theEmailColumnIsOptional() throws {
        #expect(try read("identifiant,profession\nIDE 1,infirmier\n") == [Invitee(label: "IDE 1", profession: "infirmier")])
    }

    @Test func everyProblemIsNamedByItsRow() {
        let found = problems("identifiant;profession;e-mail\nIDE 1;IDE;ide1@exemple.fr\nX;astronaute;\nY;kiné;pas une adresse\nIDE 1;IDE;\nZ;MG;a@b\n")
        #expect(found.count == 4, "\(found)")
        #expect(found[0].hasPrefix("liste collée:3: profession inconnue «\u{A0}astronaute\u{A0}» (mots acceptés\u{A0}: MG, médecin"))
        #expect(found[0].contains("IDE") && found[0].contains("kiné") && found[0].contains("SF"))
        #expect(found[1] == "liste collée:4: adresse e-mail invalide «\u{A0}pas une adresse\u{A0}» (attendu\u{A0}: nom@domaine.fr)")
        #expect(found[2] == "liste collée:5: identifiant «\u{A0}IDE 1\u{A0}» en double (déjà ligne 2)")
        #expect(found[3].hasPrefix("liste collée:6: adresse e-mail invalide «\u{A0}a@b\u{A0}»"))
    }

    @Test(arguments: ["a b@exemple.fr", "a@exemple.fr\r\nBcc: x@y.fr", "<a@exemple.fr>", "a@@exemple.fr", "@exemple.fr", "a@.fr", "a@exemple"])
    func addressesThatCouldNotGoIntoAMessageAreRefused(typed: String) {
        #expect(throws: Invitee.EmailProblem.self) { try Invitee.checkedEmail(typed).get() }
    }
}
