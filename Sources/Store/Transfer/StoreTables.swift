/// Every table that holds a federation's data, in the one order a copy writes them: parents before children (so each
/// foreign key finds its row), and `campaignSynthesis` after `respondent` and `answer`, whose triggers mark a
/// campaign's synthesis stale: inserted later, the copied synthesis keeps its own `stale` value. The migrations'
/// bookkeeping (`grdb_migrations`, `sipadvisor_migration`) and SQLite's own tables are not data. `FederationTransferTests`
/// checks that this list names every table of both schemas, in an order their foreign keys accept.
public enum StoreTables {
    public struct Table: Sendable, Equatable {
        public let name: String
        /// The primary key's columns: a copy reads the table in this order, one batch after another.
        public let key: [String]

        init(_ name: String, key: [String] = ["id"]) {
            self.name = name
            self.key = key
        }

        /// The name as SQL on both engines (`"user"` is reserved in PostgreSQL).
        var sql: String { SQLDialect.table(name) }
    }

    public static let all: [Table] = [
        Table("federation"), Table("team"), Table("campaign"), Table("respondent"), Table("answer"), Table("teamAnswer"),
        Table("action"), Table("user"), Table("webSession"), Table("passwordReset"), Table("userGroupSession"),
        Table("product"), Table("productFact"), Table("productStatus"), Table("evaluation"), Table("evaluationScenario"),
        Table("evaluationSheet"), Table("evaluationScore"), Table("observation"), Table("auditEvent"),
        Table("auditPurgeCutoff"), Table("invitationSending"), Table("teamSoftware"), Table("teamStage"),
        Table("facilitator"), Table("facilitatorSoftware", key: ["facilitatorId", "productId"]), Table("intervention"),
        Table("followUp"), Table("followUpItem"), Table("training"), Table("migrationCheck"), Table("migrationDefect"),
        Table("campaignSynthesis", key: ["campaignId"]), Table("campaignMaturity", key: ["campaignId", "dimensionId"]),
        // The login throttle's counts (no parent): copied so that a move does not reset an attack's budget.
        Table("loginFailure", key: ["kind", "subject"]),
    ]

    /// Tables that are not the federation's data: the migrations' records, SQLite's internal tables.
    public static func isBookkeeping(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "grdb_migrations" || lower == "sipadvisor_migration" || lower.hasPrefix("sqlite_")
    }

    /// The names of the tables the store's schema has, as the engine spells them (lower case on PostgreSQL).
    public static func present(in db: StoreDB) throws -> [String] {
        let sql = switch db.dialect {
        case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        case .postgres: "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        }
        return try String.fetchAll(db, sql: sql).filter { !isBookkeeping($0) }
    }

    /// The number of rows of each table, in `all`'s order.
    public static func counts(in db: StoreDB) throws -> [Int] {
        try all.map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0.sql)") ?? 0 }
    }
}
