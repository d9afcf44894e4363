public import CorridorModel

/// An entity of an article as stored: the extractor's entity and the ledger entity it resolved to.
public struct ArticleEntityRow: Sendable, Codable, Hashable {
    /// The article.
    public var articleID: String
    /// The entity as the article reports it (local id `e1` …).
    public var entity: Entity
    /// The ledger entity it resolved to.
    public var ledgerID: String

    /// Creates a row.
    public init(articleID: String, entity: Entity, ledgerID: String) {
        self.articleID = articleID
        self.entity = entity
        self.ledgerID = ledgerID
    }
}

/// A fact as one article reports it.
public enum ReportedFact: Sendable, Codable, Hashable {
    /// A signed document.
    case agreement(Agreement)
    /// A promise.
    case commitment(Commitment)
    /// A meeting, visit, attack …
    case event(Event)
    /// A named project.
    case project(Project)

    /// The local id (`a1`, `c1`, `v1`, `p1`).
    public var localID: String {
        switch self {
        case .agreement(let x): x.id
        case .commitment(let x): x.id
        case .event(let x): x.id
        case .project(let x): x.id
        }
    }

    /// The record kind.
    public var kind: RecordKind {
        switch self {
        case .agreement: .agreement
        case .commitment: .commitment
        case .event: .event
        case .project: .project
        }
    }

    /// The evidence sentences.
    public var evidence: [Evidence] {
        switch self {
        case .agreement(let x): x.evidence
        case .commitment(let x): x.evidence
        case .event(let x): x.evidence
        case .project(let x): x.evidence
        }
    }
}

/// A fact of an article as stored: what the article reports and the ledger fact it resolved to.
public struct ArticleFactRow: Sendable, Codable, Hashable {
    /// The article.
    public var articleID: String
    /// The fact as reported.
    public var fact: ReportedFact
    /// The ledger fact it resolved to.
    public var ledgerID: String

    /// Creates a row.
    public init(articleID: String, fact: ReportedFact, ledgerID: String) {
        self.articleID = articleID
        self.fact = fact
        self.ledgerID = ledgerID
    }
}

/// A piece of text made searchable: a sentence, or a fact or entity name.
public struct SearchDocument: Sendable, Hashable {
    /// `sentence`, `entity` or the fact kind.
    public var kind: String
    /// The article id for a sentence, the ledger id otherwise.
    public var refID: String
    /// The article the text comes from.
    public var articleID: String
    /// The text.
    public var text: String

    /// Creates a search document.
    public init(kind: String, refID: String, articleID: String, text: String) {
        self.kind = kind
        self.refID = refID
        self.articleID = articleID
        self.text = text
    }
}

/// The reads and writes ``LedgerWriter`` needs inside one write transaction.
///
/// Backends implement these primitives over their storage (a value copy for the in-memory store,
/// a GRDB `Database` for SQLite); the resolution logic above them is shared, so every backend
/// resolves alike. Every method runs inside the caller's transaction: a thrown error rolls back
/// the whole article.
public protocol LedgerTransaction {
    // MARK: - Articles

    /// The id of the article stored with this content hash.
    func articleID(forContentHash hash: String) throws(StoreError) -> String?
    /// Whether an article with this id is stored.
    func hasArticle(id: String) throws(StoreError) -> Bool
    /// The sequence number the next stored article gets.
    func nextArticleSequence() throws(StoreError) -> Int
    /// Stores an article and its sentences.
    mutating func insert(article: StoredArticle, sentences: [SentenceRecord]) throws(StoreError)

    // MARK: - Entities

    /// The ids of ledger entities indexed under any of the keys, at most `limit`.
    func entityIDs(withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String>
    /// A ledger entity, following merges.
    func entity(id: String) throws(StoreError) -> LedgerEntity?
    /// Inserts or replaces a ledger entity and adds index keys.
    mutating func save(entity: LedgerEntity, keys: Set<String>) throws(StoreError)
    /// Moves everything of `from` to `into`, deletes `from` and remembers the redirect.
    mutating func merge(entity from: String, into: String) throws(StoreError)
    /// Stores an article's entity and its ledger link.
    mutating func insert(articleEntity: ArticleEntityRow) throws(StoreError)
    /// How many articles name a ledger entity.
    func articleCount(ofEntity id: String) throws(StoreError) -> Int

    // MARK: - Facts

    /// The ids of ledger facts of a kind indexed under any of the keys, at most `limit`.
    func factIDs(kind: RecordKind, withKeys keys: Set<String>, limit: Int) throws(StoreError) -> Set<String>
    /// A ledger fact.
    func fact(id: String) throws(StoreError) -> LedgerFact?
    /// Inserts or replaces a ledger fact and adds index keys.
    mutating func save(fact: LedgerFact, keys: Set<String>) throws(StoreError)
    /// Stores an article's fact and its ledger link.
    mutating func insert(articleFact: ArticleFactRow) throws(StoreError)
    /// Adds a piece of evidence to a ledger fact.
    mutating func insert(evidence: EvidenceRecord) throws(StoreError)
    /// Adds a status assertion to a ledger fact.
    mutating func insert(status: StatusAssertion) throws(StoreError)
    /// The status assertions of a fact, in insertion order.
    func statusHistory(of factID: String) throws(StoreError) -> [StatusAssertion]

    // MARK: - Stories

    /// The story profile of a stored article.
    func storyProfile(ofArticle id: String) throws(StoreError) -> StoryProfile?
    /// Articles sharing a MinHash band.
    func articleIDs(inBands bands: [Int64]) throws(StoreError) -> Set<String>
    /// Articles naming any of the ledger entities, at most `limit`.
    func articleIDs(mentioning entityIDs: Set<String>, limit: Int) throws(StoreError) -> Set<String>
    /// Articles reporting any of the ledger facts.
    func articleIDs(reporting factIDs: Set<String>) throws(StoreError) -> Set<String>
    /// The ledger entities an article names.
    func entityIDs(ofArticle id: String) throws(StoreError) -> Set<String>
    /// The ledger facts an article reports.
    func factIDs(ofArticle id: String) throws(StoreError) -> Set<String>
    /// In how many stored articles' leads each term occurs.
    func documentFrequencies(of terms: [String]) throws(StoreError) -> [String: Int]
    /// How many articles are stored.
    func articleTotal() throws(StoreError) -> Int
    /// Stores an article's story profile, its bands and its lead terms' document frequencies.
    mutating func save(storyProfile: StoryProfile, bands: [Int64]) throws(StoreError)
    /// Moves every article of the story `from` into the story `into`.
    mutating func mergeStory(_ from: String, into: String) throws(StoreError)

    // MARK: - Search

    /// Makes a text searchable.
    mutating func index(_ document: SearchDocument) throws(StoreError)
}
