import GRDB

/// The schema. Constraints live here, not only in Swift: SQLite enforces them for every writer.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-survey") { db in
            try db.create(table: "federation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "team") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("federation", onDelete: .cascade).notNull()
                t.column("name", .text).notNull().check { length($0) > 0 && length($0) <= 200 }
                t.column("fictional", .boolean).notNull().defaults(to: false)
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["federationId", "name"])
            }
            try db.create(table: "campaign") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("team", onDelete: .cascade).notNull()
                t.column("name", .text).notNull().check { length($0) > 0 }
                t.column("questionnaireVersion", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "respondent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("campaign", onDelete: .cascade).notNull()
                t.column("label", .text).notNull().check { length($0) > 0 && length($0) <= 100 }
                t.column("profession", .text).notNull()
                // 128 bits in base32 is 26 characters at least.
                t.column("token", .text).notNull().unique().check { length($0) >= 26 }
                t.column("revoked", .boolean).notNull().defaults(to: false)
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["campaignId", "label"])
            }
            try db.create(table: "answer") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("respondent", onDelete: .cascade).notNull()
                t.column("itemId", .text).notNull()
                t.column("value", .text).notNull()
                t.column("answeredAt", .datetime).notNull()
                t.uniqueKey(["respondentId", "itemId"])
            }
            try db.create(table: "teamAnswer") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("campaign", onDelete: .cascade).notNull()
                t.column("itemId", .text).notNull()
                t.column("value", .text).notNull()
                t.column("answeredAt", .datetime).notNull()
                t.uniqueKey(["campaignId", "itemId"])
            }
            try db.create(table: "action") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("campaign", onDelete: .cascade).notNull()
                t.column("dimensionId", .text).notNull()
                t.column("title", .text).notNull()
                t.column("lead", .text)
                t.column("dueDate", .text).check { $0 == nil || length($0) == 10 }
                t.column("means", .text).notNull()
                t.column("indicator", .text).notNull()
                t.column("status", .text).notNull().check { ["à faire", "en cours", "fait"].contains($0) }
                t.column("updatedAt", .datetime).notNull()
                t.uniqueKey(["campaignId", "dimensionId"])
            }
        }
        migrator.registerMigration("v2-web") { db in
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("email", .text).notNull().unique(onConflict: .abort).collate(.nocase)
                t.column("displayName", .text).notNull()
                t.column("passwordHash", .text).notNull().check { length($0) >= 50 }
                t.column("role", .text).notNull().check { ["admin", "dim", "facilitator", "coordinator"].contains($0) }
                t.belongsTo("team", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                // A coordinator sees only their team: the schema refuses a coordinator without one.
                t.check(sql: "role <> 'coordinator' OR teamId IS NOT NULL")
            }
            try db.create(table: "webSession") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("token", .text).notNull().unique().check { length($0) >= 26 }
                t.belongsTo("user", onDelete: .cascade).notNull()
                t.column("csrfToken", .text).notNull().check { length($0) >= 26 }
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "userGroupSession") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("software", .text).notNull().check { length($0) > 0 }
                t.column("date", .text).notNull().check { length($0) == 10 }
                // The session as JSON (Reports.UserGroupSession): its parts are always read and written together.
                t.column("data", .jsonText).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "userGroupSession_software", on: "userGroupSession", columns: ["software", "date"])
        }
        migrator.registerMigration("v3-completion") { db in
            // Set when a respondent submits the last page: optional questions left blank do not make them unfinished.
            try db.alter(table: "respondent") { t in t.add(column: "completedAt", .datetime) }
        }
        migrator.registerMigration("v4-email-normalised") { db in
            // Addresses are now stored in one spelling (`EmailAddress.normalised`); SQLite's NOCASE folds ASCII only,
            // so an address stored earlier with a non-ASCII capital or a combining accent would no longer be found.
            for row in try Row.fetchAll(db, sql: "SELECT id, email FROM user") {
                let email: String = row["email"], id: Int64 = row["id"]
                let normalised = EmailAddress.normalised(email)
                if normalised != email { try db.execute(sql: "UPDATE user SET email = ? WHERE id = ?", arguments: [normalised, id]) }
            }
        }
        migrator.registerMigration("v5-evidence", migrate: EvidenceSchema.create)
        migrator.registerMigration("v6-demo-evaluation", migrate: EvaluationSchema.create)
        migrator.registerMigration("v7-observations", migrate: ObservationSchema.create)
        migrator.registerMigration("v8-account-security", migrate: AccountSecuritySchema.create)
        migrator.registerMigration("v9-audit", migrate: AuditSchema.create)
        migrator.registerMigration("v10-invitations", migrate: InvitationSchema.create)
        migrator.registerMigration("v11-register", migrate: RegisterSchema.create)
        migrator.registerMigration("v12-followup", migrate: FollowUpSchema.create)
        migrator.registerMigration("v13-dashboard", migrate: DashboardSchema.create)
        migrator.registerMigration("v14-login-throttle", migrate: LoginThrottleSchema.create)
        return migrator
    }
}
