/// The kind of a signed document.
public enum AgreementKind: String, Sendable, Codable, CaseIterable {
    case mou, agreement
    case actionPlan = "action_plan"
    case jointStatement = "joint_statement"
    case letterOfExchange = "letter_of_exchange"
    case contract, framework, other
}

/// A document reported as signed, concluded, adopted, renewed or extended.
public struct Agreement: Hashable, Sendable, Codable, Identifiable {
    /// The id within the article (`"a1"` …).
    public var id: String
    /// What kind of document it is.
    public var kind: AgreementKind
    /// The document's name when the article gives one ("Joint Action Plan 2025-2029").
    public var title: String?
    /// Entity ids of the parties: the named bodies or companies, otherwise the countries.
    public var parties: [String]
    /// Entity ids of the people who signed.
    public var signatories: [String]
    /// Entity ids of the people who witnessed the signing.
    public var witnesses: [String]
    /// When it was signed.
    public var date: PartialDate?
    /// The period it covers.
    public var period: Period?
    /// The money involved.
    public var amount: Amount?
    /// The sectors it concerns.
    public var sectors: [Sector]
    /// For an umbrella record ("signed 23 MoUs"), how many documents it stands for.
    public var count: Int?
    /// What was done to it: signed, renewed, extended …
    public var action: String?
    /// The sentences that state it.
    public var evidence: [Evidence]

    /// Creates an agreement.
    public init(
        id: String, kind: AgreementKind, title: String? = nil, parties: [String] = [], signatories: [String] = [],
        witnesses: [String] = [], date: PartialDate? = nil, period: Period? = nil, amount: Amount? = nil,
        sectors: [Sector] = [], count: Int? = nil, action: String? = nil, evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.parties = parties
        self.signatories = signatories
        self.witnesses = witnesses
        self.date = date
        self.period = period
        self.amount = amount
        self.sectors = sectors
        self.count = count
        self.action = action
        self.evidence = evidence
    }
}

/// A forward-looking promise by a named actor.
public struct Commitment: Hashable, Sendable, Codable, Identifiable {
    /// How firmly the promise is made.
    public enum Modality: String, Sendable, Codable {
        case pledged, will, agreed, committed, vowed, assured, announced, other
    }

    /// The id within the article (`"c1"` …).
    public var id: String
    /// Entity id of who promises.
    public var actor: String?
    /// Entity id of who benefits.
    public var beneficiary: String?
    /// What is promised, in the article's words.
    public var what: String
    /// How many of what, when counted.
    public var quantity: Quantity?
    /// How much money.
    public var amount: Amount?
    /// The period or deadline.
    public var period: Period?
    /// How the promise is worded.
    public var modality: Modality
    /// The sectors it concerns.
    public var sectors: [Sector]
    /// The sentences that state it.
    public var evidence: [Evidence]

    /// Creates a commitment.
    public init(
        id: String, actor: String?, beneficiary: String? = nil, what: String, quantity: Quantity? = nil,
        amount: Amount? = nil, period: Period? = nil, modality: Modality, sectors: [Sector] = [],
        evidence: [Evidence] = []
    ) {
        self.id = id
        self.actor = actor
        self.beneficiary = beneficiary
        self.what = what
        self.quantity = quantity
        self.amount = amount
        self.period = period
        self.modality = modality
        self.sectors = sectors
        self.evidence = evidence
    }
}

/// The kind of a reported event.
public enum EventKind: String, Sendable, Codable, CaseIterable {
    case meeting, visit, attack, conference, condemnation, appeal, other
}

/// Who was killed or hurt in an attack.
public struct Casualties: Hashable, Sendable, Codable {
    /// People killed.
    public var killed: Int?
    /// People injured.
    public var injured: Int?
    /// ISO 3166-1 alpha-2 code of the victims' nationality, when stated.
    public var victimNationality: String?

    /// Creates a casualty count.
    public init(killed: Int? = nil, injured: Int? = nil, victimNationality: String? = nil) {
        self.killed = killed
        self.injured = injured
        self.victimNationality = victimNationality
    }
}

