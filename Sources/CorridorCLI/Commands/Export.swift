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
            var file: FileHandle?
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output)
                else { throw ValidationError("Please check --output: cannot write \(output).") }
                file = h
            }
            // Written as produced, a chunk at a time: the export never holds the whole ledger.
            try await LedgerExporter(store: store).export(format.value) { s in
                if let file { file.write(Data(s.utf8)) } else { out.write(s) }
            }
            out.flush()
            try? file?.close()
        }
    }
}

/// The export formats as a command-line argument.
enum ExportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case eval, jsonl, csv, graphml, ftm

    var value: ExportFormat { ExportFormat(rawValue: rawValue) ?? .jsonl }
}
