import CorridorLedger
import CorridorModel
import GRDB

/// The ledger primitives over one GRDB `Database` connection, inside the caller's transaction.
struct SQLiteLedgerTransaction {
    let db: Database

    func canonical(_ id: String) throws(StoreError) -> String {
        try translating {
            try String.fetchOne(db, sql: "SELECT toID FROM entityRedirect WHERE fromID = ?", arguments: [id]) ?? id
        }
    }
}

extension SQLiteLedgerTransaction: LedgerTransaction {
    // MARK: - Articles

    func articleID(forContentHash hash: String) throws(StoreError) -> String? {
        try translating { try String.fetchOne(db, sql: "SELECT id FROM article WHERE contentHash = ?", arguments: [hash]) }
    }

    func hasArticle(id: String) throws(StoreError) -> Bool {
        try translating { try ArticleRecord.exists(db, key: id) }
    }

    func nextArticleSequence() throws(StoreError) -> Int {
        try translating { (try Int.fetchOne(db, sql: "SELECT max(sequence) FROM article") ?? 0) + 1 }
    }

    mutating func insert(article: StoredArticle, sentences: [SentenceRecord]) throws(StoreError) {
        try translating {
            try ArticleRecord(article).insert(db)
            for s in sentences { try SentenceRow(articleID: article.article.id, s).insert(db) }
        }
    }

    // MARK: - Entities

    func entityIDs(withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try translating {
            Set(
                try String.fetchAll(
                    db, EntityKeyRecord.select(EntityKeyRecord.Columns.entityID, as: String.self).distinct()
                        .filter(keys.sorted().contains(EntityKeyRecord.Columns.key)).limit(limit)))
        }
    }

    func entity(id: String) throws(StoreError) -> LedgerEntity? {
        let id = try canonical(id)
        guard let r = try translating({ try EntityRecord.fetchOne(db, key: id) }) else { return nil }
        return try r.model()
    }

    mutating func save(entity: LedgerEntity, keys: Set<String>) throws(StoreError) {
        try translating {
            try EntityRecord(entity).save(db)
            for k in keys { try EntityKeyRecord(key: k, entityID: entity.id).insert(db, onConflict: .ignore) }
        }
    }

