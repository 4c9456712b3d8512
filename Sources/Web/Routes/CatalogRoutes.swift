import Application
import Catalog
import Comparator
import Foundation
import Hummingbird
import Store

/// The federation's catalog of products: everyone signed in reads it (a coordinator sees only their own team's
/// evidence beside the federation's); the DIM records facts, adds products and decides on user-group observations,
/// always through `EvidenceCatalog` (the rule the CLI follows too).
extension WebApp {
    var evidence: EvidenceCatalog { EvidenceCatalog(store: store, reference: catalog) }

    /// `/catalogue`: the products, a product's facts and their history.
    func catalogRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .facilitator, .coordinator))
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            return try catalogPage(user: user, context: context, message: Self.catalogMessage(request))
        }
        routes.get(":product") { request, context -> Response in
            let user = try context.signedInUser
            return try productPage(try catalogProduct(context), user: user, context: context, message: Self.catalogMessage(request))
        }
        routes.get(":product/historique") { request, context -> Response in
            let user = try context.signedInUser
            guard let id = context.parameters.get("product"), let record = try store.products.find(id: id) else { throw WebError.notFound }
            let asked = request.uri.queryParameters.get("critere") ?? ""
            let criterion = catalog.criterion(asked)
            if !asked.isEmpty && criterion == nil { throw WebError.notFound }
            let rows = try store.products.history(product: id, criterion: criterion?.id).filter { Self.visible($0, to: user) }
                .map { row in var titled = row; titled.source = row.source.map { SourceRegister.titled($0, titles: sources) }; return titled }
            let teams = try teamNames()
            let page = FactHistoryPage(product: record, criterion: criterion, rows: rows, catalog: catalog,
                                       teamName: { teams[$0] ?? "équipe n°\u{00A0}\($0)" })
            return Page.render(page, chrome: chrome("Historique — \(record.name)", user, context, wide: true))
        }
        return routes
    }

    /// The DIM's changes to the catalog (an admin passes too).
    func catalogEditingRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        routes.post("") { request, context -> Response in
            let (user, form) = try await signedForm(request, context)
            let entry = ProductEntry(id: form.trimmed("identifiant"), name: form.trimmed("nom"), editor: form.trimmed("editeur"))
            do {
                let record = try evidence.addProduct(entry, by: user.email)
                return .redirect(to: "/catalogue/\(ProductPage.path(record.id))?ok=produit")
            } catch let refusal as FactEntry.Refusal {
                return try catalogPage(user: user, context: context, error: Self.refused("Le logiciel n’est pas ajouté.", refusal),
                                       typed: entry, status: .unprocessableContent)
            }
        }
        routes.post(":product/faits") { request, context -> Response in
            let product = try catalogProduct(context)
            let (user, form) = try await signedForm(request, context)
            let entry = FactEntry(product: product.id, criterion: form.trimmed("critere"), value: form.trimmed("valeur"),
                                  grade: form.trimmed("niveau"), source: form.trimmed("source"), date: form.trimmed("date"),
                                  note: form.trimmed("note"))
            do {
                let outcome = try evidence.record(entry, by: user.email, today: clock())
                return .redirect(to: "/catalogue/\(ProductPage.path(product.id))?ok=\(outcome.factsAdded == 0 ? "inchange" : "fait")")
            } catch let refusal as FactEntry.Refusal {
                return try productPage(product, user: user, context: context, typed: entry, refusal: refusal, status: .unprocessableContent)
            }
        }
        routes.post(":product/label") { request, context -> Response in
            let product = try catalogProduct(context)
            let (user, form) = try await signedForm(request, context)
            let entry = LabelEntry(product: product.id, state: form.trimmed("etat"), level: form.trimmed("niveau_label"),
                                   granted: form.trimmed("obtenu"), lost: form.trimmed("perdu"), source: form.trimmed("source"),
                                   date: form.trimmed("date"), note: form.trimmed("note"))
            do {
                let outcome = try evidence.recordLabel(entry, by: user.email, today: clock())
                return .redirect(to: "/catalogue/\(ProductPage.path(product.id))?ok=\(outcome.statusesAdded == 0 ? "label-inchange" : "label")#statut-label")
            } catch let refusal as FactEntry.Refusal {
                return try productPage(product, user: user, context: context, typedLabel: entry, refusal: refusal, status: .unprocessableContent)
            }
        }
        routes.post("observations/:observation/accepter") { request, context -> Response in
            try await decideObservation(request, context, outcome: "acceptee") { id, form, user in
                _ = try evidence.acceptObservation(id, value: form.trimmed("valeur"), by: user.email, today: clock())
            }
        }
        routes.post("observations/:observation/rejeter") { request, context -> Response in
            try await decideObservation(request, context, outcome: "rejetee") { id, form, user in
                try evidence.rejectObservation(id, reason: form.trimmed("motif"), by: user.email)
            }
        }
        return routes
    }

    /// `/groupes/:session/observations`: the facilitator reports an observation on a product in a session.
    func groupObservationRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.facilitator, .dim))
        routes.post(":session/observations") { request, context -> Response in
            let (id, session) = try groupSession(context)
            let (user, form) = try await signedForm(request, context)
            let entry = ObservationEntry(product: form.trimmed("produit"), criterion: form.trimmed("critere"),
                                         text: form.trimmed("observation"), suggestedValue: form.trimmed("valeur"))
            do { try evidence.recordObservation(entry, session: id, by: user.email) } catch let refusal as FactEntry.Refusal {
                return try groupPage(id: id, session: session, user: user, context: context,
                                     observation: ObservationTyping(typed: entry, refusal: refusal), status: .unprocessableContent)
            }
            return .redirect(to: "/groupes/\(id)?observation=1#observations")
        }
        return routes
    }

    // MARK: Pieces

    /// The signed-in user and the form they sent, its CSRF token checked.
    private func signedForm(_ request: Request, _ context: WebRequestContext) async throws -> (UserRecord, FormFields) {
        let user = try context.signedInUser
        let form = try await FormFields.read(request, context: context)
        try CSRF.verify(form, request: request, context: context)
        return (user, form)
    }

    /// Accepts or rejects an observation; a refusal comes back on the catalog page, naming the field.
    private func decideObservation(_ request: Request, _ context: WebRequestContext, outcome: String,
                                   _ decide: (Int64, FormFields, UserRecord) throws -> Void) async throws -> Response {
        guard let id = context.parameters.get("observation", as: Int64.self) else { throw WebError.notFound }
        let (user, form) = try await signedForm(request, context)
        do { try decide(id, form, user) } catch let refusal as FactEntry.Refusal {
            return try catalogPage(user: user, context: context, error: Self.refused("L’observation n°\u{00A0}\(id) n’est pas \(outcome == "acceptee" ? "acceptée" : "rejetée").", refusal),
                                   status: .unprocessableContent)
        }
        return .redirect(to: "/catalogue?ok=\(outcome)#observations")
    }

    static func refused(_ what: String, _ refusal: FactEntry.Refusal) -> String { "\(what) \(refusal.onForm)" }

    /// What the page says after a change it was redirected from (`?ok=`).
    static func catalogMessage(_ request: Request) -> String? {
        switch request.uri.queryParameters.get("ok") {
        case "produit": "Logiciel ajouté\u{00A0}: ses informations sont inconnues tant qu’elles ne sont pas enregistrées."
        case "fait": "Fait enregistré\u{00A0}; le précédent reste dans l’historique."
        case "inchange": "Fait identique au fait actuel\u{00A0}: rien n’a changé."
        case "label-inchange": "Statut identique au statut actuel\u{00A0}: rien n’a changé."
        case "label": "Statut du label enregistré\u{00A0}; le précédent reste dans l’historique."
        case "acceptee": "Observation acceptée\u{00A0}: elle est inscrite au catalogue comme retour d’utilisateurs."
        case "rejetee": "Observation rejetée."
        default: nil
        }
    }

    /// A team's own evidence is its business: a coordinator sees only their team's beside the federation's.
    static func visible(_ fact: ProductFactRecord, to user: UserRecord) -> Bool {
        fact.teamId == nil || user.role != .coordinator || fact.teamId == user.teamId
    }

    private func teamNames() throws -> [Int64: String] {
        Dictionary(try store.teams.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    private func catalogProduct(_ context: WebRequestContext) throws -> Product {
        guard let id = context.parameters.get("product"), let product = try evidence.products(team: nil).first(where: { $0.id == id }) else {
            throw WebError.notFound
        }
        return product.citing(sources)
    }

    /// The current team-scoped facts of a product, newest per team and criterion, that this user may see.
    private func teamFacts(_ product: String, user: UserRecord) throws -> [(team: String, fact: ProductFactRecord)] {
        let teams = try teamNames()
        var seen = Set<String>()
        return try store.products.history(product: product).compactMap { fact in
            guard let team = fact.teamId, Self.visible(fact, to: user), seen.insert("\(team)\u{1F}\(fact.criterionId)").inserted else { return nil }
            return (team: teams[team] ?? "équipe n°\u{00A0}\(team)", fact: fact)
        }
    }

    private func pendingObservations(canDecide: Bool, csrf: String) throws -> [PendingObservation] {
        let names = Dictionary(try store.products.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return try store.observations.pending().map { record in
            PendingObservation(record, catalog: catalog, productName: names[record.productId] ?? record.productId,
                               session: try store.userGroups.find(id: record.sessionId), canDecide: canDecide, csrf: csrf)
        }
    }

    func sessionObservations(_ session: Int64, csrf: String, typing: ObservationTyping) throws -> SessionObservations {
        SessionObservations(session: session, csrf: csrf, records: try store.observations.all(session: session),
                            products: try evidence.products(team: nil), catalog: catalog, sections: criterionSections,
                            typed: typing.typed, refusal: typing.refusal)
    }

    func catalogPage(user: UserRecord, context: WebRequestContext, message: String? = nil, error: String? = nil,
                     typed: ProductEntry? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let canWrite = user.role == .dim || user.role == .admin, csrf = context.session?.csrfToken ?? ""
        var page = CatalogPage(products: try evidence.products(team: nil).map { $0.citing(sources) }, records: try store.products.all(),
                               observations: canWrite ? try pendingObservations(canDecide: true, csrf: csrf) : [],
                               canWrite: canWrite, csrf: csrf, message: message, error: error)
        if let typed { (page.typedID, page.typedName, page.typedEditor) = (typed.id, typed.name, typed.editor) }
        return Page.render(page, chrome: chrome("Catalogue des logiciels", user, context, wide: true), status: status)
    }

    func productPage(_ product: Product, user: UserRecord, context: WebRequestContext, message: String? = nil, typed: FactEntry? = nil,
                     typedLabel: LabelEntry? = nil, refusal: FactEntry.Refusal? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let csrf = context.session?.csrfToken ?? ""
        let form = user.role == .dim || user.role == .admin
            ? FactForm(csrf: csrf, catalog: catalog, sections: criterionSections, typed: typed, refusal: typedLabel == nil ? refusal : nil) : nil
        var page = ProductPage(product: product, record: try store.products.find(id: product.id), catalog: catalog,
                               sections: criterionSections, teamFacts: try teamFacts(product.id, user: user),
                               observations: try pendingObservations(canDecide: false, csrf: csrf).filter { $0.productID == product.id },
                               message: message, form: form)
        if user.role == .dim || user.role == .admin {
            page.labelAlerts = try SoftwareRegister(store: store).affectedByLabelLoss(product: product.id, on: today).map(LabelAlert.init)
            page.hasLabelAlerts = !page.labelAlerts.isEmpty
            page.labelForm = LabelStatusForm(csrf: csrf, history: try evidence.labelHistory(product: product.id),
                                             titled: { SourceRegister.titled($0, titles: sources) }, typed: typedLabel,
                                             refusal: typedLabel == nil ? nil : refusal)
        }
        return Page.render(page, chrome: chrome(product.name, user, context, wide: true), status: status)
    }
}

/// What a facilitator typed on a session's observation form and why it was refused, to show it again.
struct ObservationTyping: Sendable {
    var typed: ObservationEntry?
    var refusal: FactEntry.Refusal?
}
