public import CorridorModel
public import Logging

/// A ledger held in memory: for tests, previews and one-off runs.
///
/// It resolves exactly as the SQLite store does (both drive ``LedgerWriter``), keeps each article
/// atomic (a write works on a copy of the state), and searches with a simple term-overlap ranking
/// in place of FTS5's bm25.
///
/// ```swift
/// let store = InMemoryLedgerStore(logger: Logger(label: "test"))
/// _ = try await store.ingest(extraction, contentHash: "abc")
/// try await store.counts().articles // 1
/// ```
public actor InMemoryLedgerStore: LedgerStore {
    private var state = InMemoryLedgerState()
    private let writer: LedgerWriter
    private let logger: Logger

    /// Creates an empty ledger.
    public init(writer: LedgerWriter = LedgerWriter(), logger: Logger) {
        self.writer = writer
        self.logger = logger
    }

    public func containsArticle(contentHash: String) async throws(StoreError) -> Bool {
        state.hashes[contentHash] != nil
    }

    public func ingest(_ extraction: ArticleExtraction, contentHash: String) async throws(StoreError) -> IngestOutcome {
        var copy = state
        let outcome = try writer.write(extraction, contentHash: contentHash, into: &copy)
        state = copy
        logger.debug("stored \(extraction.article.id): \(outcome)")
        return outcome
    }

    public func counts() async throws(StoreError) -> LedgerCounts {
        LedgerCounts(
            articles: state.order.count, stories: Set(state.articles.values.map(\.storyID)).count,
            sentences: state.sentences.values.reduce(0) { $0 + $1.count }, entities: state.entities.count,
            agreements: state.facts.values.filter { $0.kind == .agreement }.count,
            commitments: state.facts.values.filter { $0.kind == .commitment }.count,
            events: state.facts.values.filter { $0.kind == .event }.count,
            projects: state.facts.values.filter { $0.kind == .project }.count,
            evidence: state.evidence.values.reduce(0) { $0 + $1.count },
            statusAssertions: state.statuses.values.reduce(0) { $0 + $1.count })
    }

    public func articles(after sequence: Int, limit: Int) async throws(StoreError) -> [StoredArticle] {
        state.order.compactMap { state.articles[$0] }.filter { $0.sequence > sequence }.prefix(limit).map { $0 }
    }

    public func extraction(ofArticle id: String) async throws(StoreError) -> (ArticleExtraction, [String: String])? {
        guard let a = state.articles[id] else { return nil }
        var x = ArticleExtraction(article: a.article, sentences: state.sentences[id] ?? [])
        var ids: [String: String] = [:]
        for row in state.articleEntities[id] ?? [] {
            x.entities.append(row.entity)
            ids[row.entity.id] = state.canonical(row.ledgerID)
        }
        for row in state.articleFacts[id] ?? [] {
            ids[row.fact.localID] = row.ledgerID
            switch row.fact {
            case .agreement(let f): x.agreements.append(f)
            case .commitment(let f): x.commitments.append(f)
            case .event(let f): x.events.append(f)
            case .project(let f): x.projects.append(f)
            }
        }
        return (x, ids)
    }

    public func list(_ kind: RecordKind, filter: LedgerFilter) async throws(StoreError) -> [LedgerRecord] {
        try queries.list(kind, filter: filter)
    }

    public func find(_ name: String) async throws(StoreError) -> [LedgerRecord] {
        try queries.find(name)
    }

    public func detail(of id: String) async throws(StoreError) -> RecordDetail? {
        try queries.detail(of: id)
    }

    public func timeline(of id: String) async throws(StoreError) -> [TimelineEntry] {
        try queries.timeline(of: id)
    }

    public func search(_ text: String, limit: Int) async throws(StoreError) -> [SearchHit] {
        let terms = Set(NameFolding.words(text))
        guard !terms.isEmpty else { throw StoreError.invalidQuery(text, "no words to search for") }
        var hits: [SearchHit] = []
        for d in state.searchDocuments {
            let words = NameFolding.words(d.text)
            let found = Set(words).intersection(terms)
            guard found.count == terms.count else { continue }
            let snippet = d.text.split(separator: " ").map { w in
                found.contains(NameFolding.key(w)) ? "[\(w)]" : String(w)
            }.joined(separator: " ")
            hits.append(
                SearchHit(kind: d.kind, refID: d.refID, articleID: d.articleID, snippet: snippet, rank: -Double(found.count) / Double(max(words.count, 1))))
        }
        return Array(hits.sorted { ($0.rank, $0.refID) < ($1.rank, $1.refID) }.prefix(limit))
    }

    public func stories(minimumSize: Int) async throws(StoreError) -> [Story] {
        var groups: [String: [StoredArticle]] = [:]
        for a in state.articles.values { groups[a.storyID, default: []].append(a) }
        return groups.filter { $0.value.count >= minimumSize }.map { id, arts in
            let sorted = arts.sorted { $0.sequence < $1.sequence }
            return Story(id: id, articleIDs: sorted.map(\.article.id), outlets: sorted.map { $0.article.outlet ?? "" })
        }.sorted { ($0.articleIDs.count, $1.id) > ($1.articleIDs.count, $0.id) }
    }

    private var queries: LedgerQueries<InMemoryLedgerState> {
        LedgerQueries(reader: state, configuration: writer.configuration)
    }
}
