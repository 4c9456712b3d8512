import Foundation
import Store
import Survey

/// Saving answers, the one place for the rules the respondent's pages, the team's page and `answers import` share:
/// what a page's submission replaces, what it withdraws, how it is validated, and what a save completes.
public struct AnswerSaving: Sendable {
    public let database: AppDatabase
    public let survey: SurveyDefinition

    public init(database: AppDatabase, survey: SurveyDefinition) {
        self.database = database
        self.survey = survey
    }

    /// One page of a form: the items it showed, the answers stored before, and what was submitted for them.
    public struct Page: Sendable {
        public var shown: [Item]
        public var stored: [String: String]
        public var submitted: [String: String]

        public init(shown: [Item], stored: [String: String], submitted: [String: String]) {
            self.shown = shown; self.stored = stored; self.submitted = submitted
        }

        /// The answers as they will be once the page is saved: skip rules are applied to these.
        public var merged: [String: String] {
            var merged = stored.filter { key, _ in !shown.contains { $0.id == key } }
            merged.merge(submitted) { _, new in new }
            return merged
        }
    }

    /// A checked page: valid answers to save, French errors by item id, and stored answers the page withdrew
    /// (a question no longer asked, a field emptied, every box unticked).
    public struct CheckedPage: Sendable {
        public var valid: [String: String]
        public var errors: [String: String]
        public var withdrawn: [String]
        /// Every answer after the save.
        public var after: [String: String]
    }

    /// Validates the items of `page` that are asked (`isAsked`, on the merged answers); with `requireAnswers`, a
    /// required question left empty is an error ("Page précédente" does not require them).
    public func check(_ page: Page, requireAnswers: Bool = true, isAsked: (Item, [String: String]) -> Bool) -> CheckedPage {
        let merged = page.merged
        var valid: [String: String] = [:], errors: [String: String] = [:]
        for item in page.shown where isAsked(item, merged) {
            guard let raw = page.submitted[item.id] else {
                if item.required && requireAnswers { errors[item.id] = "Cette question est obligatoire." }
                continue
            }
            switch AnswerValidation.normalise(raw, for: item, in: survey) {
            case .success(let value): valid[item.id] = value
            // The question is right above the message: its internal id would only confuse.
            case .failure(let problem): errors[item.id] = "Réponse non valable\u{A0}: \(problem.detail)."
            }
        }
        let withdrawn = page.shown.filter { page.stored[$0.id] != nil && valid[$0.id] == nil }.map(\.id)
        var after = page.stored.filter { !withdrawn.contains($0.key) }
        after.merge(valid) { _, new in new }
        return CheckedPage(valid: valid, errors: errors, withdrawn: withdrawn, after: after)
    }

    /// A respondent's page checked: as `check`, with the profession the invitation fixed (the pages never ask it)
    /// among the answers, so every save carries it and skip rules see it.
    public func checkRespondentPage(_ page: Page, respondent: RespondentRecord, requireAnswers: Bool,
                                    isAsked: (Item, [String: String]) -> Bool) -> CheckedPage {
        var checked = check(page, requireAnswers: requireAnswers, isAsked: isAsked)
        checked.valid[WellKnownItem.profession.id] = respondent.profession
        checked.after[WellKnownItem.profession.id] = respondent.profession
        return checked
    }

    /// Saves a respondent's checked page (`checkRespondentPage`); `completes` when it was their last page. `page`
    /// (1-based, with the page count) is recorded in the same transaction for the links page's « page k sur n ».
    public func saveRespondentPage(_ checked: CheckedPage, respondent: RespondentRecord, completes: Bool,
                                   page: (number: Int, count: Int)? = nil) throws {
        var change = Answers.Change(
            respondentAnswers: checked.valid.sorted { $0.key < $1.key }.map { (respondent.id, $0.key, $0.value) },
            withdrawnRespondentAnswers: checked.withdrawn.map { (respondent.id, $0) },
            completing: completes ? [respondent.id] : [])
        change.reachedPage = page.map { (respondent.id, $0.number, $0.count) }
        try database.answers.save(campaignID: respondent.campaignId, change)
    }

    /// Saves the team's own questions (the coordinator's or the DIM's page).
    public func saveTeamPage(_ checked: CheckedPage, campaignID: Int64) throws {
        try database.answers.save(campaignID: campaignID, Answers.Change(
            teamAnswers: checked.valid.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            withdrawnTeamItems: checked.withdrawn))
    }

    /// Checks an answers file's rows against the campaign as stored and saves them in one transaction, or returns
    /// every problem (nothing is written then).
    public func importRows(_ rows: [AnswerImport.Row], campaignID: Int64) throws -> Result<AnswerImport.Plan, AnswerImport.Problems> {
        let snapshot = try database.campaigns.snapshot(campaignID: campaignID)
        let respondents = zip(snapshot.respondents, snapshot.pooled).map { record, pooled in
            AnswerImport.Respondent(id: record.id, label: record.label, profession: record.profession, answers: pooled.answers)
        }
        let result = AnswerImport.validate(rows, respondents: respondents, definition: survey)
        if case .success(let plan) = result {
            try database.answers.save(campaignID: campaignID, Answers.Change(
                respondentAnswers: plan.respondentAnswers, teamAnswers: plan.teamAnswers, completing: plan.completing))
        }
        return result
    }
}
