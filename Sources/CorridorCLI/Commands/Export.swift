import ArgumentParser
import CorridorLedger
import Foundation

/// `corridor export`: the ledger in an exchange format.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole ledger in an exchange format.",
        discussion: """
            eval     one JSON line per article in the ../shared/eval prediction format, with ledger_id filled
            jsonl    one JSON line per ledger record, with its evidence and status history
            csv      one row per ledger record
            graphml  actors and their agreements, for Gephi
            ftm      FollowTheMoney entities (one JSON per line) for Aleph: ftm store / alephclient
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ledger: LedgerOptions

    @Option(help: "Export format: eval, jsonl, csv, graphml, ftm.")
    var format: ExportFormatArgument = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() async throws {
        let logger = global.makeLogger()
        try await reportingFailures {
            let store = try ledger.openStore(logger: logger, create: false)
            var out = StandardOutput()
            var chunks: [String] = []
            let toFile = output != nil
            try await LedgerExporter(store: store).export(format.value) { s in
                if toFile { chunks.append(s) } else { out.write(s) }
            }
            out.flush()
            if let output {
                do {
                    try chunks.joined().write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw ValidationError("Please check --output: cannot write \(output): \(error.localizedDescription)")
                }
            }
        }
    }
}

/// The export formats as a command-line argument.
enum ExportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case eval, jsonl, csv, graphml, ftm

    var value: ExportFormat { ExportFormat(rawValue: rawValue) ?? .jsonl }
}