/// A meeting, visit, attack, conference, condemnation or appeal reported as having happened or
/// being scheduled.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// The id within the article (`"v1"` …).
    public var id: String
    /// The kind of event.
    public var kind: EventKind
    /// The CAMEO event code, e.g. `"040"` consult, `"043"` host a visit, `"180"` assault.
    public var cameo: String
    /// Entity ids of the actors.
    public var actors: [String]
    /// When it happened.
    public var date: PartialDate?
    /// Entity id of where it happened.
    public var place: String?
    /// For attacks, the casualties.
    public var casualties: Casualties?
    /// The sentences that report it.
    public var evidence: [Evidence]

    /// Creates an event.
    public init(
        id: String, kind: EventKind, cameo: String, actors: [String] = [], date: PartialDate? = nil,
        place: String? = nil, casualties: Casualties? = nil, evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.cameo = cameo
        self.actors = actors
        self.date = date
        self.place = place
        self.casualties = casualties
        self.evidence = evidence
    }
}

/// The lifecycle status of a project or commitment, after AidData's vocabulary.
public enum LifecycleStatus: String, Sendable, Codable, CaseIterable {
    case pledged, planned, approved, committed, signed
    case underImplementation = "under_implementation"
    case completed, delivered
    case handedOver = "handed_over"
    case stalled, suspended, cancelled
}

/// A named port, railway, road, airport, mine, plant, dam, zone, data centre, satellite or programme.
public struct Project: Hashable, Sendable, Codable, Identifiable {
    /// The id within the article (`"p1"` …).
    public var id: String
    /// The fullest name the article gives.
    public var name: String
    /// Other names the article uses.
    public var aliases: [String]
    /// The sector it belongs to.
    public var sector: Sector?
    /// Entity id of where it is.
    public var place: String?
    /// The status the article reports, when it reports one.
    public var status: LifecycleStatus?
    /// The sentence that reports the status.
    public var statusEvidence: Evidence?
    /// The sentences that name it.
    public var evidence: [Evidence]

    /// Creates a project.
    public init(
        id: String, name: String, aliases: [String] = [], sector: Sector? = nil, place: String? = nil,
        status: LifecycleStatus? = nil, statusEvidence: Evidence? = nil, evidence: [Evidence] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.sector = sector
        self.place = place
        self.status = status
        self.statusEvidence = statusEvidence
        self.evidence = evidence
    }
}

/// One sentence of an article, as the pipeline split it.
public struct SentenceRecord: Hashable, Sendable, Codable {
    /// The index of the sentence in the article.
    public var index: Int
    /// Where it stands in the article text.
    public var range: TextRange
    /// The sentence, verbatim.
    public var text: String
    /// A line of its own without final punctuation: a headline or heading.
    public var isHeading: Bool
    /// Page furniture (menus, bylines, related links), not mined for facts.
    public var isFurniture: Bool

    /// Creates a sentence record.
    public init(index: Int, range: TextRange, text: String, isHeading: Bool = false, isFurniture: Bool = false) {
        self.index = index
        self.range = range
        self.text = text
        self.isHeading = isHeading
        self.isFurniture = isFurniture
    }
}

/// Everything Corridor extracted from one article.
public struct ArticleExtraction: Hashable, Sendable, Codable {
    /// The article.
    public var article: Article
    /// The sentences, in order.
    public var sentences: [SentenceRecord]
    /// The named things, in order of first mention.
    public var entities: [Entity]
    /// Signed documents.
    public var agreements: [Agreement]
    /// Promises.
    public var commitments: [Commitment]
    /// Meetings, visits, attacks …
    public var events: [Event]
    /// Named projects.
    public var projects: [Project]

    /// Creates an extraction result.
    public init(
        article: Article, sentences: [SentenceRecord] = [], entities: [Entity] = [], agreements: [Agreement] = [],
        commitments: [Commitment] = [], events: [Event] = [], projects: [Project] = []
    ) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.agreements = agreements
        self.commitments = commitments
        self.events = events
        self.projects = projects
    }
}
