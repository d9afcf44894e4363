import CorridorLedger
import CorridorModel
import GRDB

extension SQLiteLedgerTransaction: LedgerReading {
    func entities(type: EntityType?, country: String?) throws(StoreError) -> [LedgerEntity] {
        var request = EntityRecord.all()
        if let type { request = request.filter(EntityRecord.Columns.type == type.rawValue) }
        if let country { request = request.filter(EntityRecord.Columns.country == country) }
        let rows = try translating { try request.order(EntityRecord.Columns.id).fetchAll(db) }
        var out: [LedgerEntity] = []
        for r in rows { out.append(try r.model()) }
        return out
    }

    func facts(kind: RecordKind, subtype: String?, status: LifecycleStatus?) throws(StoreError) -> [LedgerFact] {
        var request = FactRecord.filter(FactRecord.Columns.kind == kind.rawValue)
        if let subtype, kind != .project { request = request.filter(FactRecord.Columns.subtype == subtype) }
        if let status { request = request.filter(FactRecord.Columns.status == status.rawValue) }
        let ids = try translating { try String.fetchAll(db, request.select(FactRecord.Columns.id).order(FactRecord.Columns.id)) }
        var out: [LedgerFact] = []
        for id in ids { if let f = try fact(id: id) { out.append(f) } }
        return out
    }

    func factIDs(withParticipant entityID: String) throws(StoreError) -> Set<String> {
        let id = try canonical(entityID)
        return try translating {
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT factID FROM factParticipant WHERE entityID = ?", arguments: [id]))
        }
    }

    func mentions(ofEntity id: String) throws(StoreError) -> [(articleID: String, sentences: [Int])] {
        let id = try canonical(id)
        let rows = try translating {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT ae.articleID AS articleID, m.sentence AS sentence
                    FROM articleEntity ae LEFT JOIN mention m ON m.articleID = ae.articleID AND m.localID = ae.localID
                    WHERE ae.entityID = ? ORDER BY ae.articleID, m.sentence
                    """, arguments: [id])
        }
        var out: [(articleID: String, sentences: [Int])] = []
        for r in rows {
            let a: String = r["articleID"]
            let s: Int? = r["sentence"]
            if out.last?.articleID != a { out.append((a, [])) }
            if let s { out[out.count - 1].sentences.append(s) }
        }
        return out
    }

    func articleIDs(reportingFact id: String) throws(StoreError) -> Set<String> {
        try articleIDs(reporting: [id])
    }

    func articleMetadata(id: String) throws(StoreError) -> StoredArticle? {
        let row = try translating {
            try Row.fetchOne(
                db,
                sql: """
                    SELECT id, sequence, contentHash, url, title, publishedAt, outlet, pair, '' AS text, storyID
                    FROM article WHERE id = ?
                    """, arguments: [id])
        }
        guard let row else { return nil }
        return try translating { try ArticleRecord(row: row) }.model
    }

    func sentence(article: String, index: Int) throws(StoreError) -> SentenceRecord? {
        try translating { try SentenceRow.fetchOne(db, key: ["articleID": article, "idx": index]) }?.model
    }

    func evidence(ofFact id: String) throws(StoreError) -> [EvidenceRecord] {
        try translating {
            try EvidenceRow.filter(EvidenceRow.Columns.factID == id).order(EvidenceRow.Columns.id).fetchAll(db)
        }.map(\.model)
    }

    func members(ofUmbrella id: String) throws(StoreError) -> [LedgerFact] {
        let ids = try translating {
            try String.fetchAll(db, sql: "SELECT id FROM fact WHERE umbrellaID = ? ORDER BY id", arguments: [id])
        }
        var out: [LedgerFact] = []
        for i in ids { if let f = try fact(id: i) { out.append(f) } }
        return out
    }
}
