public import CorridorLedger
public import CorridorModel
import Foundation
import GRDB
public import Logging

/// The SQLite ledger: one file in WAL mode, every article written in one transaction.
///
/// A `DatabasePool` (WAL, concurrent reads) for files, a `DatabaseQueue` in memory for tests.
/// Migrations run on open. Full-text search uses FTS5 with bm25 ranking and `snippet()`.
///
/// ```swift
/// let store = try SQLiteLedgerStore(path: "corridor.sqlite", logger: logger)
/// let outcome = try await store.ingest(extraction, contentHash: hash)
/// let hits = try await store.search("Gwadar port", limit: 10)
/// ```
public final class SQLiteLedgerStore: LedgerStore, Sendable {
    private let writer: any DatabaseWriter
    private let ledgerWriter: LedgerWriter
    private let logger: Logger
    /// Where the database lives (`:memory:` in memory).
    public let path: String

    /// Opens (creating and migrating when needed) the ledger at `path`.
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - createIfMissing: When false, a missing file is an error instead of a new ledger.
    ///   - writer: The resolution settings.
    ///   - logger: Where to log.
    /// - Throws: ``StoreError`` when the file cannot be opened or migrated.
    public init(
        path: String, createIfMissing: Bool = true, writer: LedgerWriter = LedgerWriter(), logger: Logger
    ) throws(StoreError) {
        if !createIfMissing, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.cannotOpen(path, "no such file; run `corridor ingest` first")
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process (not a power cut) without an fsync per article.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            try Migrations.migrator.migrate(pool)
            self.writer = pool
        } catch {
            let e = StoreError.translating(error)
            throw e.code == StoreError.corrupt("").code ? e : StoreError.cannotOpen(path, "\(error)")
        }
        self.path = path
        self.ledgerWriter = writer
        self.logger = logger
    }

    /// Creates an empty ledger in memory, for tests.
    public init(inMemoryWith writer: LedgerWriter = LedgerWriter(), logger: Logger) throws(StoreError) {
        var config = Configuration()
        config.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(configuration: config)
            try Migrations.migrator.migrate(queue)
            self.writer = queue
        } catch {
            throw StoreError.translating(error)
        }
        self.path = ":memory:"
        self.ledgerWriter = writer
        self.logger = logger
    }

    // MARK: - Writes

    public func ingest(_ extraction: ArticleExtraction, contentHash: String) async throws(StoreError) -> IngestOutcome {
        let resolver = ledgerWriter
        do {
            let outcome = try await writer.write { db in
                var tx = SQLiteLedgerTransaction(db: db)
                return try resolver.write(extraction, contentHash: contentHash, into: &tx)
            }
            logger.debug("stored \(extraction.article.id): \(outcome)")
            return outcome
        } catch {
            throw StoreError.translating(error)
        }
    }

    // MARK: - Reads

    func read<T: Sendable>(_ body: @Sendable @escaping (SQLiteLedgerTransaction) throws -> T) async throws(StoreError) -> T {
        do {
            return try await writer.read { db in try body(SQLiteLedgerTransaction(db: db)) }
        } catch {
            throw StoreError.translating(error)
        }
    }

    public func containsArticle(contentHash: String) async throws(StoreError) -> Bool {
        try await read { tx in try tx.articleID(forContentHash: contentHash) != nil }
    }

    public func counts() async throws(StoreError) -> LedgerCounts {
        try await read { tx in
            let db = tx.db
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return LedgerCounts(
                articles: try count("SELECT count(*) FROM article"),
                stories: try count("SELECT count(DISTINCT storyID) FROM article"),
                sentences: try count("SELECT count(*) FROM sentence"),
                entities: try count("SELECT count(*) FROM entity"),
                agreements: try count("SELECT count(*) FROM fact WHERE kind = 'agreement'"),
                commitments: try count("SELECT count(*) FROM fact WHERE kind = 'commitment'"),
                events: try count("SELECT count(*) FROM fact WHERE kind = 'event'"),
                projects: try count("SELECT count(*) FROM fact WHERE kind = 'project'"),
                evidence: try count("SELECT count(*) FROM evidence"),
                statusAssertions: try count("SELECT count(*) FROM statusAssertion"))
        }
    }

    public func articles(after sequence: Int, limit: Int) async throws(StoreError) -> [StoredArticle] {
        try await read { tx in
            try ArticleRecord.filter(ArticleRecord.Columns.sequence > sequence).order(ArticleRecord.Columns.sequence)
                .limit(limit).fetchAll(tx.db).map(\.model)
        }
    }

    public func extraction(ofArticle id: String) async throws(StoreError) -> (ArticleExtraction, [String: String])? {
        try await read { tx in
            let db = tx.db
            guard let a = try ArticleRecord.fetchOne(db, key: id) else { return nil }
            var x = ArticleExtraction(
                article: a.model.article,
                sentences: try SentenceRow.filter(SentenceRow.Columns.articleID == id).order(SentenceRow.Columns.idx)
                    .fetchAll(db).map(\.model))
            var ids: [String: String] = [:]
            let entities = try ArticleEntityRecord.filter(ArticleEntityRecord.Columns.articleID == id)
                .order(sql: "rowid").fetchAll(db)
            for r in entities {
                x.entities.append(try r.entity())
                ids[r.localID] = r.entityID
            }
            let facts = try ArticleFactRecord.filter(ArticleFactRecord.Columns.articleID == id).order(sql: "rowid")
                .fetchAll(db)
            for r in facts {
                ids[r.localID] = r.factID
                switch try r.fact() {
                case .agreement(let f): x.agreements.append(f)
                case .commitment(let f): x.commitments.append(f)
                case .event(let f): x.events.append(f)
                case .project(let f): x.projects.append(f)
                }
            }
            return (x, ids)
        }
    }

    public func list(_ kind: RecordKind, filter: LedgerFilter) async throws(StoreError) -> [LedgerRecord] {
        let config = ledgerWriter.configuration
        return try await read { tx in try LedgerQueries(reader: tx, configuration: config).list(kind, filter: filter) }
    }

    public func find(_ name: String) async throws(StoreError) -> [LedgerRecord] {
        let config = ledgerWriter.configuration
        return try await read { tx in try LedgerQueries(reader: tx, configuration: config).find(name) }
    }

    public func detail(of id: String) async throws(StoreError) -> RecordDetail? {
        let config = ledgerWriter.configuration
        return try await read { tx in try LedgerQueries(reader: tx, configuration: config).detail(of: id) }
    }

    public func timeline(of id: String) async throws(StoreError) -> [TimelineEntry] {
        let config = ledgerWriter.configuration
        return try await read { tx in try LedgerQueries(reader: tx, configuration: config).timeline(of: id) }
    }

    public func stories(minimumSize: Int) async throws(StoreError) -> [Story] {
        try await read { tx in
            let rows = try Row.fetchAll(
                tx.db,
                sql: """
                    SELECT a.storyID AS storyID, a.id AS id, coalesce(a.outlet, '') AS outlet FROM article a
                    WHERE a.storyID IN (SELECT storyID FROM article GROUP BY storyID HAVING count(*) >= ?)
                    ORDER BY a.storyID, a.sequence
                    """, arguments: [minimumSize])
            var out: [Story] = []
            for r in rows {
                let s: String = r["storyID"]
                if out.last?.id != s { out.append(Story(id: s, articleIDs: [], outlets: [])) }
                out[out.count - 1].articleIDs.append(r["id"])
                out[out.count - 1].outlets.append(r["outlet"])
            }
            return out.sorted { ($0.articleIDs.count, $1.id) > ($1.articleIDs.count, $0.id) }
        }
    }

    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`; returns the problems found.
    public func integrityProblems() async throws(StoreError) -> [String] {
        try await read { tx in
            let integrity = try String.fetchAll(tx.db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let fk = try Row.fetchAll(tx.db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return integrity + fk
        }
    }
}
