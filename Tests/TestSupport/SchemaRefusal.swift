import GRDB
import Store
import Testing

/// Expects the schema itself (a CHECK, a key, a trigger) to refuse what `body` writes, on either engine: SQLite's
/// constraint error, or PostgreSQL's integrity class (SQLSTATE 23…). A type error or any other failure does not
/// count, so the statement under test must be valid SQL on both engines.
public func expectRefusedBySchema(_ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation,
                                  _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("accepté alors que le schéma devait refuser \(comment.map { "(\($0))" } ?? "")", sourceLocation: sourceLocation)
    } catch let error as DatabaseError {
        #expect(error.resultCode == .SQLITE_CONSTRAINT, "\(error)", sourceLocation: sourceLocation)
    } catch let error as PostgresStoreError {
        #expect(error.sqlState?.hasPrefix("23") == true, "\(error) \(comment.map { "\($0)" } ?? "")", sourceLocation: sourceLocation)
    } catch {
        Issue.record("refusé autrement que par le schéma : \(error)", sourceLocation: sourceLocation)
    }
}
