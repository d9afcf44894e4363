import CorridorLedger
import CorridorModel
import GRDB

/// A row of `articleFact`: a fact as one article reports it, linked to its ledger fact.
struct ArticleFactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "articleFact"
    enum Columns {
        static let articleID = Column(CodingKeys.articleID)
        static let factID = Column(CodingKeys.factID)
    }

    var articleID: String
    var localID: String
    var factID: String
    var kind: String
    var payload: String

    init(_ row: ArticleFactRow) throws(StoreError) {
        articleID = row.articleID
        localID = row.fact.localID
        factID = row.ledgerID
        kind = row.fact.kind.rawValue
        payload = try JSONCoding.encode(row.fact)
    }

    func fact() throws(StoreError) -> ReportedFact { try JSONCoding.decode(ReportedFact.self, from: payload) }
}
