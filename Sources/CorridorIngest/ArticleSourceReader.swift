public import CorridorModel

/// Reads articles from files, folders and standard input in any supported format.
///
/// The format comes from the extension (`.txt .md`, `.html .htm .xhtml`, `.jsonl .ndjson`,
/// `.xml .rss .atom`, each optionally `.gz`-compressed) or, failing that, from sniffing the first
/// bytes. Results come lazily, one file at a time (JSON Lines files one line at a time), so a
/// caller can stream thousands of inputs with flat memory. Every failure is an ``IngestError``
/// naming the file (or `file:line`, `file#item`), and reading goes on with the next input.
///
/// ```swift
/// let reader = ArticleSourceReader()
/// for result in reader.readAll(paths: ["pages/", "feeds/dawn.rss", "-"]) {
///     switch result {
///     case .success(let article): print(article.id, article.title ?? "")
///     case .failure(let error): FileHandle.standardError.write(Data("\(error)\n".utf8))
///     }
/// }
/// ```
public struct ArticleSourceReader: Sendable {
    /// The largest input (or decompressed input, or JSON Lines record) read, in bytes.
    public var maxBytes: Int
    /// A format forced on every input (as with `--format-hint`); nil picks per input.
    public var format: ArticleFormat?

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - maxBytes: The size limit per input; the default is 8 MiB.
    ///   - format: A format for every input, or nil to go by extension and content.
    public init(maxBytes: Int = 8 << 20, format: ArticleFormat? = nil) {
        self.maxBytes = maxBytes
        self.format = format
    }

    /// Every article in the given files, folders (walked recursively for known extensions) and
    /// `-` (standard input), lazily and in a stable order.
    ///
    /// - Parameter paths: Files, folders, or `-`.
    /// - Returns: A sequence of results; iterate it once.
    public func readAll(paths: [String]) -> ArticleStream {
        ArticleStream(reader: self, inputs: InputFiles(extensions: ArticleFormat.knownExtensions).expand(paths))
    }

    /// The articles of one file.
    ///
    /// - Parameter path: The file.
    /// - Returns: One result for a page or text file, one per record or item for JSON Lines and feeds.
    public func articles(inFile path: String) -> ArticleStream {
        ArticleStream(reader: self, inputs: [.success(.file(path))])
    }

    /// The articles in bytes already read (standard input, a download).
    ///
    /// - Parameters:
    ///   - bytes: The input, possibly gzip-compressed.
    ///   - name: The document id (base for generated ids in multi-article formats).
    ///   - origin: The path or `-` named in errors.
    ///   - pathExtension: An extension that hints at the format, if any.
    /// - Returns: The results, in input order.
    public func articles(from bytes: [UInt8], name: String, origin: String, pathExtension: String? = nil)
        -> [Result<Article, IngestError>]
    {
        var results: [Result<Article, IngestError>] = []
        var iterator = ArticleStream.Iterator(reader: self, inputs: [])
        iterator.load(bytes: bytes, name: name, origin: origin, pathExtension: pathExtension)
        while let result = iterator.next() { results.append(result) }
        return results
    }

    /// The format of an input: the forced one, else the extension's, else the sniffed one.
    func resolveFormat(pathExtension: String?, bytes: [UInt8]) -> ArticleFormat {
        if let format { return format }
        if let pathExtension, let byExtension = ArticleFormat(pathExtension: pathExtension) {
            // A .xml file can still be a web page; a feed never starts with <!doctype html>.
            if byExtension == .feed, ArticleFormat.sniff(bytes) == .html { return .html }
            return byExtension
        }
        return ArticleFormat.sniff(bytes)
    }
}
