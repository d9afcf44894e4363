import GRDB

/// A row of `entityKey`: one retrieval key of a ledger entity.
struct EntityKeyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entityKey"
    enum Columns {
        static let key = Column(CodingKeys.key)
        static let entityID = Column(CodingKeys.entityID)
    }

    var key: String
    var entityID: String
}
