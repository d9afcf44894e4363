import ArgumentParser
import CorridorIngest
import CorridorModel
import CorridorNLP
import CorridorResources
import Foundation
import Logging

/// `corridor extract`: articles in, entities and facts out, nothing stored.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities and facts from articles without storing them.",
        discussion: """
            \(InputOptions.discussion) No path reads standard input. The exit status is 1 when any \
            input failed.

            --format eval writes the prediction format of ../shared/eval (one JSON line per article).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders to read; - or nothing for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: eval, json (JSON Lines), table. Default: table on a terminal, json otherwise.")
    var format: OutputFormat?

    func validate() throws {
        if format == .csv { throw ValidationError("Please choose eval, json or table for extract; csv is for lists.") }
    }

    func run() throws {
        let logger = global.makeLogger()
        let extractor = try extraction.makeExtractor(logger: logger)
        let format = format ?? .automatic
        var out = StandardOutput()
        var failed = 0
        var done = 0
        try input.inputs(paths.isEmpty ? ["-"] : paths).forEach { item in
            switch item {
            case .failure(let error):
                failed += 1
                logger.error("\(error.description)")
            case .success(let article):
                let result = try extractor.extract(article)
                try ExtractionWriter.write(result, format: format, to: &out)
                done += 1
            }
        }
        out.flush()
        if failed > 0 {
            logger.error("\(failed) of \(failed + done) inputs failed")
            throw ExitCode(1)
        }
    }
}

/// Options of every command that runs the extraction pipeline.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: "An extra lexicon (JSON Lines, same format as the bundled gazetteers); repeatable.")
    var lexicon: [String] = []

    /// The bundled data plus the user's lexicons.
    func loadLanguage() throws -> LanguageData {
        for path in lexicon where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("Please check --lexicon: no file at \(path).")
        }
        return try LanguageResources.load(userLexicons: lexicon.map { URL(fileURLWithPath: $0) })
    }

    func makeExtractor(logger: Logger) throws -> Extractor {
        let clock = ContinuousClock()
        let t0 = clock.now
        let data = try loadLanguage()
        let t1 = clock.now
        let extractor = try Extractor(data: data)
        logger.debug("loaded \(data.lexicon.count) lexicon entries in \(t1 - t0), compiled in \(clock.now - t1)")
        return extractor
    }
}
