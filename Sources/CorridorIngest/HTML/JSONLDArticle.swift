import Foundation

/// The article fields found in a page's JSON-LD (`<script type="application/ld+json">`) blocks.
///
/// Looks through objects, arrays and `@graph` lists for the first object whose `@type` is an
/// article kind (`NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle`…), falling back
/// to any object with a `headline`.
struct JSONLDArticle: Sendable, Equatable {
    var headline: String?
    var datePublished: String?
    var publisherName: String?
    var articleBody: String?
    var url: String?

    /// Parses the JSON-LD blocks' texts; returns nil when none describes an article.
    init?(blocks: [String]) {
        var candidates: [[String: Any]] = []
        for block in blocks {
            guard let data = block.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            Self.collect(json, into: &candidates)
        }
        let article =
            candidates.first { Self.isArticle($0["@type"]) }
            ?? candidates.first { $0["headline"] is String }
        guard let article else { return nil }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        articleBody = Self.string(article["articleBody"])
        url = Self.string(article["url"]) ?? Self.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
        if let publisher = article["publisher"] as? [String: Any] {
            publisherName = Self.string(publisher["name"])
        } else if let publishers = article["publisher"] as? [[String: Any]] {
            publisherName = publishers.lazy.compactMap { Self.string($0["name"]) }.first
        }
    }

    private static func collect(_ json: Any, into out: inout [[String: Any]]) {
        if let object = json as? [String: Any] {
            out.append(object)
            if let graph = object["@graph"] { collect(graph, into: &out) }
        } else if let array = json as? [Any] {
            for element in array { collect(element, into: &out) }
        }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types: [String] = (type as? [String]) ?? [(type as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
