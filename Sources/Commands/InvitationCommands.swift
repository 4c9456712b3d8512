import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Store
import Survey

extension CampaignCommand {
    /// `campaign invite ID [--reminder] [--dry-run]`: the links page's buttons (`InvitationSending`).
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Envoyer par e-mail les liens personnels (invitations), ou relancer qui n'a pas terminé.",
            discussion: """
            Invitations : aux liens actifs jamais invités et pas terminés. Relances (--reminder) : à tous les liens \
            actifs pas terminés. Serveur SMTP : réglages smtp_host, smtp_port, smtp_from (ou SIPADVISOR_SMTP_*). \
            Les personnes sans adresse sont listées (« pas d'adresse »), sans erreur.
            """)

        @Argument(help: "Numéro de la campagne.")
        var id: Int64

        @Flag(help: "Relancer les personnes qui n'ont pas terminé.")
        var reminder = false

        @Flag(help: "Afficher qui recevrait un e-mail, sans rien envoyer.")
        var dryRun = false

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var federation: SettingsOption

        func run() throws {
            let settings = try federation.load()
            let (_, survey, store) = try workspace.load()
            let sending = InvitationSending(database: store, survey: survey, settings: settings,
                                            baseURL: settings.baseURL ?? CampaignSetup.localBaseURL)
            let kind: InvitationSending.Kind = reminder ? .reminder : .invitation
            do {
                let plan = try sending.plan(campaignID: id, kind: kind)
                if dryRun {
                    print("Simulation\u{A0}: \(plan.recipients.count) \(kind.plural) à envoyer (rien n'est envoyé).")
                    for person in plan.recipients { print("- \(markdownCell(person.record.label))\u{A0}: \(person.record.email ?? "")") }
                    printWithoutAddress(plan.withoutAddress)
                    return
                }
                let transport: any MailTransport
                do { transport = try sending.transport() } catch let error as MailError {
                    Console.error(error.description.capitalizedFirst + ".")
                    throw ExitStatus.dataError
                }
                let outcome = try sending.send(campaignID: id, kind: kind, sender: "ligne de commande", through: transport)
                print("\(outcome.sent.count) \(kind.plural) envoyée(s).")
                for person in outcome.sent { print("- \(markdownCell(person.record.label))\u{A0}: \(person.record.email ?? "")") }
                printWithoutAddress(outcome.withoutAddress)
                for failure in outcome.failed { Console.error("\(failure.person.record.label)\u{A0}: \(failure.reason)") }
                if !outcome.failed.isEmpty { throw ExitStatus.ioError }
            } catch let exit as ExitCode { throw exit } catch { throw Console.storeFailure(error) }
        }

        private func printWithoutAddress(_ people: [RespondentLinks.Person]) {
            guard !people.isEmpty else { return }
            print("Pas d'adresse (à prévenir vous-même)\u{A0}: \(people.map { markdownCell($0.record.label) }.joined(separator: ", ")).")
        }
    }

    /// `campaign add-respondent ID --profession P [--email E] [--identifier …]`: the links page's form.
    struct AddRespondent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-respondent",
            abstract: "Ajouter un·e répondant·e à une campagne en cours et créer son lien personnel.")

        @Argument(help: "Numéro de la campagne.")
        var id: Int64

        @Option(help: "Profession : identifiant, libellé ou mot courant (IDE, kiné, MG, SF…).")
        var profession: String

        @Option(help: "Adresse e-mail (facultative).")
        var email = ""

        @Option(help: "Identifiant (par défaut : la profession suivie d'un numéro).")
        var identifier = ""

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var federation: SettingsOption

        func run() throws {
            let baseURL = try federation.load().baseURL ?? CampaignSetup.localBaseURL
            let (catalog, _, store) = try workspace.load()
            do {
                guard try store.campaigns.find(id: id) != nil else { throw StoreError.unknownCampaign(String(id)) }
                switch try RespondentAddition(database: store, professions: catalog.professions)
                    .add(campaignID: id, profession: profession, email: email, identifier: identifier) {
                case .success(let added):
                    print("«\u{A0}\(markdownCell(added.label))\u{A0}» (\(markdownCell(catalog.professionLabel(added.profession)))) ajouté·e à la campagne n° \(id).")
                    print("Lien\u{A0}: \(CampaignSetup.link(base: baseURL, token: added.token))")
                case .failure(let refusal):
                    Console.error("--\(Self.option[refusal.field] ?? refusal.field)\u{A0}: \(refusal.message)")
                    throw ExitStatus.dataError
                }
            } catch let exit as ExitCode { throw exit } catch { throw Console.storeFailure(error) }
        }

        /// The option naming each field of `RespondentAddition.Refusal`.
        static let option = ["profession": "profession", "email": "email", "identifiant": "identifier"]
    }

    /// `campaign links ID`: the mail-merge file the links page offers, printed (`;`, for a redirect to a `.csv`).
    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Afficher les liens et l'état de chaque répondant·e (CSV de publipostage).")

        @Argument(help: "Numéro de la campagne.")
        var id: Int64

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var federation: SettingsOption

        func run() throws {
            let baseURL = try federation.load().baseURL ?? CampaignSetup.localBaseURL
            let (catalog, survey, store) = try workspace.load()
            do {
                let links = try RespondentLinks.load(store, definition: survey, campaignID: id, baseURL: baseURL)
                FileHandle.standardOutput.write(try links.mailMerge(professionLabel: catalog.professionLabel))
            } catch { throw Console.storeFailure(error) }
        }
    }
}
