import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor followup …`: what is printed, and French errors naming the option.
@Suite("Suivi du déploiement en ligne de commande", .serialized)
struct FollowUpCommandTests {
    /// A team with a campaign of two professionals (campaign 1), its follow-up started on 2027-01-04.
    static func prepared(_ scratch: Scratch) throws -> [String] {
        let options = scratch.campaignOptions
        #expect(runInProcess(["team", "add", "--name", "MSP du Test"] + options) == 0)
        try scratch.write("r.csv", "identifiant,profession\nIDE 1,infirmier\nMG 1,medecin-generaliste\n")
        #expect(runInProcess(["campaign", "create", "--team", "MSP du Test", "--respondents", scratch.path("r.csv"),
                              "--base-url", "https://exemple.org"] + options) == 0)
        return options
    }

    @Test func aStepIsDoneATrainingLoggedAndTheTotalsPrinted() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            let target = ["--campaign", "1"] + options
            try expectCommand(["followup", "start", "--start", "2027-01-04"] + target,
                              stdout: "Suivi démarré pour la campagne 1\u{00A0}: 17 étapes à partir du 4 janvier 2027.", stderr: "")
            try expectCommand(["followup", "set", "--step", "1", "--status", "fait", "--actual-end", "2027-02-03"] + target,
                              stdout: "Étape 1 «\u{00A0}Diagnostic de l'organisation et des flux d'information\u{00A0}»\u{00A0}: fait, fin réelle le 3 février 2027.", stderr: "")
            try expectCommand(["followup", "train", "--person", "IDE 1", "--date", "2027-04-12", "--hours", "1,5",
                               "--content", "individuel", "--by", "Éditeur"] + target,
                              stdout: "Formation enregistrée\u{00A0}: IDE 1, 12 avril 2027, 1,5\u{202F}h, fonctions individuelles.", stderr: "")
            let list = try expectCommand(["followup", "list", "--date", "2027-02-15"] + target, stderr: "")
            #expect(list.stdout.hasPrefix("Suivi du déploiement au 15 février 2027\u{00A0}: 1 élément en retard.\n"), "\(list.stdout)")
            #expect(list.stdout.contains("| 1 | Diagnostic de l'organisation et des flux d'information | chef de projet, avec le DIM de la fédération | 2027-02-01 | 2027-02-03 | fait |  |"))
            #expect(list.stdout.contains("| 2 | Constitution de l'équipe projet | équipe (réunion pluriprofessionnelle) | 2027-02-08 | — | à faire | 7 jours |"))
            // `report plan` is dated from the follow-up's start and says what is late on its date.
            let plan = try expectCommand(["report", "plan", "--date", "2027-02-15"] + target, stderr: "")
            #expect(plan.stdout.contains("## Suivi du déploiement au 15 février 2027"), "\(plan.stdout.prefix(1_500))")
            #expect(plan.stdout.contains("- ⚠ Constitution de l'équipe projet — fin prévue le 8 février 2027, 7 jours de retard — à faire"))
            try expectCommand(["followup", "trainings", "--date", "2027-04-13"] + target, stdout: """
                Formation déclarée par l'éditeur : non renseigné.

                | Professionnel·le | Profession | Heures | Contenus | Reste dû |
                |---|---|---|---|---|
                | IDE 1 | Infirmier·e | 1,5\u{202F}h | fonctions individuelles | non renseigné |
                | MG 1 | Médecin généraliste | 0\u{202F}h |  | non renseigné |

                | Profession | Formé·es | Heures |
                |---|---|---|
                | Infirmier·e | 1 sur 1 | 1,5\u{202F}h |
                | Médecin généraliste | 0 sur 1 | 0\u{202F}h |

                | Vague | Prévue la semaine du | Formé·es | |
                |---|---|---|---|
                | fonctions individuelles | 5 juillet 2027 | 1 sur 2 |  |
                | pluriprofessionnel | 26 juillet 2027 | 0 sur 2 |  |
                | ACI/NMR | 23 août 2027 | 0 sur 2 |  |

                Pas encore formé·es : MG 1.
                """, stderr: "")
        }
    }

    @Test(arguments: [
        (["followup", "set", "--step", "1", "--status", "bloqué"], 64, "erreur\u{A0}: --reason\u{A0}: obligatoire quand l'étape est bloquée (dites ce qui la bloque)."),
        (["followup", "set", "--step", "1", "--status", "fini"], 64, "--status\u{A0}: «\u{A0}à faire\u{A0}», «\u{A0}en cours\u{A0}», «\u{A0}fait\u{A0}», «\u{A0}bloqué\u{A0}» attendu."),
        (["followup", "set", "--step", "1", "--actual-end", "03/02/2027"], 64, "--actual-end\u{A0}: date attendue au format AAAA-MM-JJ, par exemple 2027-03-31."),
        (["followup", "train", "--person", "IDE 1", "--date", "2027-04-12", "--hours", "0", "--content", "aci", "--by", "X"], 64,
         "--hours\u{A0}: nombre d'heures supérieur à 0 et au plus 40, par exemple 1,5."),
        (["followup", "train", "--person", "IDE 9", "--date", "2027-04-12", "--hours", "1", "--content", "aci", "--by", "X"], 64,
         "erreur\u{A0}: --person\u{A0}: «\u{A0}IDE 9\u{A0}» n'est pas un·e professionnel·le de cette campagne."),
        (["followup", "defect", "--date", "2027-05-03", "--description", "Doublons", "--severity", "grave"], 64,
         "--severity\u{A0}: «\u{A0}mineur\u{A0}», «\u{A0}majeur\u{A0}», «\u{A0}bloquant\u{A0}» attendu."),
    ])
    func aBadOptionIsNamedInFrenchAndNothingIsWritten(arguments: [String], status: Int32, message: String) throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            let target = ["--campaign", "1"] + options
            try expectCommand(["followup", "start", "--start", "2027-01-04"] + target, stderr: "")
            let outcome = try expectCommand(arguments + target, status: status, stdout: "")
            #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            let followUp = try #require(try store.followUps.find(campaignID: 1))
            #expect(try store.followUps.items(followUpID: followUp.id).allSatisfy { $0.status == "à faire" })
            #expect(try store.followUps.trainings(followUpID: followUp.id).isEmpty)
            #expect(try store.followUps.defects(followUpID: followUp.id).isEmpty)
        }
    }

    @Test func aFollowUpNotStartedSaysHowToStartIt() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["followup", "list", "--campaign", "1"] + options, status: 65, stdout: "",
                              stderr: "erreur\u{00A0}: le suivi de la campagne 1 n'est pas démarré («\u{00A0}sipadvisor followup start --campaign 1 --start AAAA-MM-JJ\u{00A0}»)")
        }
    }
}
