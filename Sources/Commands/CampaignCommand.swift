import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey

struct CampaignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign", abstract: "Créer et suivre une campagne de recueil des besoins.",
        subcommands: [Create.self, Status.self, List.self, Purge.self, Invite.self, AddRespondent.self, Links.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Créer une campagne pour une équipe et générer le lien personnel de chaque répondant.",
            discussion: """
            Fichier des répondants (CSV, « , » ou « ; ») avec les colonnes « identifiant » et « profession ». \
            L'identifiant peut être un pseudonyme (« IDE 1 ») : seul le DIM fait le lien avec la personne.
            """)

        @Option(help: "Équipe : son nom ou son numéro.")
        var team: String

        @Option(help: "Fichier CSV des répondants.")
        var respondents: String

        @Option(help: "Nom de la campagne.")
        var name = CampaignSetup.defaultName

        @Option(help: "Adresse du serveur web pour les liens des répondants (par défaut : base_url des réglages, sinon \(CampaignSetup.localBaseURL)).")
        var baseURL: String?

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var federation: SettingsOption

        func run() throws {
            let baseURL = try baseURL ?? federation.load().baseURL ?? CampaignSetup.localBaseURL
            let (catalog, survey, store) = try workspace.load()
            let url = URL(fileURLWithPath: respondents)
            let people: [Invitee]
            do { people = try RespondentsCSV.read(url, professions: catalog.professions) } catch { throw Console.report(error) }
            do {
                guard let target = try store.teams.find(nameOrID: team) else {
                    throw StoreError.unknownTeam(team)
                }
                let (campaign, created) = try CampaignSetup(database: store, survey: survey).create(team: target, name: name, respondents: people)
                print("Campagne n° \(campaign.id) créée pour « \(markdownCell(target.name)) » : \(created.count) répondant(s).")
                if CampaignSetup.isLocal(baseURL) {
                    Console.error("Attention : ces liens pointent vers cette machine (\(baseURL)) ; donnez l'adresse publique du serveur avec --base-url.")
                }
                print("Liens personnels à transmettre (chacun ouvre le questionnaire de sa profession) :")
                print("")
                print("| Répondant·e | Profession | Lien |")
                print("|---|---|---|")
                for respondent in created {
                    print("| \(markdownCell(respondent.label)) | \(markdownCell(catalog.professionLabel(respondent.profession))) | "
                          + "\(CampaignSetup.link(base: baseURL, token: respondent.token)) |")
                }
            } catch { throw Console.storeFailure(error) }
        }

    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Avancement d'une campagne, par profession.")

        @Argument(help: "Numéro de la campagne.")
        var id: Int64

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let (catalog, survey, store) = try workspace.load()
            do {
                let snapshot = try store.campaigns.snapshot(campaignID: id)
                let progress = CampaignProgress(snapshot: snapshot, definition: survey)
                print("Campagne n° \(id) « \(markdownCell(snapshot.campaign.name)) » — équipe « \(markdownCell(snapshot.team.name)) »")
                print("")
                print("| Profession | Invité·es | Ont commencé | Ont terminé |")
                print("|---|---:|---:|---:|")
                for line in progress.byProfession {
                    print("| \(markdownCell(catalog.professionLabel(line.profession))) | \(line.invited) | \(line.started) | \(line.completed) |")
                }
                print("| **Total** | \(progress.invited) | \(progress.started) | \(progress.completed) |")
                print("\n" + TeamProfile.answeredMeaning)
                if progress.completed == 0 { print("\n" + TeamProfile.emptyState(startedOnly: progress.started)) }
                let silent = progress.byProfession.filter { $0.started == 0 }.map { markdownCell(catalog.professionLabel($0.profession)) }
                if !silent.isEmpty { print("\nAucune réponse encore de : \(silent.joined(separator: ", ")).") }
                print("\nQuestions d'équipe renseignées : \(snapshot.teamAnswers.count) sur \(survey.teamItems.count).")
            } catch { throw Console.storeFailure(error) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lister les campagnes.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            do {
                print("| N° | Équipe | Campagne |")
                print("|---:|---|---|")
                for campaign in try store.campaigns.all() {
                    let team = try store.teams.find(id: campaign.teamId)?.name ?? "?"
                    print("| \(campaign.id) | \(markdownCell(team)) | \(markdownCell(campaign.name)) |")
                }
            } catch { throw Console.storeFailure(error) }
        }
    }
}

