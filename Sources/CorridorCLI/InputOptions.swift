import ArgumentParser
import CorridorIngest

/// Options of every command that reads articles.
struct InputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read every input as this format instead of choosing by extension and content: text, html, jsonl, feed.",
            valueName: "format"))
    var inputFormat: InputFormat?

    @Option(name: .long, help: "The largest input file read, in bytes.")
    var maxBytes: Int = 8 << 20

    /// The reader these options describe.
    var reader: ArticleSourceReader { ArticleSourceReader(maxBytes: maxBytes, format: inputFormat?.articleFormat) }

    /// The articles of `paths`, one at a time.
    func inputs(_ paths: [String]) -> ArticleInputs { ArticleInputs(paths: paths, maxBytes: maxBytes, format: inputFormat?.articleFormat) }

    /// The paragraph on inputs that every reading command's help repeats.
    static let discussion = """
        Inputs are files, folders (searched recursively for .txt .md .html .htm .xhtml .jsonl \
        .ndjson .xml .rss .atom, each optionally .gz) or - for standard input. The format comes from \
        the extension and the first bytes: plain text (optionally with the corpus header url:, date:, \
        outlet:, pair:, then an empty line), HTML pages (main content only), JSON Lines (one article \
        per line) and RSS/Atom feeds. Inputs that cannot be read (empty, binary, not UTF-8, larger \
        than --max-bytes, malformed) are reported on standard error with the reason and skipped.
        """
}

/// The input formats, as a command-line argument.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, html, jsonl, feed

    var articleFormat: ArticleFormat {
        switch self {
        case .text: .text
        case .html: .html
        case .jsonl: .jsonLines
        case .feed: .feed
        }
    }
}
