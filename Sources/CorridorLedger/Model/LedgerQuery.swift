public import CorridorModel

/// Filters for listing records; every filter left nil matches everything.
///
/// ```swift
/// let pk = LedgerFilter(country: "PK", since: PartialDate(year: 2024))
/// let rows = try await store.list(.agreement, filter: pk)
/// ```
public struct LedgerFilter: Sendable, Hashable {
    /// A name or ledger id of an entity that must take part (party, actor, signatory …).
    public var actor: String?
    /// An ISO country code: the entity's country, or the country of any participant of a fact.
    public var country: String?
    /// The entity type (`PERSON`) or fact sub-kind (`mou`, `visit`, `pledged`, `transport`).
    public var kind: String?
    /// A sector of a fact.
    public var sector: Sector?
    /// The current lifecycle status of a fact.
    public var status: LifecycleStatus?
    /// The earliest date (fact date, or for entities the last article naming them).
    public var since: PartialDate?
    /// The latest date (fact date, or for entities the first article naming them).
    public var until: PartialDate?
    /// The most rows returned.
    public var limit: Int

    /// Creates a filter.
    public init(
        actor: String? = nil, country: String? = nil, kind: String? = nil, sector: Sector? = nil,
        status: LifecycleStatus? = nil, since: PartialDate? = nil, until: PartialDate? = nil, limit: Int = 1000
    ) {
        self.actor = actor
        self.country = country
        self.kind = kind
        self.sector = sector
        self.status = status
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// One row of a listing: an entity or a fact with how many articles and independent stories report it.
public struct LedgerRecord: Sendable, Codable, Hashable, Identifiable {
    /// The ledger id.
    public var id: String
    /// Entity or fact kind.
    public var kind: RecordKind
    /// The name or title.
    public var label: String
    /// The entity type or the fact's sub-kind.
    public var type: String
    /// The entity's country, or the countries of a fact's participants joined by `-`.
    public var country: String?
    /// The fact's date; for an entity, the first article date.
    public var date: PartialDate?
    /// The current lifecycle status (facts).
    public var status: LifecycleStatus?
    /// Other names.
    public var aliases: [String]
    /// The entities taking part (facts), names filled in.
    public var participants: [Participant]
    /// The umbrella record this one belongs to.
    public var umbrellaID: String?
    /// For an umbrella, how many documents it stands for.
    public var count: Int?
    /// The money involved.
    public var amount: Amount?
    /// The sectors.
    public var sectors: [Sector]
    /// How many stored articles report it.
    public var articleCount: Int
    /// How many independent stories report it: syndicated copies count once.
    public var sourceCount: Int

    /// The label, or for an untitled agreement its kind, count and parties ("23 × mou: Pakistan, China").
    public var displayLabel: String {
        guard label.isEmpty else { return label }
        let parties = participants.filter { $0.role == .party || $0.role == .actor }.map { $0.name ?? $0.entityID }
        let head = (count.map { "\($0) × " } ?? "") + type
        return parties.isEmpty ? head : head + ": " + parties.joined(separator: ", ")
    }

    /// Creates a row.
    public init(
        id: String, kind: RecordKind, label: String, type: String, country: String? = nil, date: PartialDate? = nil,
        status: LifecycleStatus? = nil, aliases: [String] = [], participants: [Participant] = [],
        umbrellaID: String? = nil, count: Int? = nil, amount: Amount? = nil, sectors: [Sector] = [],
        articleCount: Int = 0, sourceCount: Int = 0
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.type = type
        self.country = country
        self.date = date
        self.status = status
        self.aliases = aliases
        self.participants = participants
        self.umbrellaID = umbrellaID
        self.count = count
        self.amount = amount
        self.sectors = sectors
        self.articleCount = articleCount
        self.sourceCount = sourceCount
    }
}

/// Where a record is reported: the article, its date and outlet, and the sentence.
public struct SourceSentence: Sendable, Codable, Hashable {
    /// The article id.
    public var articleID: String
    /// The story the article belongs to.
    public var storyID: String
    /// The article's publication date.
    public var publishedAt: PartialDate?
    /// The outlet.
    public var outlet: String?
    /// The article URL.
    public var url: String?
    /// The sentence index.
    public var sentenceIndex: Int
    /// The sentence, verbatim.
    public var sentence: String
    /// The rule that produced the fact or mention.
    public var rule: String

    /// Creates a source sentence.
    public init(
        articleID: String, storyID: String, publishedAt: PartialDate?, outlet: String?, url: String?,
        sentenceIndex: Int, sentence: String, rule: String
    ) {
        self.articleID = articleID
        self.storyID = storyID
        self.publishedAt = publishedAt
        self.outlet = outlet
        self.url = url
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.rule = rule
    }
}

/// Everything the ledger holds about one record: the row, its evidence, history and relations.
public struct RecordDetail: Sendable, Codable, Hashable {
    /// The record.
    public var record: LedgerRecord
    /// The sentences that report it, from every article, in date order.
    public var evidence: [SourceSentence]
    /// The dated status assertions, oldest first.
    public var history: [StatusAssertion]
    /// For an umbrella, the documents it contains; for an entity, the facts it takes part in.
    public var related: [LedgerRecord]

    /// Creates a detail view.
    public init(record: LedgerRecord, evidence: [SourceSentence], history: [StatusAssertion], related: [LedgerRecord]) {
        self.record = record
        self.evidence = evidence
        self.history = history
        self.related = related
    }
}

/// One dated line of a timeline.
public struct TimelineEntry: Sendable, Codable, Hashable {
    /// The date.
    public var date: PartialDate?
    /// The record.
    public var recordID: String
    /// The record kind.
    public var kind: RecordKind
    /// What happened: the fact's label, or a status change.
    public var summary: String
    /// The status, when the entry is a status assertion.
    public var status: LifecycleStatus?
    /// The article that reports it.
    public var articleID: String

    /// Creates an entry.
    public init(
        date: PartialDate?, recordID: String, kind: RecordKind, summary: String, status: LifecycleStatus? = nil,
        articleID: String
    ) {
        self.date = date
        self.recordID = recordID
        self.kind = kind
        self.summary = summary
        self.status = status
        self.articleID = articleID
    }
}

/// A full-text search hit: a sentence or a fact, ranked and highlighted.
public struct SearchHit: Sendable, Codable, Hashable {
    /// `sentence` or the fact kind.
    public var kind: String
    /// The ledger id for a fact, the article id for a sentence.
    public var refID: String
    /// The article the text is in (empty for a fact label).
    public var articleID: String
    /// The text with the matched terms between `[` and `]`, shortened around them.
    public var snippet: String
    /// The rank: lower is better (bm25 convention).
    public var rank: Double

    /// Creates a hit.
    public init(kind: String, refID: String, articleID: String, snippet: String, rank: Double) {
        self.kind = kind
        self.refID = refID
        self.articleID = articleID
        self.snippet = snippet
        self.rank = rank
    }
}

/// How much the ledger holds.
public struct LedgerCounts: Sendable, Codable, Hashable {
    /// Stored articles.
    public var articles: Int
    /// Independent stories (clusters of near-copies and same-event reports).
    public var stories: Int
    /// Stored sentences.
    public var sentences: Int
    /// Ledger entities.
    public var entities: Int
    /// Ledger agreements, counting an umbrella and each of its known members once.
    public var agreements: Int
    /// Ledger commitments.
    public var commitments: Int
    /// Ledger events.
    public var events: Int
    /// Ledger projects.
    public var projects: Int
    /// Pieces of evidence.
    public var evidence: Int
    /// Status assertions.
    public var statusAssertions: Int

    /// Creates counts.
    public init(
        articles: Int = 0, stories: Int = 0, sentences: Int = 0, entities: Int = 0, agreements: Int = 0,
        commitments: Int = 0, events: Int = 0, projects: Int = 0, evidence: Int = 0, statusAssertions: Int = 0
    ) {
        self.articles = articles
        self.stories = stories
        self.sentences = sentences
        self.entities = entities
        self.agreements = agreements
        self.commitments = commitments
        self.events = events
        self.projects = projects
        self.evidence = evidence
        self.statusAssertions = statusAssertions
    }
}

/// The result of storing one article.
public enum IngestOutcome: Sendable, Hashable {
    /// Stored as new, in the given story.
    case stored(articleID: String, storyID: String)
    /// The same content was already stored under this article id; nothing was written.
    case duplicate(existingArticleID: String)
}

/// A cluster of articles reporting one story: syndicated copies and reports of the same event.
public struct Story: Sendable, Codable, Hashable {
    /// The story id.
    public var id: String
    /// The articles, in storage order.
    public var articleIDs: [String]
    /// The outlets, in storage order.
    public var outlets: [String]

    /// Creates a story.
    public init(id: String, articleIDs: [String], outlets: [String]) {
        self.id = id
        self.articleIDs = articleIDs
        self.outlets = outlets
    }
}
