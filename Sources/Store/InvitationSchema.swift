import GRDB

/// Invitations (issue 12, part 6): a respondent's e-mail address and how far they went in the questionnaire, and
/// the log of every invitation and reminder sent. Self-contained: `Migrations` registers it with one line.
enum InvitationSchema {
    static let kinds = ["invitation", "relance"]

    static func create(_ db: Database) throws {
        try db.alter(table: "respondent") { t in
            t.add(column: "email", .text).check { $0 == nil || (length($0) >= 3 && length($0) <= 254) }
            // The furthest page saved and the page count of the profession's questionnaire at that time (pages are
            // cut by the web application; storing the count keeps « page k sur n » true for the CLI's CSV too).
            t.add(column: "lastPage", .integer).check { $0 == nil || $0 >= 1 }
            t.add(column: "pageCount", .integer).check { $0 == nil || $0 >= 1 }
        }
        try db.create(table: "invitationSending") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("respondent", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull().check { kinds.contains($0) }
            // The address it went to (the respondent's may change later) and who sent it (an account's address,
            // or « ligne de commande »).
            t.column("email", .text).notNull().check { length($0) >= 3 }
            t.column("sentBy", .text).notNull().check { length($0) > 0 }
            t.column("sentAt", .datetime).notNull()
        }
        try db.create(index: "invitationSending_respondent", on: "invitationSending", columns: ["respondentId", "sentAt"])
    }
}
