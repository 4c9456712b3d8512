/// Maps the questionnaire and a campaign's answers to FHIR R4 resources, meaning what FHIR says:
/// - two Questionnaires with versioned canonicals (`url` + `version`): the professionals' one and the team's own
///   questions, so that nothing the team answers is required of each professional and the reverse;
///   responses name theirs as `url|version`;
/// - sections become groups; skip rules become `enableWhen`, evaluated per answer as FHIR does on repeating items.
///   An `equals` rule is `=`; a `not` rule is `exists` plus `!=` with `all`, because FHIR's `!=` alone is true when
///   the earlier question has no answer, while here an unanswered condition means "not asked". A profession rule
///   plus an answer rule become a group (enabled by profession, `any`) holding the item (enabled by the answer),
///   since one item has one `enableBehavior`;
/// - an exclusive option carries the `questionnaire-optionExclusive` extension;
/// - a response's identifier is the respondent's identifier of the CSV export (`repondant` column), its status
///   `completed` exactly when the respondent has answered (`SurveyDefinition.status(of:)`).
public struct FHIRExport: Sendable {
    public let definition: SurveyDefinition

    public init(definition: SurveyDefinition) { self.definition = definition }

    static let optionExclusive = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"

    /// A stored answer the survey's own validation refuses (e.g. "rien" with another option): not exported.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var respondent: String
        public var problem: AnswerProblem

