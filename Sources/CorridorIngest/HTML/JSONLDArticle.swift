import Foundation

/// The article fields found in a page's JSON-LD (`<script type="application/ld+json">`) blocks.
///
/// Looks through objects, arrays and `@graph` lists for the first object whose `@type` is an
/// article kind (`NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle`…), falling back
/// to any object with a `headline`; the date falls back to any object's `datePublished`.
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
            // Raw newlines and tabs inside strings are invalid JSON but common in pages; outside
            // strings they are whitespace anyway.
            let bytes = block.utf8.map { $0 < 0x20 ? 0x20 : $0 }
            guard let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            else { continue }
            Self.collect(json, into: &candidates)
        }
        let found =
            candidates.first { Self.isArticle($0["@type"]) }
            ?? candidates.first { $0["headline"] is String }
        // Without an article object, a page or review that states when it was published still dates it.
        let dated = candidates.first { Self.string($0["datePublished"]) != nil }
        guard found != nil || dated != nil else { return nil }
        let article = found ?? [:]
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        datePublished =
            Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
            ?? dated.flatMap { Self.string($0["datePublished"]) }
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
