import CorridorLedger
import CorridorModel
import GRDB

/// A row of `evidence`: a sentence supporting a ledger fact.
struct EvidenceRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidence"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let factID = Column(CodingKeys.factID)
    }

    var id: Int64?
    var factID: String
    var articleID: String
    var sentenceIndex: Int
    var start: Int
    var end: Int
    var sentence: String
    var rule: String

    init(_ e: EvidenceRecord) {
        id = nil
        factID = e.factID
        articleID = e.articleID
        sentenceIndex = e.evidence.sentenceIndex
        start = e.evidence.range.start
        end = e.evidence.range.end
        sentence = e.evidence.sentence
        rule = e.evidence.rule
    }

    var model: EvidenceRecord {
        EvidenceRecord(
            factID: factID, articleID: articleID,
            evidence: Evidence(
                document: articleID, sentence: sentence, sentenceIndex: sentenceIndex,
                range: TextRange(start: start, end: max(start, end)), rule: rule))
    }
}
