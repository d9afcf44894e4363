public import CorridorModel

/// Reads a plain-text article, with or without the evaluation corpus header.
///
/// The header is a block of `key: value` lines starting with `url:`, ending at the first empty line:
///
/// ```
/// url: https://…
/// date: 2025-02-06
/// outlet: Dawn
/// pair: PK-CN
///
/// <body>
/// ```
///
/// `date: unknown` leaves the date unset. A file without a header is all body.
public struct TextArticleReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Splits `text` into header fields and body and returns the article.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - id: The document id (file name without extension).
    /// - Throws: ``IngestError`` `.empty` when the body is empty.
    public func article(from text: String, id: String, origin: String) throws(IngestError) -> Article {
        var article = Article(id: id, text: text)
        guard text.hasPrefix("url:") else { return article }
        // The body starts after the first blank line; offsets are into the body, as the scorer reads it.
        guard let blank = text.range(of: "\n\n") else {
            throw IngestError(.empty, origin: origin, detail: "header without body: no empty line after the header")
        }
        let header = text[..<blank.lowerBound]
        article.text = String(text[blank.upperBound...])
        for line in header.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces())
            guard !value.isEmpty else { continue }
            switch key {
            case "url": article.url = value == "seed" ? nil : value
            case "date": article.publishedAt = PartialDate(iso: String(value.prefix(10)))
            case "outlet": article.outlet = value
            case "pair": article.pair = value
            case "title": article.title = value
            default: break
            }
        }
        if article.text.allSatisfy(\.isWhitespace) {
            throw IngestError(.empty, origin: origin, detail: "empty: the header has no body after it")
        }
        return article
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
