import CorridorLedger
import GRDB

extension StoreError {
    /// Translates any error thrown by GRDB or SQLite into a ``StoreError``.
    static func translating(_ error: any Error) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let e = error as? DatabaseError else { return .backend("\(error)") }
        // The statement's first words say which table broke the rule ("INSERT INTO factParticipant").
        let statement = e.sql.map { " in `" + $0.split(whereSeparator: \.isWhitespace).prefix(4).joined(separator: " ") + "`" }
        let detail = (e.message ?? "\(e)") + (statement ?? "")
        switch e.resultCode {
        case .SQLITE_CONSTRAINT: return .constraint(detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(detail)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt(detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: return .cannotOpen("the database", detail)
        default: return .backend(detail)
        }
    }
}

/// Runs a GRDB call, translating its errors.
func translating<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do {
        return try body()
    } catch {
        throw StoreError.translating(error)
    }
}
