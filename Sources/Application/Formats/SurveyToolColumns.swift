import Foundation
import Survey

/// The survey tools whose exports `answers import --from` reads.
public enum SurveyTool: String, CaseIterable, Sendable {
    case kobo, limesurvey

    /// As messages name it.
    public var name: String {
        switch self {
        case .kobo: "KoboToolbox"
        case .limesurvey: "LimeSurvey"
        }
    }
}

/// What one column of a survey tool's export holds.
enum ColumnMeaning: Equatable {
    /// The answer to a question (the item's id).
    case item(String)
    /// One checkbox of a multiple-choice question (LimeSurvey's `code[SQ]`): ticked or not.
    case option(item: String, code: String)
    /// The optional `repondant` question: the respondent's label.
    case respondentLabel
    /// LimeSurvey's `submitdate`: empty for a response not submitted.
    case submitDate
    /// The tool's own id of the submission (Kobo's `_uuid`, LimeSurvey's `id`): the same in every later export, so a
    /// respondent labelled by it is recognised when a cumulative export is imported again.
    case submissionID
    /// The tool's own columns (identifiers, timestamps).
    case ignored
    /// Kobo's 0/1 copy of one option of a multiple choice (`section/item/code`): ignored, the item's own column
    /// (space-separated codes) says the same and must be there.
    case optionCopy(item: String)
    /// No question of the survey: why, in French.
    case unknown(String)
}

/// How a tool's column names and values map to the survey's items and codes (see the README's `answers import`).
///
/// KoboToolbox/ODK names columns `section/item` or `item` (the XLSForm uses the item ids and section ids as they
/// are) and writes a `select_multiple` as space-separated codes, plus one 0/1 column per option
/// (`section/item/code`), which is ignored: the space-separated column says the same. LimeSurvey allows only
/// letters and digits in question codes, so an item matches the code that equals its id with everything but letters
/// and digits removed, case ignored; a multiple choice is one `code[SQcode]` column per option.
struct SurveyToolColumns {
    let tool: SurveyTool
    let survey: SurveyDefinition
    /// The questions a respondent answers (the team's are answered in the application).
    private let items: [String: Item]
    /// LimeSurvey: compacted code → item ids (more than one is an ambiguity, refused).
    private let limeCodes: [String: [String]]

