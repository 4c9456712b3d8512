import Application
import Foundation
import Store

/// A confirmation before something that cannot be undone (erasing a respondent, purging a campaign or a team): it
/// says what will be removed, counted, and posts with the session's CSRF token.
struct ConfirmationPage: PageModel {
    static let template = "confirmation"

    var heading: String
    var lead: String
    var lines: [String]
    var action: String
    var button: String
    var back: String
    var csrf: String
}

/// `/journal`: the audit log for the admin, newest first, paged, filtered by kind.
struct AuditPage: PageModel {
    static let template = "journal"
    static let pageSize = 50

    struct Row: Sendable { var id: Int64; var at: String; var actor: String; var kind: String; var target: String; var detail: String }
    struct Kind: Sendable { var value: String; var label: String; var selected: Bool }

    var rows: [Row]
    var kinds: [Kind]
    var total: Int
    var page: Int
    var pages: Int
    var previous: String?
    var next: String?
    var csvLink: String

    init(events: [AuditEventRecord], total: Int, page: Int, kind: AuditKind?) {
        rows = events.map {
            Row(id: $0.id, at: $0.at.formatted(.iso8601), actor: $0.actor, kind: $0.kind.frenchName, target: $0.target, detail: $0.detail)
        }
        kinds = AuditKind.allCases.map { Kind(value: $0.rawValue, label: $0.frenchName, selected: $0 == kind) }
        self.total = total
        self.page = page
        pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        let filter = kind.map { "&type=\($0.rawValue)" } ?? ""
        previous = page > 1 ? "/journal?page=\(page - 1)\(filter)" : nil
        next = page < pages ? "/journal?page=\(page + 1)\(filter)" : nil
        csvLink = "/journal/journal-audit.csv" + (kind.map { "?type=\($0.rawValue)" } ?? "")
    }
}

extension PageTemplates {
    static let confirmation = """
    <h1>{{heading}}</h1>
    <p class="alerte" role="alert">{{lead}}</p>
    <ul>{{#lines}}<li>{{.}}</li>{{/lines}}</ul>
    <p>Cette opération est définitive et sera inscrite au journal d'audit.</p>
    <form method="post" action="{{action}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div class="actions"><button type="submit">{{button}}</button> <a class="bouton secondaire" href="{{back}}">Annuler</a></div>
    </form>
    """

    static let auditLog = """
    <h1>Journal d'audit</h1>
    <p>Exports de réponses individuelles, effacements, purges, changements de comptes et connexions, du plus récent au plus ancien. Les lignes ne se modifient pas\u{A0}; seules celles qui dépassent la durée de conservation s'effacent (sipadvisor purge).</p>
    <form method="get" action="/journal">
    <label for="type">Type d'événement</label>
    <select id="type" name="type"><option value="">tous</option>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
    <p><button type="submit">Filtrer</button> <a class="bouton secondaire" href="{{csvLink}}">Exporter (CSV pour tableur)</a></p>
    </form>
    <p>{{total}}\u{A0}événement(s) — page {{page}} sur {{pages}}.</p>
    <table><thead><tr><th scope="col">N°</th><th scope="col">Date</th><th scope="col">Qui</th><th scope="col">Type</th><th scope="col">Cible</th><th scope="col">Détail</th></tr></thead><tbody>
    {{#rows}}<tr><td>{{id}}</td><td>{{at}}</td><td>{{actor}}</td><td>{{kind}}</td><td>{{target}}</td><td>{{detail}}</td></tr>{{/rows}}
    </tbody></table>
    <p>{{#previous}}<a href="{{.}}">← Plus récents</a> {{/previous}}{{#next}}<a href="{{.}}">Plus anciens →</a>{{/next}}</p>
    """
}
