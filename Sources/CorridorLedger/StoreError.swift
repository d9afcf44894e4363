/// Why a ledger operation failed, with a stable code and a message that says what to do.
///
/// Every backend translates its own errors (SQLite result codes, decoding failures) into this one
/// type, so callers handle one error whatever the store.
///
/// ```swift
/// do { try await store.ingest(extraction, contentHash: hash) }
/// catch { print(error.code, error.description) }   // "STO002", "cannot open …"
/// ```
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Reason: String, Sendable, Hashable {
        case cannotOpen = "STO001"
        case migration = "STO002"
        case constraint = "STO003"
        case corrupt = "STO004"
        case busy = "STO005"
        case invalidQuery = "STO006"
        case encoding = "STO007"
        case notFound = "STO008"
        case backend = "STO009"
    }

    private let reason: Reason
    /// What failed, for the user.
    public let message: String

    private init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// The stable code, e.g. `"STO001"`.
    public var code: String { reason.rawValue }

    public var description: String { "\(code): \(message)" }

    /// The database cannot be opened or created at `path`.
    public static func cannotOpen(_ path: String, _ detail: String) -> StoreError {
        StoreError(
            .cannotOpen,
            "cannot open the ledger at \(path): \(detail). Check the path and permissions, or pass --db FILE.")
    }

    /// A schema migration failed.
    public static func migration(_ name: String, _ detail: String) -> StoreError {
        StoreError(
            .migration,
            "migration \(name) failed: \(detail). The file may come from a newer Corridor; use a new --db file.")
    }

    /// A write broke a schema invariant; the transaction was rolled back.
    public static func constraint(_ detail: String) -> StoreError {
        StoreError(.constraint, "a write broke a ledger invariant and was rolled back: \(detail)")
    }

    /// The file is not a ledger or is damaged.
    public static func corrupt(_ detail: String) -> StoreError {
        StoreError(
            .corrupt,
            "the ledger file is damaged or not a Corridor ledger: \(detail). Re-ingest into a new --db file.")
    }

    /// Another process holds the database.
    public static func busy(_ detail: String) -> StoreError {
        StoreError(.busy, "the ledger is locked by another process: \(detail). Wait for it to finish and retry.")
    }

    /// A search or filter could not be understood.
    public static func invalidQuery(_ query: String, _ detail: String) -> StoreError {
        StoreError(
            .invalidQuery, "cannot run the query \"\(query)\": \(detail). Use plain words, or quote a phrase.")
    }

    /// Stored data could not be encoded or decoded.
    public static func encoding(_ detail: String) -> StoreError {
        StoreError(.encoding, "stored data could not be read or written: \(detail)")
    }

    /// Nothing in the ledger has this id or name.
    public static func notFound(_ what: String) -> StoreError {
        StoreError(.notFound, "nothing in the ledger matches \(what). Try `corridor search` or `corridor list`.")
    }

    /// Any other backend failure.
    public static func backend(_ detail: String) -> StoreError {
        StoreError(.backend, "the ledger backend failed: \(detail)")
    }

    /// Whether this error means "no such record".
    public var isNotFound: Bool { reason == .notFound }
}
