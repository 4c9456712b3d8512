import Application
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey

// Federation scale: 3,000 teams × 20 respondents. Pools every campaign (pure), then stores them all in one SQLite
// file and times what a DIM does on one campaign (snapshot + pooling + comparison), which must stay interactive.
// Then the federation dashboard on that file: syntheses pooled once (cold), then the page built and rendered.
// Usage: SurveyBenchmark [--teams N] [--respondents N] [--catalog DIR] [--templates DIR] [--no-store] [--database URL | --keep FILE]
//        (--database: an empty PostgreSQL database or schema; --keep: the SQLite store is written to FILE and left there,
//        e.g. to time `sipadvisor migrate` on a big federation)
//        SurveyBenchmark --workbook N [--questions Q]: only the campaign workbook's answers sheet for N respondents.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let teams = option("--teams").flatMap(Int.init) ?? 3000
let perTeam = option("--respondents").flatMap(Int.init) ?? 20
let catalogURL = URL(fileURLWithPath: option("--catalog") ?? "catalog")
let catalog = try CatalogLoader.load(directory: catalogURL)
let survey = try SurveyLoader.load(directory: catalogURL, catalog: catalog)
let professions = ["medecin-generaliste", "infirmier", "masseur-kinesitherapeute", "pharmacien", "sage-femme", "orthophoniste"]

/// Deterministic synthetic answers: every question asked of the respondent, a level drawn from a seeded stream.
func respondents(team: Int) -> [RespondentAnswers] {
    var generator = SplitMix64(seed: UInt64(team) &* 7919)
    return (0..<perTeam).map { index in
        let profession = professions[index % professions.count]
        var answers: [String: String] = ["visites-domicile": index % 2 == 0 ? "true" : "false"]
        for item in survey.itemsAsked(profession: profession, answers: answers) where answers[item.id] == nil {
            switch item.kind {
            case .scale:
                let count = item.scale.flatMap { survey.questionnaire.scale($0) }?.options.count ?? 1
                answers[item.id] = String(Int(generator.next() % UInt64(count)))
            case .choice: answers[item.id] = item.options[Int(generator.next() % UInt64(item.options.count))].code
            case .boolean: answers[item.id] = generator.next() % 2 == 0 ? "true" : "false"
            case .integer: answers[item.id] = String(item.minimum ?? 1)
            case .multichoice: answers[item.id] = item.options.first?.code ?? ""
            case .text: answers[item.id] = "texte"
            }
        }
        answers["profession"] = profession
        // Went through the whole web questionnaire: finished, so pooled.
        return RespondentAnswers(respondent: "R\(index + 1)", profession: profession, answers: answers, reachedEnd: true)
    }
}

func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18 }

if let count = option("--workbook").flatMap(Int.init) {
    let people = (0..<(count + perTeam - 1) / perTeam).flatMap(respondents)
    try benchmarkWorkbook(survey: survey, count: count, questions: option("--questions").flatMap(Int.init)) { (people[$0].profession, people[$0].answers) }
    exit(0)
}

let clock = ContinuousClock()
var pooled = 0
let poolingTime = clock.measure {
    for team in 0..<teams {
        let profile = Pooling.pool(.init(team: "Équipe \(team)", campaign: "C", respondents: respondents(team: team),
                                         years: ComparisonSettings.defaultYears, criteria: catalog.criteria), definition: survey)
        pooled += profile.answered
    }
}
print(String(format: "Mise en commun (pure) : %d équipes × %d répondant·es en %.2f s, soit %.2f ms par équipe",
             teams, perTeam, seconds(poolingTime), seconds(poolingTime) * 1000 / Double(teams)))

if !arguments.contains("--no-store") {
    // `--database URL`: an empty PostgreSQL database or schema (`?schema=`); `--keep FILE`: a SQLite file left in place.
    let kept = option("--keep") ?? option("--database")
    let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-bench-\(UUID().uuidString).sqlite").path
    defer { if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
    let store = try AppDatabase.open(path)
    var rows = 0
    let loadTime = try clock.measure {
        for team in 0..<teams {
            let record = try store.teams.add(name: "Équipe \(team)", fictional: true)
            let people = respondents(team: team)
            let (campaign, created) = try store.campaigns.create(teamID: record.id, name: "C", questionnaireVersion: "1",
                                                               respondents: people.map { ($0.respondent, $0.profession) })
            let answers = zip(created, people).flatMap { record, person in person.answers.map { (record.id, $0.key, $0.value) } }
            rows += answers.count
            // Every questionnaire finished, as the web's last page marks it: the dashboard reads assessed campaigns only.
            try store.answers.save(campaignID: campaign.id, .init(respondentAnswers: answers, teamAnswers: [("projet-sante-valide", "true")],
                                                                  completing: created.map(\.id)))
        }
    }
    print("Chargement (\(PostgresLocation.isURL(path) ? "PostgreSQL" : "SQLite")) : " + String(format: "%d réponses en %.1f s", rows, seconds(loadTime)))
    var samples: [Double] = []
    for campaign in stride(from: 1, through: teams, by: max(1, teams / 25)) {
        let time = try clock.measure {
            let profile = try CampaignAnalysis(database: store, campaignID: Int64(campaign), survey: survey, criteria: catalog.criteria,
                                               years: ComparisonSettings.defaultYears).profile
            _ = Comparator.compare(catalog: catalog, needs: profile.needs, options: ComparisonSettings.standard(asOf: ComparisonSettings.day(of: Date())).options)
        }
        samples.append(seconds(time))
    }
    samples.sort()
    print(String(format: "Une campagne dans la base pleine (lecture + mise en commun + comparaison 2 000 tirages) : médiane %.1f ms, max %.1f ms",
                 samples[samples.count / 2] * 1000, samples.last! * 1000))
    try benchmarkDashboard(store: store, catalog: catalog, survey: survey, templates: URL(fileURLWithPath: option("--templates") ?? "templates"))
}
