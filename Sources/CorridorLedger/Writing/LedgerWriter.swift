public import CorridorModel

/// Stores one article's extraction into a ledger transaction, resolving its entities and facts
/// against what the ledger already holds.
///
/// This is the backend-independent half of every ``LedgerStore``: the backend opens a write
/// transaction, wraps it in a ``LedgerTransaction`` and calls ``write(_:contentHash:into:)``;
/// if anything throws, the backend rolls the transaction back and nothing of the article stays.
///
/// ```swift
/// let writer = LedgerWriter()
/// var tx = MyTransaction(db)
/// let outcome = try writer.write(extraction, contentHash: hash, into: &tx)
/// ```
public struct LedgerWriter: Sendable {
    /// The word lists and thresholds.
    public let configuration: ResolverConfiguration
    /// The story clusterer.
    public let clusterer: StoryClusterer
    let keyer: NameKeyer
    let entityMatcher = EntityMatcher()
    let factMatcher: FactMatcher

    /// The most candidates compared for one entity or fact.
    static let candidateLimit = 200

    /// Creates a writer.
    public init(configuration: ResolverConfiguration = ResolverConfiguration(), clusterer: StoryClusterer = StoryClusterer()) {
        self.configuration = configuration
        self.clusterer = clusterer
        keyer = NameKeyer(configuration: configuration)
        factMatcher = FactMatcher(configuration: configuration)
    }

    /// Stores an article, or does nothing when its content hash is known.
    ///
    /// - Throws: ``StoreError`` from the transaction; the caller must roll back.
    public func write<T: LedgerTransaction>(
        _ x: ArticleExtraction, contentHash: String, into tx: inout T
    ) throws(StoreError) -> IngestOutcome {
        if let existing = try tx.articleID(forContentHash: contentHash) {
            return .duplicate(existingArticleID: existing)
        }
        var article = x.article
        if try tx.hasArticle(id: article.id) {
            // Same id, new content (an updated page): keep both, the new one under a derived id.
            article.id += "~" + String(contentHash.prefix(8))
        }
        let provisionalStory = "story:" + article.id
        try tx.insert(
            article: StoredArticle(
                article: article, contentHash: contentHash, storyID: provisionalStory,
                sequence: try tx.nextArticleSequence()),
            sentences: x.sentences)
        for s in x.sentences where !s.isFurniture {
            try tx.index(SearchDocument(kind: "sentence", refID: article.id, articleID: article.id, text: s.text))
        }

        var ids: [String: String] = [:]
        for e in x.entities { ids[e.id] = try resolve(entity: e, tx: &tx) }
        // A later entity of the article may have merged an earlier one's record into another.
        for (local, ledger) in ids { ids[local] = try tx.entity(id: ledger)?.id ?? ledger }
        for e in x.entities {
            try tx.insert(articleEntity: ArticleEntityRow(articleID: article.id, entity: e, ledgerID: ids[e.id] ?? ""))
        }

        var factIDs = Set<String>()
        var taken = Set<String>()
        let reported: [ReportedFact] =
            x.agreements.map(ReportedFact.agreement) + x.commitments.map(ReportedFact.commitment)
            + x.events.map(ReportedFact.event) + x.projects.map(ReportedFact.project)
        for f in reported {
            let id = try resolve(fact: f, article: article, entityIDs: ids, taken: &taken, tx: &tx)
            ids[f.localID] = id
            factIDs.insert(id)
            try tx.insert(articleFact: ArticleFactRow(articleID: article.id, fact: f, ledgerID: id))
        }

        let entityIDs = Set(x.entities.compactMap { ids[$0.id] })
        let story = try assignStory(
            article: article, provisional: provisionalStory, entityIDs: entityIDs, factIDs: factIDs, tx: &tx)
        return .stored(articleID: article.id, storyID: story)
    }

    // MARK: - Entities

    func resolve<T: LedgerTransaction>(entity e: Entity, tx: inout T) throws(StoreError) -> String {
        let p = keyer.profile(of: e)
        var scored: [(score: Int, entity: LedgerEntity)] = []
        var seen = Set<String>()
        for id in try tx.entityIDs(withKeys: p.probeKeys, limit: Self.candidateLimit).sorted() {
            guard let c = try tx.entity(id: id), seen.insert(c.id).inserted else { continue }
            if let s = entityMatcher.score(p, keyer.profile(of: c)) { scored.append((s, c)) }
        }
        scored.sort { ($0.score, $1.entity.id) > ($1.score, $0.entity.id) }
        guard let best = scored.first,
            best.score >= EntityMatcher.strong || scored.filter({ $0.score == best.score }).count == 1
        else {
            return try create(entity: e, profile: p, tx: &tx)
        }
        var target = best.entity
        if best.score >= EntityMatcher.bridging {
            // The article names as one thing what the ledger holds as several: merge them.
            let bridged = scored.filter { $0.score >= EntityMatcher.bridging }.map(\.entity)
            if let survivor = bridged.min(by: { $0.id < $1.id }) {
                target = survivor
                for other in bridged where other.id != survivor.id {
                    try tx.merge(entity: other.id, into: survivor.id)
                    target = absorb(other, into: target)
                }
            }
        }
        target = absorb(e, profile: p, into: target)
        try tx.save(entity: target, keys: keyer.profile(of: target).indexKeys.union(p.indexKeys))
        return target.id
    }

    private func create<T: LedgerTransaction>(entity e: Entity, profile p: EntityProfile, tx: inout T) throws(StoreError)
        -> String
    {
        let base = LedgerIDs.entity(p, name: e.name, countryWords: configuration.countryWords)
        var id = base
        var n = 2
        while try tx.entity(id: id) != nil {
            id = base + "-\(n)"
            n += 1
        }
        let record = LedgerEntity(
            id: id, name: e.name, type: e.type, country: p.country, lexiconID: e.lexiconID,
            aliases: Self.merged([], adding: e.aliases, except: e.name), isTypeTentative: p.isTypeTentative)
        try tx.save(entity: record, keys: p.indexKeys)
        return id
    }

    private func absorb(_ e: Entity, profile p: EntityProfile, into t: LedgerEntity) -> LedgerEntity {
        var t = t
        var names = [e.name] + e.aliases
        let firm = !p.isTypeTentative && EntityProfile.TypeClass(e.type) == EntityProfile.TypeClass(t.type)
        if firm, NameFolding.words(e.name).count > NameFolding.words(t.name).count {
            names.append(t.name)
            t.name = e.name
        }
        if t.isTypeTentative, !p.isTypeTentative {
            t.type = e.type
            t.isTypeTentative = false
        }
        t.country = t.country ?? p.country
        t.lexiconID = t.lexiconID ?? e.lexiconID
        t.aliases = Self.merged(t.aliases, adding: names, except: t.name)
        return t
    }

    private func absorb(_ other: LedgerEntity, into t: LedgerEntity) -> LedgerEntity {
        var t = t
        t.country = t.country ?? other.country
        t.lexiconID = t.lexiconID ?? other.lexiconID
        t.aliases = Self.merged(t.aliases, adding: [other.name] + other.aliases, except: t.name)
        return t
    }

    static func merged(_ existing: [String], adding: [String], except name: String) -> [String] {
        var seen = Set([NameFolding.key(name)])
        var out: [String] = []
        for a in existing + adding where seen.insert(NameFolding.key(a)).inserted && !a.isEmpty {
            out.append(a)
        }
        return Array(out.sorted().prefix(64))
    }
}
