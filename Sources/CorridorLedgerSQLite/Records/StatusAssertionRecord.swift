import CorridorLedger
import CorridorModel
import GRDB

/// A row of `statusAssertion`: a dated lifecycle status claim with its source.
struct StatusAssertionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "statusAssertion"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let factID = Column(CodingKeys.factID)
    }

    var id: Int64?
    var factID: String
    var status: String
    var date: String?
    var articleID: String
    var sentence: String
    var sentenceIndex: Int

    init(_ s: StatusAssertion) {
        id = nil
        factID = s.factID
        status = s.status.rawValue
        date = s.date?.description
        articleID = s.articleID
        sentence = s.sentence
        sentenceIndex = s.sentenceIndex
    }

    func model() throws(StoreError) -> StatusAssertion {
        guard let s = LifecycleStatus(rawValue: status) else { throw StoreError.corrupt("status \(status)") }
        return StatusAssertion(
            factID: factID, status: s, date: date.flatMap { PartialDate(iso: $0) }, articleID: articleID,
            sentence: sentence, sentenceIndex: sentenceIndex)
    }
}
