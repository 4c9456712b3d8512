import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store
import Survey

/// The web application over the same Store, Survey, Comparator and Reports modules as the CLI.
///
/// ```swift
/// let app = try WebApp(store: store, catalogDirectory: URL(fileURLWithPath: "catalog"),
///                       templatesDirectory: URL(fileURLWithPath: "templates"))
/// try await app.application(host: "127.0.0.1", port: 8080).runService()
/// ```
public struct WebApp: Sendable {
    let store: AppDatabase
    let catalog: ProductCatalog
    let survey: SurveyDefinition
    let method: DeploymentMethod
    /// The sensitisation meeting's content (`catalog/sensitisation.yaml`).
    let sensitisation: SensitisationKit
    let templates: TemplateSet
    /// The questionnaire's pages for each profession, cut once.
    let pagers: QuestionnairePagers
    let secureCookies: Bool
    /// Reverse proxies whose `X-Forwarded-For` names the client (login throttling); nobody else's is believed.
    let trustedProxies: Set<String>
    /// Base of the respondents' links, e.g. `https://sip.federation.example`.
    let publicURL: String
    /// The federation's settings (`FederationSettings`): the respondents' welcome and privacy notice show them.
    let settings: FederationSettings
    let throttle: LoginThrottle
    let passwordChecks: PasswordChecks
    /// bcrypt cost of passwords set on the web (tests lower it).
    let passwordCost: UInt8
    let sources: [String: String]
    /// The criteria's sections and their titles, for pages that group criteria.
    let criterionSections: [(id: String, title: String)]
    /// The application's clock: today's documents and comparisons, login throttling.
    let clock: @Sendable () -> Date
    /// PDF, DOCX and ODT downloads (tests give it a search path without the tools).
    let office: OfficeConversion

    /// `catalogDirectory` and `templatesDirectory` come resolved by the caller (`sipadvisor serve` resolves them like
    /// every command); everything is loaded by `RunData.load`, the loader `catalog validate` checks.
    public init(store: AppDatabase, catalogDirectory: URL, templatesDirectory: URL, templatesOverride: URL? = nil,
                secureCookies: Bool = false, publicURL: String = CampaignSetup.localBaseURL, settings: FederationSettings = FederationSettings(),
                trustedProxies: Set<String> = [], passwordChecks: PasswordChecks = PasswordChecks(),
                passwordCost: UInt8 = 12, clock: @escaping @Sendable () -> Date = { Date() },
                office: OfficeConversion = OfficeConversion()) throws {
        self.store = store
        self.passwordCost = passwordCost
        let run = try RunData.load(catalog: catalogDirectory, templates: templatesDirectory, templatesOverride: templatesOverride)
        (catalog, survey, method, sources, templates) = (run.catalog, run.survey, run.method, run.sources, run.templates)
        sensitisation = run.sensitisation
        pagers = QuestionnairePagers(definition: run.survey)
        criterionSections = CriterionSections.titles(in: catalogDirectory)
        // A fresh database starts from the shipped products, so that the DIM's catalog pages and facts have them.
        try EvidenceCatalog(store: store, reference: run.catalog).seedIfEmpty()
        self.secureCookies = secureCookies
        self.publicURL = publicURL
        self.settings = settings
        self.trustedProxies = trustedProxies
        self.passwordChecks = passwordChecks
        throttle = LoginThrottle(store: store, clock: clock)
        self.clock = clock
        self.office = office
    }

