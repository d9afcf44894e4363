import Testing
import CorridorLedger
import CorridorLedgerSQLite
import Foundation
import Logging

/// The backends the contract suite runs against; PostgreSQL joins when it exists.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible {
    case inMemory, sqliteInMemory, sqliteFile

    var testDescription: String { rawValue }

    func make() throws -> any LedgerStore {
        let logger = Logger(label: "test")
        switch self {
        case .inMemory: return InMemoryLedgerStore(logger: logger)
        case .sqliteInMemory: return try SQLiteLedgerStore(inMemoryWith: LedgerWriter(), logger: logger)
        case .sqliteFile:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return try SQLiteLedgerStore(path: dir.appendingPathComponent("t.sqlite").path, logger: logger)
        }
    }
}