    init(tool: SurveyTool, survey: SurveyDefinition) {
        self.tool = tool
        self.survey = survey
        let respondentItems = survey.sections.filter { $0.audience == .respondent }.flatMap(\.items)
        items = Dictionary(respondentItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        limeCodes = Dictionary(grouping: respondentItems.map(\.id), by: Self.compacted)
    }

    static let respondentLabelItem = "repondant"

    /// Columns the tools add to every export. Kobo's own columns also all start with `_`.
    static let koboColumns: Set<String> = ["start", "end", "today", "deviceid", "username", "simserial", "subscriberid",
                                           "phonenumber", "audit", "instanceid", "__version__"]
    static let koboPrefixes = ["meta/", "formhub/"]
    static let limeColumns: Set<String> = ["id", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp",
                                           "ipaddr", "refurl", "interviewtime", "optout"]

    /// Ambiguous LimeSurvey codes, refused before any row is read: which answer would go where cannot be known.
    var problems: [String] {
        guard tool == .limesurvey else { return [] }
        return limeCodes.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { code, ids in
            "les questions " + ids.map { "«\u{A0}\($0)\u{A0}»" }.joined(separator: " et ")
                + " ont le même code LimeSurvey «\u{A0}\(code)\u{A0}» (LimeSurvey ne garde que les lettres et les chiffres)\u{A0}: "
                + "renommez l'une d'elles dans le questionnaire"
        }
    }

    func meaning(of header: String) -> ColumnMeaning {
        switch tool {
        case .kobo: koboMeaning(header)
        case .limesurvey: limeMeaning(header)
        }
    }

    private func koboMeaning(_ header: String) -> ColumnMeaning {
        let lowered = header.lowercased()
        if lowered == "_uuid" { return .submissionID }
        if header.hasPrefix("_") || Self.koboColumns.contains(lowered) || Self.koboPrefixes.contains(where: lowered.hasPrefix) {
            return .ignored
        }
        let path = header.split(separator: "/").map(String.init)
        guard let last = path.last else { return .unknown(Self.noName) }
        if last == Self.respondentLabelItem { return .respondentLabel }
        if items[last] != nil { return .item(last) }
        if path.count >= 2, let item = items[path[path.count - 2]], item.kind == .multichoice, item.options.contains(where: { $0.code == last }) {
            return .optionCopy(item: item.id)
        }
        return .unknown(unknownReason(last))
    }

    private func limeMeaning(_ header: String) -> ColumnMeaning {
        let lowered = header.lowercased()
        if lowered == "submitdate" { return .submitDate }
        if lowered == "id" { return .submissionID }
        if Self.limeColumns.contains(lowered) || lowered.hasPrefix("grouptime") { return .ignored }
        var code = header, subquestion: String?
        if let open = header.firstIndex(of: "["), header.hasSuffix("]") {
            code = String(header[..<open])
            subquestion = String(header[header.index(after: open)..<header.index(before: header.endIndex)])
        }
        if Self.compacted(code) == Self.compacted(Self.respondentLabelItem) && subquestion == nil { return .respondentLabel }
        guard let ids = limeCodes[Self.compacted(code)], ids.count == 1, let item = items[ids[0]] else {
            return .unknown(unknownReason(code))
        }
        guard let subquestion else { return .item(item.id) }
        guard item.kind == .multichoice,
              let option = item.options.first(where: { Self.compacted($0.code) == Self.compacted(subquestion) }) else {
            return .unknown("«\u{A0}\(subquestion)\u{A0}» n'est pas une case de la question «\u{A0}\(item.id)\u{A0}»")
        }
        return .option(item: item.id, code: option.code)
    }

    static let noName = "colonne sans nom"

    private func unknownReason(_ name: String) -> String {
        if survey.audience(of: name) == .team {
            return "«\u{A0}\(name)\u{A0}» est une question d'équipe\u{A0}: elle se saisit dans l'application, pas dans le formulaire"
        }
        return name.isEmpty ? Self.noName : "aucune question «\u{A0}\(name)\u{A0}» dans le questionnaire"
    }

    /// Letters and digits only, lower case: what LimeSurvey keeps of a code.
    static func compacted(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    /// A cell's text as the product's own import takes it (`AnswerValidation.normalise`: codes or labels, `|`
    /// between the codes of a multiple choice, an integer without decimals).
    func value(_ raw: String, for item: Item) -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch item.kind {
        case .multichoice where tool == .kobo: return koboMultiple(value, options: item.options)
        case .integer: return Double(value).flatMap { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : nil } ?? value
        case .boolean where tool == .limesurvey: return ["y": "true", "n": "false"][value.lowercased()] ?? value
        case .choice where tool == .limesurvey, .scale where tool == .limesurvey: return limeCode(value, options: options(of: item))
        default: return value
        }
    }

    func options(of item: Item) -> [AnswerOption] {
        item.kind == .scale ? item.scale.flatMap { survey.questionnaire.scale($0) }?.options ?? [] : item.options
    }

    /// Space-separated codes (XML values), or, in a « labels » export, the options' labels one after the other.
    private func koboMultiple(_ value: String, options: [AnswerOption]) -> String {
        let tokens = value.split(whereSeparator: \.isWhitespace).map(String.init)
        if tokens.allSatisfy({ token in options.contains { $0.code == token } }) { return tokens.joined(separator: "|") }
        return Self.labels(in: value, options: options)?.joined(separator: "|") ?? value
    }

    /// The option labels `text` is made of, separated by spaces (case ignored), or nil when it is not made of them.
    static func labels(in text: String, options: [AnswerOption]) -> [String]? {
        let rest = text.trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return [] }
        for option in options where rest.lowercased().hasPrefix(option.label.lowercased()) {
            let after = rest.dropFirst(option.label.count)
            guard after.isEmpty || after.first == " " else { continue }
            if let others = labels(in: String(after), options: options) { return [option.code] + others }
        }
        return nil
    }

    /// A LimeSurvey answer code is the option's code compacted; the label (« full answers » export) passes as it is.
    private func limeCode(_ value: String, options: [AnswerOption]) -> String {
        options.first { Self.compacted($0.code) == Self.compacted(value) && !value.isEmpty }?.code ?? value
    }

    /// A LimeSurvey checkbox: `Y` (or « Oui », `1`) ticked, empty (or `N`) not; nil for anything else.
    static func ticked(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "y", "yes", "oui", "1", "true": true
        case "", "n", "no", "non", "0", "false": false
        default: nil
        }
    }
}