    public func router() -> Router<WebRequestContext> {
        let router = Router(context: WebRequestContext.self)
        let (survey, settings) = (survey, settings)
        router.add(middleware: PageErrorMiddleware { field in FormLabels.all[field] ?? survey.item(field)?.text ?? field })
        router.add(middleware: AuthMiddleware(store: store, secureCookies: secureCookies, trustedProxies: trustedProxies))
        addAuthRoutes(router)
        router.get(RouterPath(PrivacyNotice.path)) { _, _ -> Response in
            Page.render(PrivacyNotice(settings: settings), chrome: .init(title: "Vos données et vos droits"))
        }
        addPasswordResetRoutes(router)
        router.addRoutes(respondentRoutes(), atPath: RouterPath(String(CampaignSetup.linkPath.dropLast())))
        router.addRoutes(evaluationLinkRoutes(), atPath: RouterPath(String(DemoEvaluation.linkPath.dropLast())))
        // One collection per feature; each attaches its role checks once (`RoleCheck`).
        router.addRoutes(teamRoutes(), atPath: "/equipes")
        router.addRoutes(teamRegisterRoutes(), atPath: "/equipes")
        router.addRoutes(facilitatorRoutes(), atPath: "/facilitateurs")
        router.addRoutes(campaignRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(campaignLinkRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(respondentRightsRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(campaignDocumentRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(actionPlanRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(followUpRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(followUpPlanningRoutes(), atPath: "/campagnes/:campaign")
        router.addRoutes(demonstrationRoutes(), atPath: "/campagnes/:campaign/demonstrations")
        router.addRoutes(groupRoutes(), atPath: "/groupes")
        router.addRoutes(groupDocumentRoutes(), atPath: "/groupes")
        router.addRoutes(adminRoutes(), atPath: "/utilisateurs")
        router.addRoutes(catalogRoutes(), atPath: "/catalogue")
        router.addRoutes(catalogEditingRoutes(), atPath: "/catalogue")
        router.addRoutes(groupObservationRoutes(), atPath: "/groupes")
        router.addRoutes(accountRoutes(), atPath: "/compte")
        purgeRoutes(router)
        router.addRoutes(dashboardRoutes(), atPath: "/tableau-de-bord")
        return router
    }

    /// A connection that sends nothing for this many seconds is closed: it covers request headers that never finish
    /// and bodies that stall (`FormFields.read` also bounds a whole body's time).
    public static let idleTimeout: Double = 30

    public func application(host: String, port: Int, idleTimeout: Double = Self.idleTimeout) -> some ApplicationProtocol {
        Self.serving(router().buildResponder(), host: host, port: port, idleTimeout: idleTimeout)
    }

    /// The HTTP server over one app's router or over several federations' (`FederationDispatcher`).
    public static func serving<Responder: HTTPResponder>(_ responder: Responder, host: String, port: Int,
                                                         idleTimeout: Double = Self.idleTimeout) -> some ApplicationProtocol
    where Responder.Context == WebRequestContext {
        Application(responder: responder, server: .http1(configuration: .init(idleTimeout: .milliseconds(Int64(idleTimeout * 1000)))),
                    configuration: .init(address: .hostname(host, port: port), serverName: "SIP Advisor"))
    }
}

/// French names of the application's form fields, for error pages.
enum FormLabels {
    static let all: [String: String] = [
        "email": "Adresse e-mail", "motdepasse": "Mot de passe", "suite": "Page demandée", "nom": "Nom",
        "repondants": "Liste des répondant·es", "equipes": "Équipes invitées", "participants": "Participant·es",
        "odj": "Ordre du jour", "sujets": "Échanges", "notes": "Notes", "decisions": "Décisions", "actions": "Actions",
        "prochaine": "Prochaine réunion", "titre": "Titre", "pilote": "Pilote", "echeance": "Échéance", "moyens": "Moyens",
        "indicateur": "Indicateur", "logiciel": "Logiciel", "date": "Date", "lieu": "Lieu", "animation": "Animation",
        "description": "Description", "votes": "Votes", "professions": "Professions", "etat": "État",
        "date_statut": "Date du statut", "promise_pour": "Promise pour", "id": "Numéro", "role": "Rôle", "equipe": "Équipe",
        "produit": "Logiciel démontré", "profession": "Profession",
        "critere": "Critère", "valeur": "Valeur", "niveau": "Niveau de preuve", "source": "Source",
        "note": "Remarque", "identifiant": "Identifiant", "editeur": "Éditeur", "observation": "Observation", "motif": "Motif du rejet",
        "actuel": "Mot de passe actuel", "nouveau": "Nouveau mot de passe", "confirmation": "Confirmation du mot de passe",
        "compte": "Compte", "lien": "Lien de réinitialisation",
        "version": "Version", "depuis": "Depuis", "jusqua": "Jusqu'au", "fin_contrat": "Fin de contrat", "etape": "Étape",
        "disponibilite": "Disponibilité", "maitrise": "Logiciel maîtrisé", "annee": "Depuis (année)", "facilitateur": "Facilitateur",
        "sujet": "Sujet", "heures": "Heures", "niveau_label": "Niveau du label", "obtenu": "Obtenu le", "perdu": "Perdu le",
    ]
}
