import CorridorModel
import GRDB

/// A row of `sentence`.
struct SentenceRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sentence"
    enum Columns {
        static let articleID = Column(CodingKeys.articleID)
        static let idx = Column(CodingKeys.idx)
    }

    var articleID: String
    var idx: Int
    var start: Int
    var end: Int
    var text: String
    var isHeading: Bool
    var isFurniture: Bool

    init(articleID: String, _ s: SentenceRecord) {
        self.articleID = articleID
        idx = s.index
        start = s.range.start
        end = s.range.end
        text = s.text
        isHeading = s.isHeading
        isFurniture = s.isFurniture
    }

    var model: SentenceRecord {
        SentenceRecord(
            index: idx, range: TextRange(start: start, end: max(start, end)), text: text, isHeading: isHeading,
            isFurniture: isFurniture)
    }
}
