internal import CLibXML2
public import CorridorModel

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item or entry becomes an article.
///
/// The feed is parsed with libxml2's XML parser with network access, DTD loading and entity
/// substitution off (so no external entities and no entity expansion bombs). The body comes from
/// `content:encoded`, Atom `content`, `description` or `summary`, whichever is longest, turned
/// from HTML into text like a page body; `title`, `link`, `pubDate`/`published`/`updated`/`dc:date`
/// fill the metadata, and the channel or feed title is the outlet. The document id is a slug of
/// the item's `guid`/`id`/link, or `<file name>-<n>`.
///
/// ```swift
/// let results = try FeedArticleReader().articles(from: bytes, name: "dawn", origin: "dawn.rss")
/// ```
public struct FeedArticleReader: Sendable {
    /// The byte checks applied to the whole feed.
    public var decoding: TextDecoding
    private let htmlReader: HTMLArticleReader

    /// Creates a reader.
    ///
    /// - Parameter decoding: The checks on the feed's bytes; the default limit is 8 MiB.
    public init(decoding: TextDecoding = TextDecoding()) {
        self.decoding = decoding
        self.htmlReader = HTMLArticleReader(decoding: decoding)
    }

    /// Reads every item of a feed.
    ///
    /// - Parameters:
    ///   - bytes: The feed document.
    ///   - name: The base for generated ids (`<name>-<n>`), usually the file name without extension.
    ///   - origin: The path or `-` named in errors; an item's errors name `origin#n`.
    /// - Returns: One result per item, in feed order (an item without text is an `.empty` error).
    /// - Throws: ``IngestError`` when the bytes are not a readable RSS or Atom document.
    public func articles(from bytes: [UInt8], name: String, origin: String) throws(IngestError)
        -> [Result<Article, IngestError>]
    {
        _ = try decoding.decode(bytes, origin: origin)
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue | XML_PARSE_RECOVER.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlReadMemory(chars, Int32(clamping: buffer.count), nil, nil, options)
                }
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            throw IngestError(.malformed, origin: origin, detail: "not a well-formed XML feed")
        }
        defer { xmlFreeDoc(document) }
        let items: [xmlNodePtr]
        let outlet: String?
        switch XMLNodes.name(root) {
        case "rss", "RDF":
            let channel = XMLNodes.children(root).first { XMLNodes.name($0) == "channel" }
            outlet = channel.flatMap { XMLNodes.childText($0, "title") }
            let holders = [root] + (channel.map { [$0] } ?? [])
            items = holders.flatMap { XMLNodes.children($0).filter { XMLNodes.name($0) == "item" } }
        case "feed":
            outlet = XMLNodes.childText(root, "title")
            items = XMLNodes.children(root).filter { XMLNodes.name($0) == "entry" }
        default:
            throw IngestError(
                .unsupported, origin: origin,
                detail: "XML root <\(XMLNodes.name(root))> is neither an RSS <rss> nor an Atom <feed>")
        }
        return items.enumerated().map { offset, item in
            article(from: item, number: offset + 1, outlet: outlet, name: name, origin: origin)
        }
    }

    private func article(from item: xmlNodePtr, number: Int, outlet: String?, name: String, origin: String)
        -> Result<Article, IngestError>
    {
        let fields = FeedItemFields(item)
        let body = fields.bodies.map(htmlReader.plainText(fromFragment:)).max { $0.count < $1.count } ?? ""
        guard !body.allSatisfy(\.isWhitespace) else {
            return .failure(IngestError(.empty, origin: "\(origin)#\(number)", detail: "feed item has no text"))
        }
        let id = Self.slug(fields.guid ?? fields.link) ?? "\(name)-\(number)"
        return .success(
            Article(
                id: id, text: body, url: fields.link, title: fields.title,
                publishedAt: fields.date.flatMap(PublicationDateParser.date(from:)), outlet: outlet))
    }

    /// A file-name-safe id from a guid or URL: scheme dropped, runs of other characters become `-`.
    static func slug(_ value: String?) -> String? {
        guard var text = value?.lowercased() else { return nil }
        for scheme in ["https://", "http://", "urn:", "tag:"] where text.hasPrefix(scheme) {
            text.removeFirst(scheme.count)
        }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        if out.count > 100 { out = String(out.suffix(100)) }
        while out.first == "-" { out.removeFirst() }
        return out.isEmpty ? nil : out
    }
}

/// The fields of one RSS item or Atom entry.
private struct FeedItemFields {
    var title: String?
    var link: String?
    var guid: String?
    var date: String?
    var bodies: [String] = []

    init(_ item: xmlNodePtr) {
        var published: String?
        var updated: String?
        for child in XMLNodes.children(item) {
            switch XMLNodes.name(child) {
            case "title": title = XMLNodes.text(child).flatMap(Self.clean)
            case "link":
                let rel = XMLNodes.attribute(child, "rel") ?? "alternate"
                if let href = XMLNodes.attribute(child, "href") {
                    if rel == "alternate" || link == nil { link = href }
                } else if link == nil {
                    link = XMLNodes.text(child).flatMap(Self.clean)
                }
            case "guid", "id": guid = XMLNodes.text(child).flatMap(Self.clean)
            case "pubDate", "published", "issued": published = XMLNodes.text(child)
            case "date", "updated", "modified": updated = XMLNodes.text(child)
            case "encoded", "description", "summary":
                if let text = XMLNodes.text(child) { bodies.append(text) }
            case "content":
                if XMLNodes.attribute(child, "type") == "xhtml" {
                    bodies.append(XMLNodes.innerMarkup(child))
                } else if let text = XMLNodes.text(child) {
                    bodies.append(text)
                }
            default: continue
            }
        }
        date = published ?? updated
    }

    private static func clean(_ text: String) -> String? {
        let words = text.split { $0.isWhitespace }.joined(separator: " ")
        return words.isEmpty ? nil : words
    }
}
