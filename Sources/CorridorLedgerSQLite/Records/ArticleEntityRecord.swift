import CorridorLedger
import CorridorModel
import Foundation
import GRDB

/// A row of `articleEntity`: an entity as one article reports it, linked to its ledger entity.
struct ArticleEntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "articleEntity"
    enum Columns {
        static let articleID = Column(CodingKeys.articleID)
        static let localID = Column(CodingKeys.localID)
        static let entityID = Column(CodingKeys.entityID)
    }

    var articleID: String
    var localID: String
    var entityID: String
    /// The extractor's entity as JSON, mentions included, so exports reproduce it exactly.
    var payload: String

    init(_ row: ArticleEntityRow) throws(StoreError) {
        articleID = row.articleID
        localID = row.entity.id
        entityID = row.ledgerID
        payload = try JSONCoding.encode(row.entity)
    }

    func entity() throws(StoreError) -> Entity { try JSONCoding.decode(Entity.self, from: payload) }
}

/// A row of `mention`: one place where an article names an entity.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mention"
    var articleID: String
    var localID: String
    var ordinal: Int
    var text: String
    var start: Int
    var end: Int
    var sentence: Int
    var rule: String
}
