public import CorridorModel

/// The kinds of record the ledger keeps.
public enum RecordKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A person, body, company, place, named event or document.
    case entity
    /// A signed document.
    case agreement
    /// A promise by a named actor.
    case commitment
    /// A meeting, visit, attack, conference, condemnation or appeal.
    case event
    /// A named port, railway, road, plant, zone or programme.
    case project

    /// The kinds that are facts rather than entities.
    public static let facts: [RecordKind] = [.agreement, .commitment, .event, .project]

    public static func < (a: RecordKind, b: RecordKind) -> Bool { a.rawValue < b.rawValue }
}

/// The part a ledger entity plays in a fact.
public enum ParticipantRole: String, Sendable, Codable, CaseIterable {
    /// A party to an agreement.
    case party
    /// A person who signed an agreement.
    case signatory
    /// A person who witnessed a signing.
    case witness
    /// The actor of an event or the promiser of a commitment.
    case actor
    /// Who benefits from a commitment.
    case beneficiary
    /// Where an event happened or a project is.
    case place
}

/// A ledger entity taking part in a fact.
public struct Participant: Sendable, Codable, Hashable, Comparable {
    /// The role.
    public var role: ParticipantRole
    /// The ledger id of the entity.
    public var entityID: String
    /// The entity's name, filled in by queries.
    public var name: String?

    /// Creates a participant.
    public init(role: ParticipantRole, entityID: String, name: String? = nil) {
        self.role = role
        self.entityID = entityID
        self.name = name
    }

    public static func < (a: Participant, b: Participant) -> Bool {
        (a.role.rawValue, a.entityID) < (b.role.rawValue, b.entityID)
    }
}

/// One real-world entity as the ledger knows it, merged across every article that names it.
public struct LedgerEntity: Sendable, Codable, Hashable, Identifiable {
    /// The stable ledger id, e.g. `person:shehbaz-sharif`, `org:pk:ministry-of-foreign-affairs`.
    public var id: String
    /// The fullest name seen.
    public var name: String
    /// The type.
    public var type: EntityType
    /// The ISO 3166-1 alpha-2 country, when known.
    public var country: String?
    /// The gazetteer entry id, when an article's entity came from one.
    public var lexiconID: String?
    /// Every other name seen, sorted.
    public var aliases: [String]
    /// Whether the type is a guess of the extractor (an unknown lone name, an all-caps word).
    public var isTypeTentative: Bool

    /// Creates an entity record.
    public init(
        id: String, name: String, type: EntityType, country: String? = nil, lexiconID: String? = nil,
        aliases: [String] = [], isTypeTentative: Bool = false
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.country = country
        self.lexiconID = lexiconID
        self.aliases = aliases
        self.isTypeTentative = isTypeTentative
    }
}

/// One agreement, commitment, event or project as the ledger knows it, merged across articles.
public struct LedgerFact: Sendable, Codable, Hashable, Identifiable {
    /// The stable ledger id, e.g. `agreement:cn-pk:action-plan:2025-02:joint-action-plan-2025-2029`.
    public var id: String
    /// What kind of fact this is (never `.entity`).
    public var kind: RecordKind
    /// The title, name or wording: the agreement's title, the project's name, what was promised.
    public var label: String
    /// The sub-kind: the agreement kind, event kind, commitment modality or project sector.
    public var subtype: String
    /// When it was signed or happened; for commitments and projects, when first reported.
    public var date: PartialDate?
    /// The period it covers.
    public var period: Period?
    /// The money involved.
    public var amount: Amount?
    /// How many of what (commitments).
    public var quantity: Quantity?
    /// For an umbrella record ("23 MoUs"), how many documents it stands for.
    public var count: Int?
    /// The umbrella record this one belongs to.
    public var umbrellaID: String?
    /// The current lifecycle status: the latest dated assertion.
    public var status: LifecycleStatus?
    /// The date of the assertion that set ``status``.
    public var statusDate: PartialDate?
    /// The sectors.
    public var sectors: [Sector]
    /// Other titles or names seen, sorted.
    public var aliases: [String]
    /// The entities taking part, sorted.
    public var participants: [Participant]

    /// Creates a fact record.
    public init(
        id: String, kind: RecordKind, label: String, subtype: String = "", date: PartialDate? = nil,
        period: Period? = nil, amount: Amount? = nil, quantity: Quantity? = nil, count: Int? = nil,
        umbrellaID: String? = nil, status: LifecycleStatus? = nil, statusDate: PartialDate? = nil,
        sectors: [Sector] = [], aliases: [String] = [], participants: [Participant] = []
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.subtype = subtype
        self.date = date
        self.period = period
        self.amount = amount
        self.quantity = quantity
        self.count = count
        self.umbrellaID = umbrellaID
        self.status = status
        self.statusDate = statusDate
        self.sectors = sectors
        self.aliases = aliases
        self.participants = participants
    }

    /// Whether this record stands for several documents ("23 MoUs").
    public var isUmbrella: Bool { (count ?? 0) > 1 }

    /// The ledger ids of the participants with a role.
    public func entityIDs(_ role: ParticipantRole) -> [String] {
        participants.filter { $0.role == role }.map(\.entityID)
    }
}

/// A dated lifecycle status claim about a project, commitment or agreement, with its source.
///
/// A later article reporting a handover or a completed section adds an assertion; the record's
/// ``LedgerFact/status`` is the latest one, and the history keeps them all.
public struct StatusAssertion: Sendable, Codable, Hashable {
    /// The fact the status is about.
    public var factID: String
    /// The status asserted.
    public var status: LifecycleStatus
    /// When: the date the article gives for it, else the article's publication date.
    public var date: PartialDate?
    /// The article that asserts it.
    public var articleID: String
    /// The sentence that asserts it.
    public var sentence: String
    /// The index of that sentence in the article.
    public var sentenceIndex: Int

    /// Creates an assertion.
    public init(
        factID: String, status: LifecycleStatus, date: PartialDate?, articleID: String, sentence: String,
        sentenceIndex: Int
    ) {
        self.factID = factID
        self.status = status
        self.date = date
        self.articleID = articleID
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
    }
}

/// One piece of evidence kept by a ledger fact: the sentence and the article it came from.
public struct EvidenceRecord: Sendable, Codable, Hashable {
    /// The fact it supports.
    public var factID: String
    /// The article.
    public var articleID: String
    /// The sentence, its index, range and rule.
    public var evidence: Evidence

    /// Creates an evidence record.
    public init(factID: String, articleID: String, evidence: Evidence) {
        self.factID = factID
        self.articleID = articleID
        self.evidence = evidence
    }
}

/// An article as stored: the article, its content hash and the story it belongs to.
public struct StoredArticle: Sendable, Codable, Hashable {
    /// The article, body untouched.
    public var article: Article
    /// The hex SHA-256 of the normalised body.
    public var contentHash: String
    /// The id of the story (cluster of near-copies and same-event reports).
    public var storyID: String
    /// The order in which articles were stored, from 1.
    public var sequence: Int

    /// Creates a stored article.
    public init(article: Article, contentHash: String, storyID: String, sequence: Int) {
        self.article = article
        self.contentHash = contentHash
        self.storyID = storyID
        self.sequence = sequence
    }
}
