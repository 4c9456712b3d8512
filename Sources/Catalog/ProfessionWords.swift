import Comparator
import Foundation

/// The words people use for a profession in a respondents list ("IDE", "infirmière", "kiné", "MG", "SF"…),
/// mapped to the survey's profession ids: the one synonym table, read by `RespondentsCSV` (file and pasted list)
/// and by a respondent added to a running campaign. Matching ignores case, accents (typed precomposed or as
/// combining marks, NFC or NFD), plurals, hyphens and the inclusive forms « infirmier·e », « pharmacien(ne) ».
public struct ProfessionWords: Sendable {
    /// Profession id → the words accepted for it besides its id and its label, as shown in messages.
    static let synonyms: [(profession: String, words: [String])] = [
        ("medecin-generaliste", ["MG", "médecin", "médecin généraliste", "généraliste"]),
        ("infirmier", ["IDE", "IDEL", "infirmier", "infirmière"]),
        ("masseur-kinesitherapeute", ["kiné", "kinésithérapeute", "masseur-kinésithérapeute", "MK"]),
        ("pharmacien", ["pharmacien", "pharmacienne"]),
        ("sage-femme", ["sage-femme", "SF", "maïeuticien", "maïeuticienne"]),
        ("chirurgien-dentiste", ["dentiste", "chirurgien-dentiste", "chirurgienne-dentiste"]),
        ("orthophoniste", ["orthophoniste", "ortho"]),
        ("pedicure-podologue", ["podologue", "pédicure", "pédicure-podologue"]),
        ("dieteticien", ["diététicien", "diététicienne"]),
        ("psychologue", ["psychologue", "psy"]),
        ("secretaire", ["secrétaire", "secrétaire médicale"]),
        ("coordinateur", ["coordinateur", "coordinatrice", "coordination"]),
        ("autre", ["autre"]),
    ]

    private let byKey: [String: String]
    /// Every accepted word, in the table's order, for messages (« mots acceptés : … »).
    public let accepted: [String]

    /// The table restricted to `professions` (a federation's survey may not have them all), plus each profession's
    /// id and label.
    public init(professions: [Profession]) {
        var byKey: [String: String] = [:], accepted: [String] = []
        let known = Set(professions.map(\.id))
        for (id, words) in Self.synonyms where known.contains(id) {
            for word in words where byKey[Self.key(word)] == nil {
                byKey[Self.key(word)] = id
                accepted.append(word)
            }
        }
        for profession in professions {
            if byKey[Self.key(profession.id)] == nil { accepted.append(profession.id) }
            byKey[Self.key(profession.id)] = profession.id
            byKey[Self.key(profession.label)] = byKey[Self.key(profession.label)] ?? profession.id
        }
        self.byKey = byKey
        self.accepted = accepted
    }

    /// The profession id a typed word means, or `nil`.
    public func profession(_ typed: String) -> String? { byKey[Self.key(typed)] }

    /// The French message for a word the table does not know.
    public func unknown(_ typed: String) -> String {
        "profession inconnue «\u{A0}\(typed)\u{A0}» (mots acceptés\u{A0}: \(accepted.joined(separator: ", ")))"
    }

    /// The comparison key: decomposed and stripped of combining marks (so NFC and NFD spellings meet, and « kine »
    /// typed without accent too), lower case, the inclusive-writing marks removed, hyphens as spaces, each word
    /// without a final plural « s » or « x ».
    static func key(_ typed: String) -> String {
        let bare = typed.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark && !"·•.()".unicodeScalars.contains($0) }
        let lowered = String(String.UnicodeScalarView(bare)).lowercased().replacingOccurrences(of: "-", with: " ")
        return lowered.split(whereSeparator: \.isWhitespace).map { word in
            word.count > 2 && (word.hasSuffix("s") || word.hasSuffix("x")) ? String(word.dropLast()) : String(word)
        }.joined(separator: " ")
    }
}
