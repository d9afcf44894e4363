/// The kinds of input Corridor reads articles from.
public enum ArticleFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text or Markdown, optionally with the corpus `url:` header.
    case text
    /// A web page.
    case html
    /// JSON Lines: one article record per line.
    case jsonLines = "jsonl"
    /// An RSS or Atom feed.
    case feed

    /// File extensions (lowercase, no dot) read from folders; each may also end in `.gz`.
    public static let knownExtensions: Set<String> = [
        "txt", "md", "html", "htm", "xhtml", "jsonl", "ndjson", "xml", "rss", "atom", "gz",
    ]

    /// The format an extension stands for, or nil when it says nothing.
    ///
    /// - Parameter pathExtension: An extension without the dot, any case.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "md", "text", "markdown": self = .text
        case "html", "htm", "xhtml", "shtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        case "xml", "rss", "atom": self = .feed
        default: return nil
        }
    }

    /// The format that the first bytes of an input look like.
    ///
    /// Markup is recognised after an optional byte-order mark, whitespace and comments:
    /// `<rss`, `<feed`, `<rdf:RDF` are feeds, `<!doctype html`, `<html` and other tags are HTML;
    /// `{` starts JSON Lines; anything else is text.
    ///
    /// - Parameter bytes: The start of the input (1 KB is plenty).
    public static func sniff(_ bytes: some Collection<UInt8>) -> ArticleFormat {
        var head = Array(bytes.prefix(4096))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("{") { return .jsonLines }
        guard trimmed.hasPrefix("<") else { return .text }
        if text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:rdf") { return .feed }
        if trimmed.hasPrefix("<?xml"), !text.contains("<html") { return .feed }
        return .html
    }
}
