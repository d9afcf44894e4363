import CorridorLedger
import CorridorModel
import GRDB

/// A row of `article`: a stored article with its hash and story.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sequence = Column(CodingKeys.sequence)
        static let contentHash = Column(CodingKeys.contentHash)
        static let storyID = Column(CodingKeys.storyID)
    }

    var id: String
    var sequence: Int
    var contentHash: String
    var url: String?
    var title: String?
    var publishedAt: String?
    var outlet: String?
    var pair: String?
    var text: String
    var storyID: String

    init(_ s: StoredArticle) {
        id = s.article.id
        sequence = s.sequence
        contentHash = s.contentHash
        url = s.article.url
        title = s.article.title
        publishedAt = s.article.publishedAt?.description
        outlet = s.article.outlet
        pair = s.article.pair
        text = s.article.text
        storyID = s.storyID
    }

    var model: StoredArticle {
        StoredArticle(
            article: Article(
                id: id, text: text, url: url, title: title, publishedAt: publishedAt.flatMap { PartialDate(iso: $0) },
                outlet: outlet, pair: pair),
            contentHash: contentHash, storyID: storyID, sequence: sequence)
    }
}
