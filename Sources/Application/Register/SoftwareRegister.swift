import Deployment
import Foundation
import Store
import Survey

/// Why an entry of the register is refused: the form field (`logiciel`, `version`, `depuis`, `jusqua`, `fin_contrat`,
/// `etape`, `nom`, `profession`, `equipe`, `disponibilite`, `maitrise`, `annee`, `facilitateur`, `date`, `sujet`,
/// `heures`) and the problem in French. The CLI names its option instead (`RegisterOptions`).
public struct RegisterRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let problem: String
    public init(field: String, problem: String) { self.field = field; self.problem = problem }
    public var description: String { "\(field)\u{00A0}: \(problem)" }
}

/// The register's one rule for a calendar day as typed.
enum RegisterDay {
    static func checked(_ text: String, field: String, required: Bool = true) throws(RegisterRefusal) -> String? {
        let day = TypedText.cleaned(text)
        if day.isEmpty {
            if required { throw RegisterRefusal(field: field, problem: "obligatoire (AAAA-MM-JJ)") }
            return nil
        }
        guard CalendarDay.parse(day) != nil else {
            throw RegisterRefusal(field: field, problem: "attendu\u{00A0}: une date AAAA-MM-JJ (par exemple 2026-03-12)")
        }
        return day
    }
}

/// A period of use as typed on the team page or with `sipadvisor team software set`.
public struct SoftwareEntry: Sendable, Equatable {
    public var product: String, version: String, since: String, until: String, contractEnd: String

    public init(product: String, version: String, since: String, until: String = "", contractEnd: String = "") {
        self.product = product; self.version = version; self.since = since; self.until = until; self.contractEnd = contractEnd
    }

    /// Everything that can be checked without the database (the CLI's `validate()` calls it).
    public func formatProblem() -> RegisterRefusal? {
        do { _ = try checkedFields(); return nil } catch { return error }
    }

    func checked(team: Int64, products: Set<String>) throws(RegisterRefusal) -> TeamSoftware.NewUse {
        let product = TypedText.cleaned(self.product)
        guard products.contains(product) else {
            throw RegisterRefusal(field: "logiciel", problem: "inconnu du catalogue\u{00A0}: «\u{00A0}\(product)\u{00A0}»")
        }
        let (version, since, until, contractEnd) = try checkedFields()
        return .init(teamID: team, productID: product, version: version, since: since, until: until, contractEnd: contractEnd)
    }

    private func checkedFields() throws(RegisterRefusal) -> (String, String, String?, String?) {
        let version = TypedText.cleaned(self.version)
        guard (1...60).contains(TypedText.length(version)), !TypedText.hasControlCharacter(version) else {
            throw RegisterRefusal(field: "version", problem: "de 1 à 60 caractères (par exemple 6.2)")
        }
        let since = try RegisterDay.checked(self.since, field: "depuis") ?? ""
        let until = try RegisterDay.checked(self.until, field: "jusqua", required: false)
        if let until, until < since { throw RegisterRefusal(field: "jusqua", problem: "avant la date de début (\(since))") }
        let contractEnd = try RegisterDay.checked(self.contractEnd, field: "fin_contrat", required: false)
        if let contractEnd, contractEnd < since {
            throw RegisterRefusal(field: "fin_contrat", problem: "avant la date de début (\(since))")
        }
        return (version, since, until, contractEnd)
    }
}

/// A stage in the method as typed: the memoir's word and the day it starts.
public struct StageEntry: Sendable, Equatable {
    public var stage: String, since: String
    public init(stage: String, since: String) { self.stage = stage; self.since = since }

    public func checked() throws(RegisterRefusal) -> (MethodStage, String) {
        guard let stage = MethodStage(typed: stage) else {
            throw RegisterRefusal(field: "etape", problem: "attendu\u{00A0}: avant, pendant ou après")
        }
        return (stage, try RegisterDay.checked(since, field: "depuis") ?? "")
    }
}

/// The register of teams' software and stages: what the team page, `sipadvisor team software|stage`, the catalog's
/// label alerts and the comparative sheet's peers all read and write.
public struct SoftwareRegister: Sendable {
    public let store: AppDatabase

    /// A team is named as a peer to visit after six months of use: by then it has gone through the data migration
    /// and the training waves (the method's "pendant", 6 to 18 months), so it speaks of daily use, not of a demo.
    public static let monthsBeforeVisits = 6

    public init(store: AppDatabase) { self.store = store }

    @discardableResult
    public func record(_ entry: SoftwareEntry, team: Int64, by who: String) throws -> TeamSoftwareRecord {
        let products = Set(try store.products.all().map(\.id))
        return try store.teamSoftware.record(try entry.checked(team: team, products: products), by: who)
    }

    @discardableResult
    public func setStage(_ entry: StageEntry, team: Int64, by who: String) throws -> TeamStageRecord {
        let (stage, since) = try entry.checked()
        return try store.teamSoftware.setStage(team: team, stage, since: since, by: who)
    }

    /// A team's register on a day: software in use with its warnings, stage, and both histories.
    public struct TeamView: Sendable {
        public var inUse: [SoftwareInUse]
        public var flags: [String]
        public var stage: TeamStageRecord?
        public var history: [SoftwareInUse]
        public var stageHistory: [TeamStageRecord]
    }

    public func view(team: Int64, on day: String) throws -> TeamView {
        let inUse = try store.teamSoftware.inUse(team: team, on: day)
        return TeamView(inUse: inUse, flags: Self.flags(inUse), stage: try store.teamSoftware.stage(team: team, on: day),
                        history: try store.teamSoftware.history(team: team), stageHistory: try store.teamSoftware.stageHistory(team: team))
    }

    /// Several versions of one product, or several products, in use at once: the DIM checks it is a planned
    /// transition, not a forgotten migration or a team split across tools.
    public static func flags(_ inUse: [SoftwareInUse]) -> [String] {
        var flags: [String] = []
        let byProduct = Dictionary(grouping: inUse, by: \.productName)
        for (product, uses) in byProduct.sorted(by: { $0.key < $1.key }) where uses.count > 1 {
            flags.append("Plusieurs versions de \(product) en service\u{00A0}: " + uses.map(\.record.version).sorted().joined(separator: ", "))
        }
        if byProduct.count > 1 {
            flags.append("Plusieurs logiciels en service\u{00A0}: " + byProduct.keys.sorted().joined(separator: ", "))
        }
        return flags
    }

    /// Teams using, on `day`, a product that no longer meets the label (one product when given).
    public func affectedByLabelLoss(product: String? = nil, on day: String) throws -> [SoftwareInUse] {
        try store.teamSoftware.affectedByLabelLoss(product: product, on: day)
    }

    /// The comparative sheet's "teams to visit": per product, the other teams using it for `monthsBeforeVisits`.
    public func peers(of team: Int64, products: [String], on day: String) throws -> [String: [String]] {
        guard let today = CalendarDay.parse(day) else { return [:] }
        let startedBy = CalendarDay.iso(CalendarDay.adding(months: -Self.monthsBeforeVisits, to: today))
        var peers: [String: [String]] = [:]
        for product in products {
            let teams = Set(try store.teamSoftware.teams(using: product, on: day, startedBy: startedBy)
                .filter { $0.record.teamId != team }.map(\.teamName))
            if !teams.isEmpty { peers[product] = teams.sorted() }
        }
        return peers
    }
}
