/// The trigger words and phrases behind the fact rules, as data (`facts.json` in CorridorResources).
///
/// Every trigger has a stable id, reported as the `rule` of the evidence it produces. Phrases are
/// matched on token norms (lowercase, folded), so "MoU", "MOU" and "mou" are one phrase.
public struct FactCues: Sendable, Codable, Hashable {
    /// A trigger: an id, the phrases that fire it and what it means.
    public struct Trigger: Sendable, Codable, Hashable {
        /// The stable rule id, e.g. `"agreement.noun.mou"`.
        public var id: String
        /// The phrases, lowercase.
        public var phrases: [String]
        /// For agreement nouns, the agreement kind; for events, the event kind.
        public var kind: String?
        /// For events, the CAMEO code.
        public var cameo: String?
        /// For commitments, the modality.
        public var modality: String?
        /// For project status cues, the lifecycle status.
        public var status: String?

        /// Creates a trigger.
        public init(
            id: String, phrases: [String], kind: String? = nil, cameo: String? = nil, modality: String? = nil,
            status: String? = nil
        ) {
            self.id = id
            self.phrases = phrases
            self.kind = kind
            self.cameo = cameo
            self.modality = modality
            self.status = status
        }
    }

    /// Pronouns and phrases that stand for an actor.
    public struct PronounSets: Sendable, Codable, Hashable {
        /// Stand for the two countries of the article: "both countries", "the two sides", "they".
        public var pair: [String]
        /// Stand for the last person named: "he", "the minister".
        public var person: [String]
        /// Stand for the last body named: "it", "the ministry".
        public var body: [String]
    }

    /// Nouns that name a signed document, each with its agreement kind.
    public var agreementNouns: [Trigger]
    /// Verbs that report a document as concluded: sign, ink, conclude, renew, extend …
    public var conclusionVerbs: Trigger
    /// Base forms of the conclusion verbs ("sign", "ink"): they report a signing only in headlines,
    /// elsewhere they are generic or future ("continue talks and sign MoUs").
    public var conclusionBaseForms: [String]
    /// Verbs that report a joint statement as issued: "issued", "released", "said in".
    public var statementVerbs: [String]
    /// Words that may follow a document noun that names a document; any other lowercase word makes
    /// the noun a modifier ("the lease contract period", "agreement signing ceremony").
    public var modifierFollowers: [String]
    /// Nouns of signing: "signing ceremony".
    public var signingNouns: Trigger
    /// Words that introduce an enumeration of documents: "as follows", "including".
    public var listIntroducers: Trigger
    /// Words that make a document noun an umbrella for many: "multiple", "a series of".
    public var umbrellaQuantifiers: Trigger
    /// Words that put an act in the future or in doubt: "will", "expected", "plans".
    public var futureMarkers: Trigger
    /// Words that put an event at another time than the article's news: "earlier", "ago", "next".
    public var otherTimeMarkers: Trigger
    /// Negations: "not", "yet to".
    public var negations: Trigger
    /// Commitment triggers, each with its modality.
    public var commitments: [Trigger]
    /// Verbs that make "will"/"shall" a promise ("will provide", "will fully assume").
    public var willVerbs: [String]
    /// Verbs after "will" that predict rather than promise ("will be", "will remain", "will boost").
    public var willNonCommitments: [String]
    /// Adverbs allowed between "will" and its verb ("will also extend").
    public var willAdverbs: [String]
    /// Participles that make "will be …" a promise ("will be launched").
    public var passiveWillVerbs: [String]
    /// Actor pronouns.
    public var commitmentPronouns: PronounSets
    /// Subjects whose statements are opinions, not commitments: "analysts", "experts".
    public var nonActors: [String]
    /// Event triggers, each with its kind and CAMEO code.
    public var events: [Trigger]
    /// Finer CAMEO codes for particular attack words.
    public var attackCameo: [String: String]
    /// Words that report deaths.
    public var casualtyVerbs: [String]
    /// Words that report injuries.
    public var injuryVerbs: [String]
    /// Head nouns of project names: "port", "railway", "power plant", "data centre".
    public var projectHeads: [String]
    /// Words that show a sentence is about developing, financing or running a facility.
    public var projectContext: [String]
    /// Status cues of projects, each with its lifecycle status.
    public var projectStatus: [Trigger]
}
