import CorridorModel
import Foundation

/// What a page says about itself: title, date, outlet and canonical URL.
///
/// Sources, strongest first:
/// - title: `og:title`, JSON-LD `headline`, `<title>` without its " | Site" suffix, the first `h1`;
/// - date: `article:published_time` and similar meta tags, JSON-LD `datePublished`, `<time datetime>`;
/// - outlet: `og:site_name`, JSON-LD `publisher.name`, the `<title>` suffix;
/// - URL: `<link rel="canonical">`, `og:url`, JSON-LD `url`.
struct HTMLMetadata: Sendable {
    var title: String?
    var publishedAt: PartialDate?
    var outlet: String?
    var url: String?
    /// JSON-LD `articleBody`, when the page has one.
    var articleBody: String?

    /// Meta tag names (lowercase `property`/`name`/`itemprop`) that carry the publication date.
    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
        "published_time", "cxenseparse:recs:publishtime", "datecreated",
    ]

    init(tree: HTMLTree) {
        var meta: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var firstHeading: String?
        var timeDate: String?
        var jsonLD: [String] = []
        for index in 0..<tree.count {
            switch tree[index].tag {
            case .meta:
                guard let content = tree.attribute("content", of: index), !content.isEmpty else { continue }
                // `itemprop="datePublished dateCreated"` names two properties.
                for key in ["property", "name", "itemprop"] {
                    for name in (tree.attribute(key, of: index) ?? "").lowercased().split(separator: " ")
                    where meta[String(name)] == nil {
                        meta[String(name)] = content
                    }
                }
            case .link:
                if canonical == nil, tree.attribute("rel", of: index)?.lowercased() == "canonical" {
                    canonical = tree.attribute("href", of: index)
                }
            case .title:
                if documentTitle == nil { documentTitle = Self.text(of: index, in: tree) }
            case .h1:
                if firstHeading == nil { firstHeading = Self.text(of: index, in: tree) }
            case .time:
                if timeDate == nil { timeDate = tree.attribute("datetime", of: index) }
            case .script:
                if tree.attribute("type", of: index)?.lowercased().contains("ld+json") == true {
                    jsonLD.append(tree.children(of: index).map { tree[$0].text }.joined())
                }
            default: continue
            }
        }
        let linked = JSONLDArticle(blocks: jsonLD)
        let split = Self.clean(documentTitle).map(Self.splitSiteSuffix)
        outlet = Self.clean(meta["og:site_name"]) ?? Self.clean(linked?.publisherName) ?? split?.site
        var title = Self.clean(meta["og:title"]) ?? Self.clean(linked?.headline) ?? split?.headline
        if title == nil { title = Self.clean(firstHeading) }
        if let full = title, let outlet { title = Self.removeSite(outlet, from: full) }
        self.title = title
        url = Self.clean(canonical) ?? Self.clean(meta["og:url"]) ?? Self.clean(linked?.url)
        let dateText =
            Self.dateKeys.lazy.compactMap { meta[$0] }.first { PublicationDateParser.date(from: $0) != nil }
            ?? linked?.datePublished ?? timeDate
        publishedAt = dateText.flatMap(PublicationDateParser.date(from:))
        articleBody = linked?.articleBody
    }

    /// All text under a node (including `<title>`, which the body renderer skips), spaces collapsed.
    private static func text(of index: Int, in tree: HTMLTree) -> String {
        let end = Int(tree[index].end)
        let text = (index + 1..<end).lazy.filter { tree[$0].tag == .text }.map { tree[$0].text }.joined(separator: " ")
        return text.split { $0.isWhitespace }.joined(separator: " ")
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let words = value.split { $0.isWhitespace }.joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "]

    /// Splits "Headline | Site" into its parts when the last part is short enough to be a site name.
    static func splitSiteSuffix(_ title: String) -> (headline: String, site: String?) {
        let title = clean(title) ?? ""
        var best: Range<String.Index>?
        for separator in separators {
            if let range = title.range(of: separator, options: .backwards),
                range.lowerBound > (best?.lowerBound ?? title.startIndex)
            {
                best = range
            }
        }
        guard let best else { return (title, nil) }
        let headline = String(title[..<best.lowerBound])
        let site = String(title[best.upperBound...])
        guard site.split(separator: " ").count <= 5, headline.split(separator: " ").count >= 2 else {
            return (title, nil)
        }
        return (headline, site)
    }

    /// Drops a trailing " | Outlet" from a title that repeats the outlet's name.
    private static func removeSite(_ site: String, from title: String) -> String {
        for separator in separators where title.hasSuffix(separator + site) {
            return String(title.dropLast(separator.count + site.count))
        }
        return title
    }
}
