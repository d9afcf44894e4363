public import CorridorModel

/// A ledger of bilateral-cooperation facts: where articles, their sentences, entities and facts are
/// stored, resolved across articles and queried.
///
/// Every backend (``InMemoryLedgerStore``, the SQLite store, later PostgreSQL) passes the same
/// contract test suite. Writes are atomic per article: ``ingest(_:contentHash:)`` stores the whole
/// article with its resolution in one transaction or nothing. Errors are ``StoreError``s.
///
/// ```swift
/// let store: any LedgerStore = InMemoryLedgerStore(logger: logger)
/// let outcome = try await store.ingest(extraction, contentHash: hash)
/// let people = try await store.list(.entity, filter: LedgerFilter(kind: "PERSON"))
/// ```
public protocol LedgerStore: Sendable {
    /// Whether an article with this content hash is stored.
    func containsArticle(contentHash: String) async throws(StoreError) -> Bool

    /// Stores an article's extraction, resolving its entities and facts against the ledger, in
    /// one transaction.
    ///
    /// - Parameters:
    ///   - extraction: The article with its sentences, entities and facts.
    ///   - contentHash: The hash of the normalised body; storing a known hash again is a no-op.
    /// - Returns: Whether the article was stored or was a duplicate.
    /// - Throws: ``StoreError``; nothing of the article is stored then.
    func ingest(_ extraction: ArticleExtraction, contentHash: String) async throws(StoreError) -> IngestOutcome

    /// How much the ledger holds.
    func counts() async throws(StoreError) -> LedgerCounts

    /// Stored articles in storage order, a page at a time.
    ///
    /// - Parameters:
    ///   - sequence: Return articles stored after this sequence number (0 for the first page).
    ///   - limit: The page size.
    func articles(after sequence: Int, limit: Int) async throws(StoreError) -> [StoredArticle]

    /// An article's extraction as stored, and the ledger id of each of its entities and facts.
    ///
    /// - Returns: Nil when no article has the id.
    func extraction(ofArticle id: String) async throws(StoreError) -> (ArticleExtraction, [String: String])?

    /// The records of a kind that pass the filter, ordered by date then id.
    func list(_ kind: RecordKind, filter: LedgerFilter) async throws(StoreError) -> [LedgerRecord]

    /// Records whose name, title or alias is `name` (folded), or whose id is `name`.
    func find(_ name: String) async throws(StoreError) -> [LedgerRecord]

    /// A record with its evidence, status history and related records.
    ///
    /// - Parameter id: A ledger id; the id of a record merged into another leads to the survivor.
    /// - Returns: Nil when no record has the id.
    func detail(of id: String) async throws(StoreError) -> RecordDetail?

    /// The dated facts and status changes about a record, oldest first.
    func timeline(of id: String) async throws(StoreError) -> [TimelineEntry]

    /// Full-text search over sentences and fact titles, best first.
    ///
    /// - Parameters:
    ///   - text: Words to find (all of them); a phrase in double quotes.
    ///   - limit: The most hits returned.
    func search(_ text: String, limit: Int) async throws(StoreError) -> [SearchHit]

    /// The stories with more than one article, largest first.
    func stories(minimumSize: Int) async throws(StoreError) -> [Story]
}
