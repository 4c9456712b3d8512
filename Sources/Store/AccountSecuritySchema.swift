import GRDB

/// Account administration: an account can be disabled (it keeps its history but cannot sign in), and the admin can
/// issue one-time password reset links. Only the SHA-256 of a link's token is stored, so a copy of the database
/// does not hand out working links.
enum AccountSecuritySchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "user") { t in t.add(column: "disabledAt", .datetime) }
        try db.create(table: "passwordReset") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("user", onDelete: .cascade).notNull()
            // Hex SHA-256 of the token given to the admin.
            t.column("tokenHash", .text).notNull().unique().check { length($0) == 64 }
            t.column("createdAt", .datetime).notNull()
            t.column("expiresAt", .datetime).notNull()
            t.column("usedAt", .datetime)
        }
    }
}
