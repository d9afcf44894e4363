/// One news article as read from a file, a page or a feed: its body and what is known about it.
///
/// The body is kept exactly as read; every offset Corridor reports points into ``text``.
///
/// ```swift
/// let a = Article(id: "001", text: "Pakistan and China signed ...", publishedAt: PartialDate(iso: "2025-02-06"))
/// ```
public struct Article: Hashable, Sendable, Codable {
    /// The document id: the file name without extension, or an id given by the source.
    public var id: String
    /// The canonical URL, when known.
    public var url: String?
    /// The headline, when the source gives one apart from the body.
    public var title: String?
    /// The publication date, as precise as the source states it.
    public var publishedAt: PartialDate?
    /// The outlet's name, e.g. "Dawn".
    public var outlet: String?
    /// The country pair the article was collected for, e.g. "PK-CN".
    public var pair: String?
    /// The article body, untouched.
    public var text: String

    /// Creates an article.
    public init(
        id: String,
        text: String,
        url: String? = nil,
        title: String? = nil,
        publishedAt: PartialDate? = nil,
        outlet: String? = nil,
        pair: String? = nil
    ) {
        self.id = id
        self.text = text
        self.url = url
        self.title = title
        self.publishedAt = publishedAt
        self.outlet = outlet
        self.pair = pair
    }
}