    mutating func merge(entity from: String, into: String) throws(StoreError) {
        guard from != into else { return }
        try translating {
            try db.execute(sql: "UPDATE articleEntity SET entityID = ? WHERE entityID = ?", arguments: [into, from])
            try db.execute(
                sql: "UPDATE OR IGNORE factParticipant SET entityID = ? WHERE entityID = ?", arguments: [into, from])
            try db.execute(sql: "DELETE FROM factParticipant WHERE entityID = ?", arguments: [from])
            try db.execute(
                sql: "INSERT OR IGNORE INTO entityKey (key, entityID) SELECT key, ? FROM entityKey WHERE entityID = ?",
                arguments: [into, from])
            try db.execute(sql: "UPDATE entityRedirect SET toID = ? WHERE toID = ?", arguments: [into, from])
            try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [from])
            try EntityRedirectRecord(fromID: from, toID: into).insert(db, onConflict: .replace)
        }
    }

    mutating func insert(articleEntity row: ArticleEntityRow) throws(StoreError) {
        let record = try ArticleEntityRecord(row)
        try translating {
            try record.insert(db)
            for (n, m) in row.entity.mentions.enumerated() {
                try MentionRecord(
                    articleID: row.articleID, localID: row.entity.id, ordinal: n, text: m.text, start: m.range.start,
                    end: m.range.end, sentence: m.sentence, rule: m.rule
                ).insert(db)
            }
        }
    }

    func articleCount(ofEntity id: String) throws(StoreError) -> Int {
        let id = try canonical(id)
        return try translating {
            try Int.fetchOne(
                db, sql: "SELECT count(DISTINCT articleID) FROM articleEntity WHERE entityID = ?", arguments: [id]) ?? 0
        }
    }

    // MARK: - Facts

    func factIDs(kind: RecordKind, withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String> {
        guard !keys.isEmpty else { return [] }
        let list = keys.sorted()
        return try translating {
            let marks = databaseQuestionMarks(count: list.count)
            return Set(
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT factID FROM factKey WHERE kind = ? AND key IN (\(marks)) LIMIT ?",
                    arguments: StatementArguments([kind.rawValue] + list) + [limit]))
        }
    }

    func fact(id: String) throws(StoreError) -> LedgerFact? {
        guard let r = try translating({ try FactRecord.fetchOne(db, key: id) }) else { return nil }
        let parts = try translating {
            try FactParticipantRecord.filter(FactParticipantRecord.Columns.factID == id).fetchAll(db)
        }
        return try r.model(
            participants: parts.compactMap { p in
                ParticipantRole(rawValue: p.role).map { Participant(role: $0, entityID: p.entityID) }
            })
    }

    mutating func save(fact: LedgerFact, keys: Set<String>) throws(StoreError) {
        let record = try FactRecord(fact)
        try translating {
            try record.save(db)
            try db.execute(sql: "DELETE FROM factParticipant WHERE factID = ?", arguments: [fact.id])
            for p in Set(fact.participants.map { Participant(role: $0.role, entityID: $0.entityID) }) {
                try FactParticipantRecord(factID: fact.id, role: p.role.rawValue, entityID: p.entityID).insert(db)
            }
            for k in keys {
                try FactKeyRecord(kind: fact.kind.rawValue, key: k, factID: fact.id).insert(db, onConflict: .ignore)
            }
        }
    }

    mutating func insert(articleFact: ArticleFactRow) throws(StoreError) {
        let record = try ArticleFactRecord(articleFact)
        try translating { try record.insert(db) }
    }

    mutating func insert(evidence: EvidenceRecord) throws(StoreError) {
        try translating { try EvidenceRow(evidence).insert(db) }
    }

    mutating func insert(status: StatusAssertion) throws(StoreError) {
        try translating { try StatusAssertionRecord(status).insert(db) }
    }

    func statusHistory(of factID: String) throws(StoreError) -> [StatusAssertion] {
        let rows = try translating {
            try StatusAssertionRecord.filter(StatusAssertionRecord.Columns.factID == factID)
                .order(StatusAssertionRecord.Columns.id).fetchAll(db)
        }
        var out: [StatusAssertion] = []
        for r in rows { out.append(try r.model()) }
        return out
    }

    // MARK: - Stories

    func storyProfile(ofArticle id: String) throws(StoreError) -> StoryProfile? {
        guard let r = try translating({ try StoryProfileRecord.fetchOne(db, key: id) }) else { return nil }
        return try r.model()
    }

    func articleIDs(inBands bands: [Int64]) throws(StoreError) -> Set<String> {
        guard !bands.isEmpty else { return [] }
        return try translating {
            Set(
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT articleID FROM storyBand WHERE band IN (\(databaseQuestionMarks(count: bands.count)))",
                    arguments: StatementArguments(bands)))
        }
    }

    func articleIDs(mentioning entityIDs: Set<String>, limit: Int) throws(StoreError) -> Set<String> {
        guard !entityIDs.isEmpty else { return [] }
        let ids = entityIDs.sorted()
        return try translating {
            Set(
                try String.fetchAll(
                    db,
                    sql: "SELECT DISTINCT articleID FROM articleEntity WHERE entityID IN (\(databaseQuestionMarks(count: ids.count))) LIMIT ?",
                    arguments: StatementArguments(ids) + [limit]))
        }
    }

    func articleIDs(reporting factIDs: Set<String>) throws(StoreError) -> Set<String> {
        guard !factIDs.isEmpty else { return [] }
        let ids = factIDs.sorted()
        return try translating {
            Set(
                try String.fetchAll(
                    db,
                    sql: "SELECT DISTINCT articleID FROM articleFact WHERE factID IN (\(databaseQuestionMarks(count: ids.count)))",
                    arguments: StatementArguments(ids)))
        }
    }

    func entityIDs(ofArticle id: String) throws(StoreError) -> Set<String> {
        try translating {
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT entityID FROM articleEntity WHERE articleID = ?", arguments: [id]))
        }
    }

    func factIDs(ofArticle id: String) throws(StoreError) -> Set<String> {
        try translating {
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT factID FROM articleFact WHERE articleID = ?", arguments: [id]))
        }
    }

    func documentFrequencies(of terms: [String]) throws(StoreError) -> [String: Int] {
        guard !terms.isEmpty else { return [:] }
        return try translating {
            var out: [String: Int] = [:]
            let rows = try Row.fetchAll(
                db, sql: "SELECT term, documentCount FROM leadTerm WHERE term IN (\(databaseQuestionMarks(count: terms.count)))",
                arguments: StatementArguments(terms))
            for r in rows { out[r["term"]] = r["documentCount"] }
            return out
        }
    }

    func articleTotal() throws(StoreError) -> Int {
        try translating { try ArticleRecord.fetchCount(db) }
    }

    mutating func save(storyProfile: StoryProfile, bands: [Int64]) throws(StoreError) {
        let record = try StoryProfileRecord(storyProfile)
        try translating {
            try record.save(db)
            for b in Set(bands) { try StoryBandRecord(band: b, articleID: storyProfile.articleID).insert(db, onConflict: .ignore) }
            for t in storyProfile.lead.keys {
                try db.execute(
                    sql: """
                        INSERT INTO leadTerm (term, documentCount) VALUES (?, 1)
                        ON CONFLICT(term) DO UPDATE SET documentCount = documentCount + 1
                        """, arguments: [t])
            }
            try db.execute(
                sql: "UPDATE article SET storyID = ? WHERE id = ?", arguments: [storyProfile.storyID, storyProfile.articleID])
        }
    }

    mutating func mergeStory(_ from: String, into: String) throws(StoreError) {
        try translating {
            try db.execute(sql: "UPDATE article SET storyID = ? WHERE storyID = ?", arguments: [into, from])
            try db.execute(sql: "UPDATE storyProfile SET storyID = ? WHERE storyID = ?", arguments: [into, from])
        }
    }

    // MARK: - Search

    mutating func index(_ d: SearchDocument) throws(StoreError) {
        try translating {
            try db.execute(
                sql: "INSERT INTO searchIndex (kind, refID, articleID, body) VALUES (?, ?, ?, ?)",
                arguments: [d.kind, d.refID, d.articleID, d.text])
        }
    }
}
