import ArgumentParser
import CorridorLedger
import Foundation

/// `corridor show`: one record with its evidence and history.
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a record (by ledger id or name) with its evidence, status history and related records.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "A ledger id (person:shehbaz-sharif) or a name (\"Gwadar Port\").")
    var idOrName: String

    @Option(help: "Output format: table, json, csv.")
    var format: QueryFormat = .table

    func run() async throws {
        let logger = global.makeLogger()
        try await reportingFailures {
            let store = try ledger.openStore(logger: logger, create: false)
            let id = try await resolveRecordID(idOrName, store: store)
            guard let detail = try await store.detail(of: id) else { throw CLIFailure.notFound(idOrName) }
            var out = StandardOutput()
            LedgerOutput.detail(detail, format: format, to: &out)
            out.flush()
        }
    }
}

/// The ledger id a user means: the id itself, or the best-attested record of that name.
func resolveRecordID(_ idOrName: String, store: any LedgerStore) async throws -> String {
    guard let best = try await store.find(idOrName).first else { throw CLIFailure.notFound("\"\(idOrName)\"") }
    return best.id
}
