public import CorridorModel

/// Streams the articles of a list of paths, one at a time, each a result: an article or the reason
/// an input could not be read.
///
/// Every format ``ArticleSourceReader`` knows is read: text with or without the corpus header,
/// HTML, JSON Lines, RSS/Atom, and gzip-compressed versions of them; `-` is standard input.
public struct ArticleInputs: Sendable {
    /// The paths given by the user.
    public var paths: [String]
    /// The largest input accepted.
    public var maxBytes: Int
    /// Force one format for every input instead of choosing by extension and content.
    public var format: ArticleFormat?

    /// Creates the input list.
    public init(paths: [String], maxBytes: Int = 8 << 20, format: ArticleFormat? = nil) {
        self.paths = paths
        self.maxBytes = maxBytes
        self.format = format
    }

    /// Calls `body` for each article or failure in order; only one input is in memory at a time.
    public func forEach(_ body: (Result<Article, IngestError>) throws -> Void) rethrows {
        for item in ArticleSourceReader(maxBytes: maxBytes, format: format).readAll(paths: paths) {
            try body(item)
        }
    }
}
