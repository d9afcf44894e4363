public import CorridorModel
import Foundation

/// Reads a web page and returns its article: the main body as plain text plus title, date,
/// outlet and URL from the page's metadata.
///
/// The page is parsed with libxml2's forgiving HTML parser (network access off, errors
/// recovered), decoded with the charset the page declares or UTF-8. The body is found by a
/// Readability-style content scorer (see `docs/html-reader.md`): navigation, sidebars, share
/// bars, related-link lists, comments, captions and scripts are left out. Paragraphs are
/// separated by a blank line; headings, list items and table rows stand on their own lines.
///
/// ```swift
/// let reader = HTMLArticleReader()
/// let article = try reader.article(from: bytes, id: "dawn-001", origin: "pages/dawn-001.html")
/// print(article.title ?? "", article.publishedAt?.description ?? "", article.text)
/// ```
public struct HTMLArticleReader: Sendable {
    /// The byte checks applied before parsing (size limit, binary data, UTF-8).
    public var decoding: TextDecoding

    /// Creates a reader.
    ///
    /// - Parameter decoding: The byte checks; the default limit is 8 MiB.
    public init(decoding: TextDecoding = TextDecoding()) {
        self.decoding = decoding
    }

    /// Extracts the article from the bytes of a page.
    ///
    /// - Parameters:
    ///   - bytes: The page as stored or received.
    ///   - id: The document id to give the article.
    ///   - origin: The path (or `-`) named in errors.
    /// - Returns: The article; `text` holds the body only, the headline is in `title`.
    /// - Throws: ``IngestError`` `.empty`, `.tooLarge`, `.binary` or `.invalidUTF8` for bytes that
    ///   are not a page (invalid UTF-8 is accepted when the page declares another charset), and
    ///   `.empty` when the page has no article text.
    public func article(from bytes: [UInt8], id: String, origin: String) throws(IngestError) -> Article {
        let encoding = CharsetSniffer.encoding(of: bytes)
        if encoding == "UTF-8" {
            _ = try decoding.decode(bytes, origin: origin)
        } else {
            try checkSizeAndBinary(bytes, origin: origin)
        }
        guard let tree = HTMLTree.parse(bytes, encoding: encoding) else {
            throw IngestError(.malformed, origin: origin, detail: "not an HTML document (the parser found no markup)")
        }
        let metadata = HTMLMetadata(tree: tree)
        var extracted = ContentExtractor(tree: tree).extract()
        if let declared = metadata.articleBody.map(declaredBody), Self.shouldPrefer(declared, over: extracted) {
            extracted = declared
        }
        let body = BodyTidier.removingTrailingCallsToAction(
            from: BodyTidier.removingHeadline(metadata.title, from: extracted))
        guard !body.isEmpty else {
            throw IngestError(.empty, origin: origin, detail: "no article text found in the page")
        }
        return Article(
            id: id, text: body, url: metadata.url, title: metadata.title, publishedAt: metadata.publishedAt,
            outlet: metadata.outlet)
    }

    /// Extracts the article from a page already decoded to a string.
    ///
    /// - Throws: ``IngestError`` as ``article(from:id:origin:)``.
    public func article(fromHTML html: String, id: String, origin: String) throws(IngestError) -> Article {
        try article(from: Array(html.utf8), id: id, origin: origin)
    }

    /// The plain text of an HTML fragment (a feed item's content), without scoring: everything
    /// except scripts, hidden elements and captions, with the same paragraph layout as pages.
    ///
    /// - Parameter html: A fragment such as `<p>One</p><p>Two &amp; three</p>`.
    /// - Returns: The text, e.g. `"One\n\nTwo & three"`; empty when nothing readable is left.
    public func plainText(fromFragment html: String) -> String {
        let wrapped = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>"
        guard let tree = HTMLTree.parse(Array(wrapped.utf8), encoding: "UTF-8") else { return "" }
        var pass = ContentPass(extractor: ContentExtractor(tree: tree), flags: [])
        pass.pruneNeverContent()
        pass.computeStatistics()
        guard let body = tree.first(.body) else { return "" }
        pass.removeCaptions(in: body)
        var renderer = PlainTextRenderer(tree: tree, removed: pass.removed)
        renderer.render(body)
        return renderer.finish()
    }

    /// JSON-LD `articleBody` as text: HTML markup rendered, whitespace tidied, paragraphs kept.
    private func declaredBody(_ articleBody: String) -> String {
        if JSONLinesArticleReader.looksLikeHTML(articleBody) { return plainText(fromFragment: articleBody) }
        return articleBody.components(separatedBy: "\n")
            .map { $0.split { $0.isWhitespace }.joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    /// Whether the page's declared body should replace the extracted one: only when it is
    /// substantial and the extraction shares less than half its vocabulary (the scorer picked
    /// the wrong block, or the page renders its text with scripts).
    static func shouldPrefer(_ declared: String, over extracted: String) -> Bool {
        guard declared.count >= 500 else { return false }
        let declaredWords = words(declared)
        guard !declaredWords.isEmpty else { return false }
        let shared = declaredWords.intersection(words(extracted)).count
        return shared * 2 < declaredWords.count
    }

    private static func words(_ text: String) -> Set<Substring> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber })
    }

    private func checkSizeAndBinary(_ bytes: [UInt8], origin: String) throws(IngestError) {
        if bytes.count > decoding.maxBytes {
            throw IngestError(
                .tooLarge, origin: origin,
                detail: "too large (\(bytes.count >> 20) MB > \(decoding.maxBytes >> 20) MB limit); raise --max-bytes")
        }
        if bytes.contains(0) {
            throw IngestError(.binary, origin: origin, detail: "binary data (NUL byte), not a web page")
        }
    }
}
