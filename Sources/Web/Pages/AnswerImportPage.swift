import Application

/// `/campagnes/ID/import`: a survey tool's export sent as a file (`SurveyToolImport`, what `answers import --from`
/// calls); after a refusal, every problem with its row and column, nothing written.
struct AnswerImportPage: PageModel {
    static let template = "import-reponses"

    struct Tool: Sendable { var value: String; var label: String; var selected: Bool }

    var id: Int64
    var team: String
    var campaign: String
    var csrf: String
    var tools: [Tool]
    /// What was imported (`SurveyToolImport.Summary.lines`).
    var imported: [String]
    var hasImported: Bool
    var problems: [String]
    var hasProblems: Bool
    var missingFile: Bool

    init(id: Int64, team: String, campaign: String, csrf: String, tool: SurveyTool?,
         imported: [String] = [], problems: [String] = [], missingFile: Bool = false) {
        (self.id, self.team, self.campaign, self.csrf) = (id, team, campaign, csrf)
        tools = SurveyTool.allCases.map { Tool(value: $0.rawValue, label: Self.label($0), selected: $0 == tool) }
        self.imported = imported
        hasImported = !imported.isEmpty
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.missingFile = missingFile
    }

    static func label(_ tool: SurveyTool) -> String {
        switch tool {
        case .kobo: "KoboToolbox ou ODK (export CSV ou XLS)"
        case .limesurvey: "LimeSurvey (export des réponses, codes)"
        }
    }

    static let html = """
    <h1>Importer des réponses — {{team}}</h1>
    <p><a href="/campagnes/{{id}}">← Retour à la campagne</a></p>
    <p>Réponses recueillies hors ligne (tablettes) avec KoboToolbox, ODK ou LimeSurvey\u{A0}: chaque ligne du fichier devient une
    personne de la campagne «\u{A0}{{campaign}}\u{A0}». Le fichier est vérifié en entier\u{A0}; s'il contient une erreur, rien n'est enregistré.</p>
    {{#hasImported}}<div class="succes" role="status">{{#imported}}<p>{{.}}</p>{{/imported}}</div>{{/hasImported}}
    {{#hasProblems}}<div class="alerte" role="alert"><p class="erreur">Rien n'a été enregistré\u{A0}: corrigez le fichier puis envoyez-le à nouveau.</p>
    <ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
    <form method="post" action="/campagnes/{{id}}/import" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset class="choix"><legend>Outil d'où vient le fichier</legend>
    {{#tools}}<label><input type="radio" name="outil" value="{{value}}"{{#selected}} checked{{/selected}} required> {{label}}</label>{{/tools}}
    </fieldset>
    <div{{#missingFile}} class="champ-erreur"{{/missingFile}}>
    <label for="fichier">Fichier exporté (CSV ou XLSX, 2\u{202F}Mo au plus)</label>
    {{#missingFile}}<p class="erreur" id="fichier-erreur">Choisissez le fichier et l'outil.</p>{{/missingFile}}
    <input type="file" id="fichier" name="fichier" accept=".csv,.txt,.xlsx"{{#missingFile}} aria-describedby="fichier-erreur"{{/missingFile}} required>
    </div>
    <p><button type="submit">Importer</button></p>
    </form>
    """
}
