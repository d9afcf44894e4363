import ArgumentParser
import CorridorLedger
import Foundation

/// `corridor search`: full-text search over sentences and facts.
struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the ledger's sentences and facts (FTS5, ranked by bm25, matches highlighted).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "Words to find (all of them); put a phrase in double quotes.")
    var text: [String]

    @Option(help: "The most hits shown.")
    var limit = 20

    @Option(help: "Output format: table, json, csv.")
    var format: QueryFormat = .table

    func validate() throws {
        if text.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("Please give words to search for.") }
        if limit < 1 { throw ValidationError("Please give a --limit of 1 or more.") }
    }

    func run() async throws {
        let logger = global.makeLogger()
        try await reportingFailures {
            let store = try ledger.openStore(logger: logger, create: false)
            let hits = try await store.search(text.joined(separator: " "), limit: limit)
            if hits.isEmpty { throw CLIFailure.notFound("\"\(text.joined(separator: " "))\"") }
            var out = StandardOutput()
            switch format {
            case .json: for h in hits { out.writeLine(LedgerOutput.json(h)) }
            case .csv:
                out.write(CSV.row(["kind", "ref", "article", "rank", "snippet"]))
                for h in hits { out.write(CSV.row([h.kind, h.refID, h.articleID, String(format: "%.3f", h.rank), h.snippet])) }
            case .table:
                for h in hits {
                    out.writeLine("\(h.kind.padding(toLength: 10, withPad: " ", startingAt: 0)) \(h.refID)")
                    out.writeLine("           \(h.snippet)")
                }
            }
            out.flush()
        }
    }
}
