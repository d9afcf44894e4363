import GRDB

/// A row of `entityRedirect`: an entity merged into another keeps answering to its old id.
struct EntityRedirectRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entityRedirect"
    enum Columns {
        static let fromID = Column(CodingKeys.fromID)
        static let toID = Column(CodingKeys.toID)
    }

    var fromID: String
    var toID: String
}
