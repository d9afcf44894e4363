public import CorridorModel
import Foundation

/// Reads JSON Lines files: one article record per line, streamed.
///
/// A record is a JSON object with the body in `text`, `body` or `content` (HTML bodies are turned
/// into plain text), and optionally `id`, `url`, `title`, `date`/`published`/`publishedAt`,
/// `outlet`/`source` (a string or an object with a `name`) and `pair`. The file is read through a
/// small buffer, one line at a time; a bad line yields an ``IngestError`` whose origin is
/// `path:line` and reading goes on with the next line. Blank lines are skipped.
///
/// ```swift
/// for result in JSONLinesArticleReader().articles(atPath: "feed.jsonl") {
///     switch result {
///     case .success(let article): print(article.id, article.title ?? "")
///     case .failure(let error): print("skipped", error)
///     }
/// }
/// ```
public struct JSONLinesArticleReader: Sendable {
    /// The checks applied to each line (size limit per record, binary data, UTF-8).
    public var decoding: TextDecoding
    /// Turns HTML bodies into text.
    public var htmlReader: HTMLArticleReader

    /// Creates a reader.
    ///
    /// - Parameter decoding: The per-record checks; the default limit is 8 MiB per line.
    public init(decoding: TextDecoding = TextDecoding()) {
        self.decoding = decoding
        self.htmlReader = HTMLArticleReader(decoding: decoding)
    }

    /// The articles of a file, read lazily line by line.
    ///
    /// - Parameter path: A `.jsonl`/`.ndjson` file.
    /// - Returns: A sequence yielding one result per non-blank line; a file that cannot be opened
    ///   yields a single `.unreadable` error.
    public func articles(atPath path: String) -> JSONLinesSequence {
        JSONLinesSequence(reader: self, source: .file(path))
    }

    /// The articles in JSON Lines bytes already in memory (standard input, a decompressed file).
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - name: The base for generated ids (`<name>-<line>`).
    ///   - origin: The path or `-` named in errors.
    public func articles(from bytes: [UInt8], name: String, origin: String) -> JSONLinesSequence {
        JSONLinesSequence(reader: self, source: .bytes(bytes, name: name, origin: origin))
    }

    /// Decodes one record.
    ///
    /// - Parameters:
    ///   - line: The line's bytes, without the newline.
    ///   - defaultID: The id used when the record has none, e.g. `feed-12`.
    ///   - origin: `path:line`, named in errors.
    /// - Throws: ``IngestError`` `.invalidUTF8`, `.binary`, `.malformed` (not a JSON object) or
    ///   `.empty` (no body).
    public func article(fromLine line: [UInt8], defaultID: String, origin: String) throws(IngestError) -> Article {
        let text = try decoding.decode(line, origin: origin)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw IngestError(.malformed, origin: origin, detail: "not valid JSON; each line must be one JSON object")
        }
        guard let record = json as? [String: Any] else {
            throw IngestError(.malformed, origin: origin, detail: "not a JSON object; each line must be one object")
        }
        guard let rawBody = Self.string(record, ["text", "body", "content"]) else {
            throw IngestError(
                .empty, origin: origin, detail: "no article text: give it in \"text\", \"body\" or \"content\"")
        }
        let body = Self.looksLikeHTML(rawBody) ? htmlReader.plainText(fromFragment: rawBody) : rawBody
        guard !body.allSatisfy(\.isWhitespace) else {
            throw IngestError(.empty, origin: origin, detail: "the article text is empty")
        }
        var id = defaultID
        if let given = record["id"] {
            if let value = given as? String, !value.isEmpty { id = value }
            if let value = given as? NSNumber { id = value.stringValue }
        }
        let source = (record["source"] as? [String: Any]).flatMap { Self.string($0, ["name", "title"]) }
        return Article(
            id: id, text: body, url: Self.string(record, ["url", "link"]), title: Self.string(record, ["title"]),
            publishedAt: Self.string(record, ["date", "published", "publishedAt", "published_at", "pubDate"])
                .flatMap(PublicationDateParser.date(from:)),
            outlet: Self.string(record, ["outlet", "source"]) ?? source, pair: Self.string(record, ["pair"]))
    }

    private static func string(_ record: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = record[key] as? String, !value.allSatisfy(\.isWhitespace) { return value }
        }
        return nil
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2000).lowercased()
        return head.contains("</p>") || head.contains("<p>") || head.contains("<br") || head.contains("</div>")
    }
}
