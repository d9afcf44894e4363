import CorridorLedger
import CorridorModel
import GRDB

/// A row of `entity`: a ledger entity.
struct EntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entity"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let type = Column(CodingKeys.type)
        static let country = Column(CodingKeys.country)
    }

    var id: String
    var name: String
    var type: String
    var country: String?
    var lexiconID: String?
    var aliases: [String]
    var isTypeTentative: Bool

    init(_ e: LedgerEntity) {
        id = e.id
        name = e.name
        type = e.type.rawValue
        country = e.country
        lexiconID = e.lexiconID
        aliases = e.aliases
        isTypeTentative = e.isTypeTentative
    }

    func model() throws(StoreError) -> LedgerEntity {
        guard let t = EntityType(rawValue: type) else { throw StoreError.corrupt("entity \(id) has type \(type)") }
        return LedgerEntity(
            id: id, name: name, type: t, country: country, lexiconID: lexiconID, aliases: aliases,
            isTypeTentative: isTypeTentative)
    }
}
