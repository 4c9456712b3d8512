/// Maps the questionnaire and a campaign's answers to FHIR R4 resources. Sections become groups; skip rules become
/// `enableWhen` (a profession rule and an answer rule together become a group enabled by profession holding the
/// item enabled by the answer, since one item cannot mix `any` and `all`).
public struct FHIRExport: Sendable {
    public let definition: SurveyDefinition

    public init(definition: SurveyDefinition) { self.definition = definition }

    public var canonicalURL: String { "urn:sipadvisor:questionnaire:\(definition.questionnaire.id)" }

    public func questionnaire() -> FHIR.Questionnaire {
        let groups = definition.sections.map { section in
            FHIR.QuestionnaireItem(linkId: section.id, text: section.title, type: "group",
                                   item: section.items.map(questionItem))
        }
        return FHIR.Questionnaire(id: fhirID(definition.questionnaire.id), url: canonicalURL,
                                  version: definition.questionnaire.version,
                                  name: "SIPAdvisorBesoins", title: definition.questionnaire.title, item: groups)
    }

    /// One response per respondent (or, with `audience: .team`, the team's own answers); `answeredAt` is the
    /// latest answer time (ISO 8601), if any.
    public func response(id: String, respondent: RespondentAnswers, complete: Bool, answeredAt: String?,
                         audience: Questionnaire.Audience = .respondent) -> FHIR.QuestionnaireResponse {
        let groups = definition.sections.compactMap { section -> FHIR.ResponseItem? in
            let answers = section.audience == audience ? respondent.answers : [:]
            let items = section.items.compactMap { item -> FHIR.ResponseItem? in
                guard let value = answers[item.id] else { return nil }
                let answerItem = FHIR.ResponseItem(linkId: item.id, text: item.text, answer: fhirAnswers(value, for: item))
                // Mirror the questionnaire's wrapping group for items with both skip rules.
                if needsWrapper(item) {
                    return FHIR.ResponseItem(linkId: wrapperID(item), item: [answerItem])
                }
                return answerItem
            }
            return items.isEmpty ? nil : FHIR.ResponseItem(linkId: section.id, text: section.title, item: items)
        }
        return FHIR.QuestionnaireResponse(id: fhirID(id), identifier: .init(system: "urn:sipadvisor:respondent", value: id),
                                          questionnaire: canonicalURL, status: complete ? "completed" : "in-progress",
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
                                              answerOption: options(item).map { $0.map { FHIR.AnswerOption(valueCoding: $0) } })
        let byProfession = professionRule(item)
        let byAnswer = item.condition.flatMap(answerRule)
        switch (byProfession, byAnswer) {
        case let (professions?, answer?):
            question.enableWhen = [answer]
            return FHIR.QuestionnaireItem(linkId: wrapperID(item), type: "group", enableWhen: professions,
                                          enableBehavior: professions.count > 1 ? "any" : nil, item: [question])
        case let (professions?, nil):
            question.enableWhen = professions
            question.enableBehavior = professions.count > 1 ? "any" : nil
        case let (nil, answer?):
            question.enableWhen = [answer]
        case (nil, nil):
            break
        }
        return question
    }

    private func needsWrapper(_ item: Item) -> Bool { !item.professions.isEmpty && item.condition != nil }

    private func wrapperID(_ item: Item) -> String { "\(item.id)-groupe" }

    private func professionRule(_ item: Item) -> [FHIR.EnableWhen]? {
        guard !item.professions.isEmpty, let profession = definition.questionnaire.item("profession") else { return nil }
        return item.professions.map { code in
            FHIR.EnableWhen(question: profession.id, operator: "=", answerCoding: coding(code, for: profession))
        }
    }

    private func answerRule(_ condition: Condition) -> FHIR.EnableWhen? {
        guard let source = definition.item(condition.item), let code = condition.equals ?? condition.not else { return nil }
        let op = condition.equals != nil ? "=" : "!="
        if source.kind == .boolean {
            return FHIR.EnableWhen(question: source.id, operator: op, answerBoolean: code == "true")
        }
        return FHIR.EnableWhen(question: source.id, operator: op, answerCoding: coding(code, for: source))
    }

    private func fhirType(_ item: Item) -> String {
        switch item.kind {
        case .choice, .multichoice, .scale: "choice"
        case .integer: "integer"
        case .boolean: "boolean"
        case .text: "text"
        }
    }

    private func options(_ item: Item) -> [FHIR.Coding]? {
        switch item.kind {
        case .choice, .multichoice: item.options.map { coding($0.code, for: item) }
        case .scale: item.scale.flatMap { definition.questionnaire.scale($0) }?.options.map { coding($0.code, for: item) }
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
