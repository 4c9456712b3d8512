import Foundation
import GRDB

/// A software product of the federation's catalog.
public struct ProductRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "product"
    public var id: String
    public var name: String
    public var editor: String?
    public var fictional: Bool
    /// `[InstallBase]` as JSON.
    public var installBase: String
    public var recordedBy: String
    public var createdAt: Date
}

/// One recorded fact. Rows are never updated: a new row supersedes the previous one of its product, criterion and
/// scope, and the old one stays as history.
public struct ProductFactRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "productFact"
    public var id: Int64
    public var productId: String
    /// `nil`: the federation's fact; set: that team's own evidence (its demonstration).
    public var teamId: Int64?
    public var criterionId: String
    public var value: String?
    public var grade: String
    public var source: String?
    public var date: String?
    public var note: String?
    public var recordedBy: String
    public var recordedAt: Date
}

/// One recorded status of a product (label, Ségur), as JSON; history like facts.
public struct ProductStatusRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "productStatus"
    public var id: Int64
    public var productId: String
    public var kind: String
    public var data: String?
    public var recordedBy: String
    public var recordedAt: Date
}

/// What a change to the evidence adds: new products, facts and statuses, written in one transaction.
public struct EvidenceChange: Sendable {
    public struct NewProduct: Sendable, Equatable {
        public var id: String, name: String, editor: String?, fictional: Bool, installBase: String
        public init(id: String, name: String, editor: String? = nil, fictional: Bool = false, installBase: String = "[]") {
            self.id = id; self.name = name; self.editor = editor; self.fictional = fictional; self.installBase = installBase
        }
    }

    public struct NewFact: Sendable, Equatable {
        public var productID: String, teamID: Int64?, criterionID: String
        public var value: String?, grade: String, source: String?, date: String?, note: String?
        public init(productID: String, teamID: Int64? = nil, criterionID: String, value: String?, grade: String,
                    source: String?, date: String?, note: String? = nil) {
            self.productID = productID; self.teamID = teamID; self.criterionID = criterionID; self.value = value
            self.grade = grade; self.source = source; self.date = date; self.note = note
        }

        func same(as record: ProductFactRecord) -> Bool {
            (value, grade, source, date, note) == (record.value, record.grade, record.source, record.date, record.note)
        }
    }

    public struct NewStatus: Sendable, Equatable {
        public var productID: String, kind: String, data: String?
        public init(productID: String, kind: String, data: String?) { self.productID = productID; self.kind = kind; self.data = data }
    }

    public var products: [NewProduct] = []
    public var facts: [NewFact] = []
    public var statuses: [NewStatus] = []
    /// Who records it: an account's e-mail, "catalogue de référence", "réponse de l'éditeur…".
    public var recordedBy: String

    public init(recordedBy: String, products: [NewProduct] = [], facts: [NewFact] = [], statuses: [NewStatus] = []) {
        self.recordedBy = recordedBy; self.products = products; self.facts = facts; self.statuses = statuses
    }

    /// What was written: facts and statuses identical to the current ones are not repeated in the history.
    public struct Outcome: Sendable, Equatable {
        public var productsAdded = 0, factsAdded = 0, factsUnchanged = 0, statusesAdded = 0
    }
}
