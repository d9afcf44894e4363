import ArgumentParser
import CorridorIngest
import CorridorModel
import Foundation
import Logging

/// `corridor read`: what the readers make of each input, without extracting or storing anything.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the readers make of each input (text, HTML, JSON Lines, RSS/Atom).",
        discussion: """
            Prints one record per article: doc (the file name, or file-line for JSON Lines), url, \
            title, date, outlet and the body text as extracted — for HTML the main content without \
            navigation, ads, related links or comments. Inputs that cannot be read are reported on \
            standard error; the exit status is 1 when any failed.

            \(InputOptions.discussion)
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files or folders to read; - or nothing for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: json (one JSON line per article) or table.")
    var format: OutputFormat?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let format, format != .json && format != .table {
            throw ValidationError("Please choose json or table for read.")
        }
    }

    func run() throws {
        let logger = global.makeLogger()
        let format = format ?? .automatic
        var out = StandardOutput()
        var failed = 0
        var done = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try input.inputs(paths.isEmpty ? ["-"] : paths).forEach { item in
            switch item {
            case .failure(let error):
                failed += 1
                logger.error("\(error.description)")
            case .success(let a):
                done += 1
                if format == .table {
                    out.write(
                        "━━ \(a.id)\n  title   \(a.title ?? "–")\n  date    \(a.publishedAt?.description ?? "–")\n"
                            + "  outlet  \(a.outlet ?? "–")\n  url     \(a.url ?? "–")\n  text    \(a.text.count) characters\n\n"
                            + a.text + "\n\n")
                } else {
                    let record = ReadRecord(
                        doc: a.id, url: a.url, title: a.title, date: a.publishedAt?.description, outlet: a.outlet,
                        text: a.text)
                    out.writeLine(String(decoding: try encoder.encode(record), as: UTF8.self))
                }
            }
        }
        out.flush()
        if failed > 0 {
            logger.error("\(failed) of \(failed + done) inputs failed")
            throw ExitCode(1)
        }
    }
}

/// One line of `corridor read --format json`.
struct ReadRecord: Encodable {
    var doc: String
    var url: String?
    var title: String?
    var date: String?
    var outlet: String?
    var text: String
}
