import Catalog
import Comparator
import Deployment
import Foundation
import Store
import Survey

/// The fictional campaign of a catalog's `demo/` folder (respondents, answers, user-group sessions), run through the
/// use cases a DIM's own campaign goes through: `CampaignSetup`, `AnswerSaving.importRows`, the session reader.
/// `sipadvisor demo` loads it into its SQLite file; `catalog validate` loads it into an in-memory database, so a
/// valid catalog means a demo that runs.
public struct DemoCampaign: Sendable {
    public static let teamName = "MSP des Hirondelles (fictive)"
    public static let campaignName = "Recueil des besoins (démonstration)"

    public let campaign: CampaignRecord
    public let sessions: [UserGroupSession]

    /// Every problem of the folder's files, located; empty when the demo runs. A catalog without `demo/` has none.
    public static func problems(catalog directory: URL, run: RunData) -> [CatalogIssue] {
        let demo = directory.appendingPathComponent("demo")
        guard FileManager.default.fileExists(atPath: demo.path) else { return [] }
        do {
            _ = try load(demo, run: run, into: AppDatabase.inMemory())
            return []
        } catch let error as CatalogLoadError {
            return error.issues
        } catch {
            return [CatalogIssue(file: CatalogLoader.display(demo), line: nil, message: "\(error)")]
        }
    }

    /// Reads the folder's files (every problem of every file at once), then creates the team, the campaign and its
    /// links, imports the answers and records the sessions. Throws `CatalogLoadError` for the files' problems.
    public static func load(_ demo: URL, run: RunData, into database: AppDatabase) throws -> DemoCampaign {
        let answersFile = demo.appendingPathComponent("answers.csv")
        var issues: [CatalogIssue] = []
        var people: [Invitee] = [], rows: [AnswerImport.Row] = [], sessions: [UserGroupSession] = []
        do { people = try RespondentsCSV.read(demo.appendingPathComponent("respondents.csv"), professions: run.catalog.professions) } catch {
            issues += error.issues
        }
        do { rows = try RecordsCSV.answerRows(answersFile) } catch { issues += error.issues }
        do {
            sessions = try ReportDataLoader.sessions(CatalogLoader.yamlFiles(in: demo.appendingPathComponent("sessions")),
                                                     professions: Set(run.catalog.professions.map(\.id)))
        } catch { issues += error.issues }
        guard issues.isEmpty else { throw CatalogLoadError(issues) }

        let team = try database.teams.add(name: teamName, fictional: true)
        let (campaign, _) = try CampaignSetup(database: database, survey: run.survey).create(team: team, name: campaignName, respondents: people)
        if case .failure(let problems) = try AnswerSaving(database: database, survey: run.survey).importRows(rows, campaignID: campaign.id) {
            throw CatalogLoadError(problems.issues(in: answersFile))
        }
        for session in sessions {
            try database.userGroups.save(id: nil, session)
        }
        return DemoCampaign(campaign: campaign, sessions: sessions)
    }
}
