import CorridorLedger
import CorridorModel
import Foundation
import GRDB

/// A row of `storyProfile`: an article's MinHash signature and lead terms.
struct StoryProfileRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "storyProfile"
    enum Columns {
        static let articleID = Column(CodingKeys.articleID)
        static let storyID = Column(CodingKeys.storyID)
    }

    var articleID: String
    var storyID: String
    var date: String?
    var signature: Data
    var lead: String

    init(_ p: StoryProfile) throws(StoreError) {
        articleID = p.articleID
        storyID = p.storyID
        date = p.date?.description
        var bytes = Data(capacity: p.signature.count * 8)
        for v in p.signature { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        signature = bytes
        lead = try JSONCoding.encode(p.lead)
    }

    func model() throws(StoreError) -> StoryProfile {
        var values: [UInt64] = []
        let bytes = [UInt8](signature)
        var i = 0
        while i + 8 <= bytes.count {
            var v: UInt64 = 0
            for j in 0..<8 { v |= UInt64(bytes[i + j]) << (8 * UInt64(j)) }
            values.append(v)
            i += 8
        }
        return StoryProfile(
            articleID: articleID, storyID: storyID, date: date.flatMap { PartialDate(iso: $0) }, signature: values,
            lead: try JSONCoding.decode([String: Int].self, from: lead))
    }
}

/// A row of `storyBand`: one LSH band of an article's signature.
struct StoryBandRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "storyBand"
    var band: Int64
    var articleID: String
}

/// A row of `leadTerm`: in how many articles' leads a term occurs.
struct LeadTermRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "leadTerm"
    var term: String
    var documentCount: Int
}
