public import CorridorModel

/// The whole in-memory ledger as one value: a write transaction works on a copy and commits by
/// replacing the original, so a failed article leaves nothing behind.
struct InMemoryLedgerState: Sendable {
    var articles: [String: StoredArticle] = [:]
    var order: [String] = []
    var hashes: [String: String] = [:]
    var sentences: [String: [SentenceRecord]] = [:]
    var articleEntities: [String: [ArticleEntityRow]] = [:]
    var articleFacts: [String: [ArticleFactRow]] = [:]
    var entities: [String: LedgerEntity] = [:]
    var entityKeys: [String: Set<String>] = [:]
    var redirects: [String: String] = [:]
    var entityArticles: [String: Set<String>] = [:]
    var facts: [String: LedgerFact] = [:]
    var factKeys: [String: Set<String>] = [:]
    var factArticles: [String: Set<String>] = [:]
    var evidence: [String: [EvidenceRecord]] = [:]
    var statuses: [String: [StatusAssertion]] = [:]
    var profiles: [String: StoryProfile] = [:]
    var bands: [Int64: Set<String>] = [:]
    var termFrequencies: [String: Int] = [:]
    var searchDocuments: [SearchDocument] = []

    func canonical(_ id: String) -> String {
        var id = id
        var hops = 0
        while let next = redirects[id], hops < 32 {
            id = next
            hops += 1
        }
        return id
    }
}

extension InMemoryLedgerState: LedgerTransaction {
    // MARK: - Articles

    func articleID(forContentHash hash: String) throws(StoreError) -> String? { hashes[hash] }

    func hasArticle(id: String) throws(StoreError) -> Bool { articles[id] != nil }

    func nextArticleSequence() throws(StoreError) -> Int { order.count + 1 }

    mutating func insert(article: StoredArticle, sentences: [SentenceRecord]) throws(StoreError) {
        guard articles[article.article.id] == nil, hashes[article.contentHash] == nil else {
            throw StoreError.constraint("article \(article.article.id) or its content hash is already stored")
        }
        articles[article.article.id] = article
        order.append(article.article.id)
        hashes[article.contentHash] = article.article.id
        self.sentences[article.article.id] = sentences
    }

    // MARK: - Entities

