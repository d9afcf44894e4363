/// The kind of a named thing, in the OntoNotes label set used by spaCy and the evaluation.
public enum EntityType: String, Sendable, Codable, CaseIterable, Comparable {
    /// People, including fictional.
    case person = "PERSON"
    /// Companies, agencies, institutions, parties, armed groups.
    case org = "ORG"
    /// Countries, cities, states and provinces.
    case gpe = "GPE"
    /// Non-political locations: regions, seas, mountain ranges.
    case loc = "LOC"
    /// Facilities: buildings, airports, ports, highways, bridges.
    case fac = "FAC"
    /// Named events: forums, summits, games, wars.
    case event = "EVENT"
    /// Named documents made into law or policy: agreements, plans, charters.
    case law = "LAW"
    /// Nationalities, religious and political groups ("Chinese", "Pakistani").
    case norp = "NORP"
    /// Objects, vehicles, products.
    case product = "PRODUCT"
    /// Titles of works.
    case workOfArt = "WORK_OF_ART"

    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}

/// A geographic coordinate in decimal degrees (WGS 84).
public struct Coordinate: Hashable, Sendable, Codable {
    /// Latitude, −90…90.
    public var latitude: Double
    /// Longitude, −180…180.
    public var longitude: Double

    /// Creates a coordinate.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// One place in an article where an entity is named.
public struct Mention: Hashable, Sendable, Codable {
    /// The characters of the mention, as in the article.
    public var text: String
    /// Where the mention stands in the article text.
    public var range: TextRange
    /// The index of the sentence that holds the mention.
    public var sentence: Int
    /// The rule or lexicon entry that found this mention.
    public var rule: String

    /// Creates a mention.
    public init(text: String, range: TextRange, sentence: Int, rule: String) {
        self.text = text
        self.range = range
        self.sentence = sentence
        self.rule = rule
    }
}

/// A named thing found in one article: a person, a body, a company, a place, an event or a document.
///
/// All surface forms that name the same thing within the article are merged into one entity
/// ("Ambassador Jiang", "Jiang" and "Jiang Zaidong"); ``name`` is the fullest form.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// The id of the entity within its article (`"e1"`, `"e2"` …).
    public var id: String
    /// The fullest name the article (or the lexicon) gives.
    public var name: String
    /// The entity's type.
    public var type: EntityType
    /// Every other form the article uses, titles stripped and kept.
    public var aliases: [String]
    /// The ISO 3166-1 alpha-2 code of the country the entity is or belongs to, when known.
    public var country: String?
    /// Every place in the article where the entity is named, in text order.
    public var mentions: [Mention]
    /// The ids of every rule and lexicon entry that fired for this entity, sorted.
    public var rules: [String]
    /// The lexicon entry id when the entity is known to a gazetteer.
    public var lexiconID: String?
    /// Where the entity is, for places known to the gazetteer.
    public var coordinate: Coordinate?

    /// Creates an entity.
    public init(
        id: String,
        name: String,
        type: EntityType,
        aliases: [String] = [],
        country: String? = nil,
        mentions: [Mention] = [],
        rules: [String] = [],
        lexiconID: String? = nil,
        coordinate: Coordinate? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.country = country
        self.mentions = mentions
        self.rules = rules
        self.lexiconID = lexiconID
        self.coordinate = coordinate
    }
}
