import ArgumentParser
import CorridorLedger
import Foundation

/// `corridor timeline`: what happened to or with a record, in date order.
struct Timeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The dated facts and status changes of an entity or project, oldest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "A ledger id or a name.")
    var idOrName: String

    @Option(help: "Output format: table, json, csv.")
    var format: QueryFormat = .table

    func run() async throws {
        let logger = global.makeLogger()
        try await reportingFailures {
            let store = try ledger.openStore(logger: logger, create: false)
            let id = try await resolveRecordID(idOrName, store: store)
            let entries = try await store.timeline(of: id)
            var out = StandardOutput()
            switch format {
            case .json: for e in entries { out.writeLine(LedgerOutput.json(e)) }
            case .csv:
                out.write(CSV.row(["date", "kind", "record", "status", "article", "summary"]))
                for e in entries {
                    out.write(CSV.row([e.date?.description ?? "", e.kind.rawValue, e.recordID, e.status?.rawValue ?? "", e.articleID, e.summary]))
                }
            case .table:
                out.writeLine("━━ timeline of \(id) (\(entries.count) entries)")
                for e in entries {
                    out.writeLine("\((e.date?.description ?? "undated").padding(toLength: 11, withPad: " ", startingAt: 0)) \(e.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(e.summary.prefix(100))  [\(e.articleID)]")
                }
            }
            out.flush()
        }
    }
}