    func entityIDs(withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String> {
        var out = Set<String>()
        for k in keys.sorted() {
            for id in entityKeys[k] ?? [] {
                out.insert(id)
                if out.count >= limit { return out }
            }
        }
        return out
    }

    func entity(id: String) throws(StoreError) -> LedgerEntity? { entities[canonical(id)] }

    mutating func save(entity: LedgerEntity, keys: Set<String>) throws(StoreError) {
        entities[entity.id] = entity
        for k in keys { entityKeys[k, default: []].insert(entity.id) }
    }

    mutating func merge(entity from: String, into: String) throws(StoreError) {
        guard from != into else { return }
        for (k, ids) in entityKeys where ids.contains(from) {
            entityKeys[k] = ids.subtracting([from]).union([into])
        }
        for (a, rows) in articleEntities {
            articleEntities[a] = rows.map { r in
                var r = r
                if r.ledgerID == from { r.ledgerID = into }
                return r
            }
        }
        for (id, f) in facts where f.participants.contains(where: { $0.entityID == from }) {
            var f = f
            f.participants = Array(
                Set(f.participants.map { Participant(role: $0.role, entityID: $0.entityID == from ? into : $0.entityID) })
            ).sorted()
            facts[id] = f
        }
        entityArticles[into, default: []].formUnion(entityArticles[from] ?? [])
        entityArticles[from] = nil
        entities[from] = nil
        redirects[from] = into
    }

    mutating func insert(articleEntity: ArticleEntityRow) throws(StoreError) {
        guard articles[articleEntity.articleID] != nil, entities[articleEntity.ledgerID] != nil else {
            throw StoreError.constraint("entity row of \(articleEntity.articleID) points to a missing record")
        }
        articleEntities[articleEntity.articleID, default: []].append(articleEntity)
        entityArticles[articleEntity.ledgerID, default: []].insert(articleEntity.articleID)
    }

    func articleCount(ofEntity id: String) throws(StoreError) -> Int { entityArticles[canonical(id)]?.count ?? 0 }

    // MARK: - Facts

    func factIDs(kind: RecordKind, withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String> {
        var out = Set<String>()
        for k in keys.sorted() {
            for id in factKeys[kind.rawValue + "|" + k] ?? [] {
                out.insert(id)
                if out.count >= limit { return out }
            }
        }
        return out
    }

    func fact(id: String) throws(StoreError) -> LedgerFact? { facts[id] }

    mutating func save(fact: LedgerFact, keys: Set<String>) throws(StoreError) {
        // The same invariants as the SQL schema's foreign keys.
        if let umbrella = fact.umbrellaID, facts[umbrella] == nil {
            throw StoreError.constraint("fact \(fact.id) points to a missing umbrella \(umbrella)")
        }
        if let p = fact.participants.first(where: { entities[$0.entityID] == nil }) {
            throw StoreError.constraint("fact \(fact.id) points to a missing entity \(p.entityID)")
        }
        facts[fact.id] = fact
        for k in keys { factKeys[fact.kind.rawValue + "|" + k, default: []].insert(fact.id) }
    }

    mutating func insert(articleFact: ArticleFactRow) throws(StoreError) {
        guard facts[articleFact.ledgerID] != nil else {
            throw StoreError.constraint("fact row of \(articleFact.articleID) points to a missing record")
        }
        articleFacts[articleFact.articleID, default: []].append(articleFact)
        factArticles[articleFact.ledgerID, default: []].insert(articleFact.articleID)
    }

    mutating func insert(evidence e: EvidenceRecord) throws(StoreError) {
        guard facts[e.factID] != nil else { throw StoreError.constraint("evidence for missing fact \(e.factID)") }
        guard !e.evidence.sentence.isEmpty else { throw StoreError.constraint("empty evidence sentence for \(e.factID)") }
        evidence[e.factID, default: []].append(e)
    }

    mutating func insert(status: StatusAssertion) throws(StoreError) {
        guard facts[status.factID] != nil else { throw StoreError.constraint("status for missing fact \(status.factID)") }
        statuses[status.factID, default: []].append(status)
    }

    func statusHistory(of factID: String) throws(StoreError) -> [StatusAssertion] { statuses[factID] ?? [] }

    // MARK: - Stories

    func storyProfile(ofArticle id: String) throws(StoreError) -> StoryProfile? { profiles[id] }

    func articleIDs(inBands bands: [Int64]) throws(StoreError) -> Set<String> {
        bands.reduce(into: Set<String>()) { $0.formUnion(self.bands[$1] ?? []) }
    }

    func articleIDs(mentioning entityIDs: Set<String>, limit: Int) throws(StoreError) -> Set<String> {
        var out = Set<String>()
        for id in entityIDs.sorted() {
            out.formUnion(entityArticles[canonical(id)] ?? [])
            if out.count >= limit { break }
        }
        return out
    }

    func articleIDs(reporting factIDs: Set<String>) throws(StoreError) -> Set<String> {
        factIDs.reduce(into: Set<String>()) { $0.formUnion(factArticles[$1] ?? []) }
    }

    func entityIDs(ofArticle id: String) throws(StoreError) -> Set<String> {
        Set((articleEntities[id] ?? []).map { canonical($0.ledgerID) })
    }

    func factIDs(ofArticle id: String) throws(StoreError) -> Set<String> {
        Set((articleFacts[id] ?? []).map(\.ledgerID))
    }

    func documentFrequencies(of terms: [String]) throws(StoreError) -> [String: Int] {
        terms.reduce(into: [:]) { $0[$1] = termFrequencies[$1] ?? 0 }
    }

    func articleTotal() throws(StoreError) -> Int { order.count }

    mutating func save(storyProfile: StoryProfile, bands: [Int64]) throws(StoreError) {
        profiles[storyProfile.articleID] = storyProfile
        for b in bands { self.bands[b, default: []].insert(storyProfile.articleID) }
        for t in storyProfile.lead.keys { termFrequencies[t, default: 0] += 1 }
        articles[storyProfile.articleID]?.storyID = storyProfile.storyID
    }

    mutating func mergeStory(_ from: String, into: String) throws(StoreError) {
        for (id, a) in articles where a.storyID == from { articles[id]?.storyID = into }
        for (id, p) in profiles where p.storyID == from { profiles[id]?.storyID = into }
    }

    // MARK: - Search

    mutating func index(_ document: SearchDocument) throws(StoreError) { searchDocuments.append(document) }
}