        public var description: String { "réponse de « \(respondent) » non exportable en FHIR : \(problem.message)" }
    }

    public func canonicalURL(_ audience: Questionnaire.Audience = .respondent) -> String {
        "urn:sipadvisor:questionnaire:\(definition.questionnaire.id)" + (audience == .team ? ":equipe" : "")
    }

    /// `url|version`, as `QuestionnaireResponse.questionnaire` names a versioned Questionnaire.
    public func canonical(_ audience: Questionnaire.Audience = .respondent) -> String {
        "\(canonicalURL(audience))|\(definition.questionnaire.version)"
    }

    public func questionnaire(_ audience: Questionnaire.Audience = .respondent) -> FHIR.Questionnaire {
        let groups = definition.sections.filter { $0.audience == audience }.map { section in
            FHIR.QuestionnaireItem(linkId: section.id, text: section.title, type: "group",
                                   item: section.items.map(questionItem))
        }
        let team = audience == .team
        return FHIR.Questionnaire(id: fhirID(definition.questionnaire.id + (team ? "-equipe" : "")), url: canonicalURL(audience),
                                  version: definition.questionnaire.version,
                                  name: team ? "SIPAdvisorQuestionsEquipe" : "SIPAdvisorBesoins",
                                  title: definition.questionnaire.title + (team ? " — questions d'équipe" : ""), item: groups)
    }

    /// One response per respondent (or, with `audience: .team`, the team's own answers); `answeredAt` is the
    /// latest answer time (ISO 8601), if any. Only answers to questions asked are exported (a stale answer to a
    /// question no longer asked is not part of the response); every answer goes through the survey's validation.
    public func response(id: String, respondent: RespondentAnswers, answeredAt: String?,
                         audience: Questionnaire.Audience = .respondent) throws(Refusal) -> FHIR.QuestionnaireResponse {
        let team = audience == .team
        let answers = team ? respondent.answers : definition.knownAnswers(of: respondent)
        let asked = Set((team ? definition.teamItemsAsked(answers)
                              : definition.itemsAsked(profession: respondent.profession, answers: answers)).map(\.id))
        var groups: [FHIR.ResponseItem] = []
        for section in definition.sections where section.audience == audience {
            var items: [FHIR.ResponseItem] = []
            for item in section.items {
                guard let value = answers[item.id], asked.contains(item.id) else { continue }
                if case .failure(let problem) = AnswerValidation.normalise(value, for: item, in: definition) {
                    throw Refusal(respondent: respondent.respondent, problem: problem)
                }
                let answerItem = FHIR.ResponseItem(linkId: item.id, text: item.text, answer: fhirAnswers(value, for: item))
                // Mirror the questionnaire's wrapping group for items with both skip rules.
                items.append(needsWrapper(item) ? FHIR.ResponseItem(linkId: wrapperID(item), item: [answerItem]) : answerItem)
            }
            if !items.isEmpty { groups.append(FHIR.ResponseItem(linkId: section.id, text: section.title, item: items)) }
        }
        let status = team ? definition.teamStatus(answers) : definition.status(of: respondent)
        return FHIR.QuestionnaireResponse(id: fhirID(id), identifier: .init(system: "urn:sipadvisor:respondent", value: respondent.respondent),
                                          questionnaire: canonical(audience), status: status == .finished ? "completed" : "in-progress",
                                          authored: answeredAt, item: groups)
    }

    public func bundle(id: String, responses: [FHIR.QuestionnaireResponse]) -> FHIR.Bundle {
        FHIR.Bundle(id: fhirID(id), entry: responses.map {
            FHIR.BundleEntry(fullUrl: "urn:uuid:\(uuidLike($0.id))", resource: $0)
        })
    }

    private func questionItem(_ item: Item) -> FHIR.QuestionnaireItem {
        var question = FHIR.QuestionnaireItem(linkId: item.id, text: item.text, type: fhirType(item),
                                              required: item.required ? true : nil,
                                              repeats: item.kind == .multichoice ? true : nil,
                                              answerOption: answerOptions(item))
        let byProfession = professionRule(item)
        let byAnswer = item.condition.map(answerRule) ?? []
        switch (byProfession, byAnswer.isEmpty) {
        case let (professions?, false):
            question.enableWhen = byAnswer
            question.enableBehavior = byAnswer.count > 1 ? "all" : nil
            return FHIR.QuestionnaireItem(linkId: wrapperID(item), type: "group", enableWhen: professions,
                                          enableBehavior: professions.count > 1 ? "any" : nil, item: [question])
        case let (professions?, true):
            question.enableWhen = professions
            question.enableBehavior = professions.count > 1 ? "any" : nil
        case (nil, false):
            question.enableWhen = byAnswer
            question.enableBehavior = byAnswer.count > 1 ? "all" : nil
        case (nil, true):
            break
        }
        return question
    }

    private func needsWrapper(_ item: Item) -> Bool { !item.professions.isEmpty && item.condition != nil }

    private func wrapperID(_ item: Item) -> String { "\(item.id)-groupe" }

    private func professionRule(_ item: Item) -> [FHIR.EnableWhen]? {
        guard !item.professions.isEmpty, let profession = definition.questionnaire.item(WellKnownItem.profession.id) else { return nil }
        return item.professions.map { code in
            FHIR.EnableWhen(question: profession.id, operator: "=", answerCoding: coding(code, for: profession))
        }
    }

    /// All of these must hold (`enableBehavior: all`). `exists` guards `!=`: FHIR's `!=` alone would enable the
    /// item when the earlier question is unanswered.
    private func answerRule(_ condition: Condition) -> [FHIR.EnableWhen] {
        guard let source = definition.item(condition.item) else { return [] }
        func compare(_ op: String, _ code: String) -> FHIR.EnableWhen {
            source.kind == .boolean ? FHIR.EnableWhen(question: source.id, operator: op, answerBoolean: code == "true")
                : FHIR.EnableWhen(question: source.id, operator: op, answerCoding: coding(code, for: source))
        }
        var rules: [FHIR.EnableWhen] = []
        if let equals = condition.equals { rules.append(compare("=", equals)) }
        if let not = condition.not {
            if condition.equals == nil { rules.append(FHIR.EnableWhen(question: source.id, operator: "exists", answerBoolean: true)) }
            rules.append(compare("!=", not))
        }
        return rules
    }

    private func fhirType(_ item: Item) -> String {
        switch item.kind {
        case .choice, .multichoice, .scale: "choice"
        case .integer: "integer"
        case .boolean: "boolean"
        case .text: "text"
        }
    }

    private func answerOptions(_ item: Item) -> [FHIR.AnswerOption]? {
        switch item.kind {
        case .choice, .multichoice:
            item.options.map { option in
                FHIR.AnswerOption(valueCoding: coding(option.code, for: item),
                                  extension: option.exclusive ? [FHIR.Extension(url: Self.optionExclusive, valueBoolean: true)] : nil)
            }
        case .scale: item.scale.flatMap { definition.questionnaire.scale($0) }?.options.map { FHIR.AnswerOption(valueCoding: coding($0.code, for: item)) }
        default: nil
        }
    }

    private func system(for item: Item) -> String {
        item.kind == .scale ? "urn:sipadvisor:echelle:\(item.scale ?? "")" : "urn:sipadvisor:question:\(item.id)"
    }

    private func coding(_ code: String, for item: Item) -> FHIR.Coding {
        let label = item.kind == .scale
            ? item.scale.flatMap { definition.questionnaire.scale($0)?.label(of: code) }
            : item.options.first { $0.code == code }?.label
        return FHIR.Coding(system: system(for: item), code: code, display: label)
    }

    private func fhirAnswers(_ value: String, for item: Item) -> [FHIR.Answer] {
        switch item.kind {
        case .integer: [FHIR.Answer(valueInteger: Int(value))]
        case .boolean: [FHIR.Answer(valueBoolean: value == "true")]
        case .text: [FHIR.Answer(valueString: value)]
        case .choice, .scale: [FHIR.Answer(valueCoding: coding(value, for: item))]
        case .multichoice: value.split(separator: "|").map { FHIR.Answer(valueCoding: coding(String($0), for: item)) }
        }
    }

    /// FHIR ids allow `[A-Za-z0-9\-\.]{1,64}`.
    private func fhirID(_ raw: String) -> String {
        let allowed = raw.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "-" }
        return String(String(allowed).prefix(64))
    }

    /// A stable UUID-shaped string derived from an id, for bundle `fullUrl`s (FNV-1a; not a security token).
    private func uuidLike(_ id: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 1
        }
        let hex = String(hash, radix: 16).leftPadded(16) + String(second, radix: 16).leftPadded(16)
        let c = Array(hex)
        return "\(String(c[0..<8]))-\(String(c[8..<12]))-4\(String(c[13..<16]))-8\(String(c[17..<20]))-\(String(c[20..<32]))"
    }
}

private extension String {
    func leftPadded(_ length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
