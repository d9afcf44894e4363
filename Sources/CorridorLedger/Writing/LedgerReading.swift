public import CorridorModel

/// The reads ``LedgerQueries`` needs, inside one read transaction.
///
/// Backends narrow the rows with their indexes (type, country, kind, dates); the query logic on
/// top (actor filters, counts of articles and stories, evidence and history) is shared.
public protocol LedgerReading {
    /// Entities of a type and country (nil: any), sorted by id.
    func entities(type: EntityType?, country: String?) throws(StoreError) -> [LedgerEntity]
    /// Facts of a kind, narrowed by sub-kind and status when given, sorted by id.
    func facts(kind: RecordKind, subtype: String?, status: LifecycleStatus?) throws(StoreError) -> [LedgerFact]
    /// A ledger entity, following merges.
    func entity(id: String) throws(StoreError) -> LedgerEntity?
    /// A ledger fact.
    func fact(id: String) throws(StoreError) -> LedgerFact?
    /// The ids of entities indexed under any of the keys.
    func entityIDs(withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String>
    /// The ids of facts of a kind indexed under any of the keys.
    func factIDs(kind: RecordKind, withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String>
    /// The facts an entity takes part in.
    func factIDs(withParticipant entityID: String) throws(StoreError) -> Set<String>
    /// The articles naming an entity, with the sentence indexes of the mentions.
    func mentions(ofEntity id: String) throws(StoreError) -> [(articleID: String, sentences: [Int])]
    /// The articles reporting a fact.
    func articleIDs(reportingFact id: String) throws(StoreError) -> Set<String>
    /// A stored article's metadata (its text may be left empty).
    func articleMetadata(id: String) throws(StoreError) -> StoredArticle?
    /// A sentence of an article.
    func sentence(article: String, index: Int) throws(StoreError) -> SentenceRecord?
    /// The evidence of a fact.
    func evidence(ofFact id: String) throws(StoreError) -> [EvidenceRecord]
    /// The status assertions of a fact.
    func statusHistory(of factID: String) throws(StoreError) -> [StatusAssertion]
    /// The facts whose umbrella is `id`.
    func members(ofUmbrella id: String) throws(StoreError) -> [LedgerFact]
}
