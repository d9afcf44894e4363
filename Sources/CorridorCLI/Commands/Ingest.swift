import ArgumentParser
import CorridorIngest
import CorridorLedger
import CorridorNLP
import CorridorResources
import Dispatch
import Foundation

/// `corridor ingest`: articles in, resolved and stored in the ledger.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store articles in the ledger, resolving entities and facts across articles.",
        discussion: """
            \(InputOptions.discussion)

            Extracts entities and facts, resolves them against the ledger and stores each \
            article in one transaction. Content already stored is skipped, so a run that was interrupted \
            (Ctrl-C, kill -9) can simply be started again. A progress bar with rate and ETA is drawn on a \
            terminal; a summary (new, duplicate, failed with reasons) ends the run.

            Exit status: 0 all stored, 1 some inputs failed, 3 the ledger failed, 130 interrupted.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "Files or folders to read; - for standard input.")
    var paths: [String] = []

    @Flag(name: .long, help: "Do not draw the progress bar.")
    var noProgress = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please give at least one file or folder to ingest (or - for stdin).") }
    }

    func run() async throws {
        let logger = global.makeLogger()
        try await reportingFailures {
            let language = try extraction.loadLanguage()
            let extractor = try Extractor(data: language)
            let store = try ledger.openStore(logger: logger, create: true, language: language)
            let inputs = input.reader.readAll(paths: paths)
            let pipeline = IngestPipeline(store: store, logger: logger, showsProgress: !noProgress && !global.quiet) {
                try extractor.extract($0)
            }
            let task = Task { try await pipeline.run(inputs, expectedTotal: inputs.inputCount) }
            // Ctrl-C finishes the current article's transaction, then stops with a summary.
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
            source.setEventHandler { task.cancel() }
            source.resume()
            let summary = try await task.value
            source.cancel()
            let counts = try await store.counts()
            report(summary, counts: counts)
            if summary.interrupted { throw ExitCode(130) }
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }

    private func report(_ s: IngestSummary, counts: LedgerCounts) {
        var lines: [String] = []
        lines.append(
            "ingest: \(s.stored) new, \(s.duplicates) duplicate, \(s.failures.count) failed"
                + (s.interrupted ? " (interrupted; run again to continue)" : ""))
        for f in s.failures { lines.append("  failed \(f.origin): [\(f.code)] \(f.reason)") }
        lines.append(
            "ledger \(ledger.db): \(counts.articles) articles in \(counts.stories) stories, \(counts.entities) entities, "
                + "\(counts.agreements) agreements, \(counts.commitments) commitments, \(counts.events) events, "
                + "\(counts.projects) projects")
        if !global.quiet || !s.failures.isEmpty {
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
