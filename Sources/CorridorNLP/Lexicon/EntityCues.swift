public import CorridorModel

/// The word lists behind the entity rules: titles, head nouns of organisations, facilities, events
/// and documents, name connectors and particles, and words that are never names on their own.
///
/// All words are lowercase token norms; multi-word titles are space-separated. The lists are data
/// (`entities.json` in CorridorResources) and can be extended by users. The rule ids that fire
/// when a list is used are fixed and documented in `docs/rules.md`.
public struct EntityCues: Sendable, Codable, Hashable {
    /// Titles and roles before a person's name: "president", "prime minister", "ambassador", "mr".
    public var personTitles: [String]
    /// Words that may stand before a title: "federal", "deputy", "former", "foreign", "finance".
    public var titleModifiers: [String]
    /// The last word of an organisation's name: "ministry", "authority", "corporation", "group".
    public var orgHeads: [String]
    /// Last words of company and outlet names that need a proper name before them ("Dhaka Power",
    /// "Huawei Technologies", "Pakistan Observer") because alone they are ordinary words.
    public var companySuffixes: [String]
    /// Legal-form words that open a company's name: "PT" (Indonesia), "JSC", "PJSC". Optional in
    /// the JSON (older cue files have none).
    public var companyPrefixes: [String]
    /// The last word of a facility's name: "port", "airport", "highway", "hall".
    public var facilityHeads: [String]
    /// The last word of a named event: "forum", "summit", "games", "conference".
    public var eventHeads: [String]
    /// The last word of a named document or policy: "agreement", "plan", "charter", "initiative".
    public var lawHeads: [String]
    /// Event nouns that complete a capitalised name in lowercase: "the China-Africa summit".
    public var lowercaseEventHeads: [String]
    /// Words that join capitalised words inside one name: "of", "and", "for", "the", "on", "&".
    public var connectors: [String]
    /// Lowercase particles inside personal names: "bin", "al", "van", "de".
    public var nameParticles: [String]
    /// Suffixes after personal names: "jr", "sr", "ii", "iii", "3rd".
    public var nameSuffixes: [String]
    /// Capitalised words that are never a name on their own: days, months, pronouns, determiners.
    public var nonNames: [String]
    /// All-caps words that are not organisations: "ai", "ceo", "gdp", "fdi", "mou".
    public var nonEntityAcronyms: [String]
    /// Verbs of saying that follow a person's name: "said", "told", "added".
    public var speechVerbs: [String]
    /// Words that make a bare capitalised name a place when they precede it: "in", "at", "from", "to".
    public var placePrepositions: [String]

    /// Creates the cue lists.
    public init(
        personTitles: [String] = [], titleModifiers: [String] = [], orgHeads: [String] = [],
        companySuffixes: [String] = [], companyPrefixes: [String] = [], facilityHeads: [String] = [], eventHeads: [String] = [], lawHeads: [String] = [],
        lowercaseEventHeads: [String] = [], connectors: [String] = [], nameParticles: [String] = [],
        nameSuffixes: [String] = [], nonNames: [String] = [], nonEntityAcronyms: [String] = [],
        speechVerbs: [String] = [], placePrepositions: [String] = []
    ) {
        self.personTitles = personTitles
        self.titleModifiers = titleModifiers
        self.orgHeads = orgHeads
        self.companySuffixes = companySuffixes
        self.companyPrefixes = companyPrefixes
        self.facilityHeads = facilityHeads
        self.eventHeads = eventHeads
        self.lawHeads = lawHeads
        self.lowercaseEventHeads = lowercaseEventHeads
        self.connectors = connectors
        self.nameParticles = nameParticles
        self.nameSuffixes = nameSuffixes
        self.nonNames = nonNames
        self.nonEntityAcronyms = nonEntityAcronyms
        self.speechVerbs = speechVerbs
        self.placePrepositions = placePrepositions
    }
}

extension EntityCues {
    private enum CodingKeys: String, CodingKey {
        case personTitles, titleModifiers, orgHeads, companySuffixes, companyPrefixes, facilityHeads, eventHeads
        case lawHeads, lowercaseEventHeads, connectors, nameParticles, nameSuffixes, nonNames, nonEntityAcronyms
        case speechVerbs, placePrepositions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            personTitles: try c.decode([String].self, forKey: .personTitles),
            titleModifiers: try c.decode([String].self, forKey: .titleModifiers),
            orgHeads: try c.decode([String].self, forKey: .orgHeads),
            companySuffixes: try c.decode([String].self, forKey: .companySuffixes),
            companyPrefixes: try c.decodeIfPresent([String].self, forKey: .companyPrefixes) ?? [],
            facilityHeads: try c.decode([String].self, forKey: .facilityHeads),
            eventHeads: try c.decode([String].self, forKey: .eventHeads),
            lawHeads: try c.decode([String].self, forKey: .lawHeads),
            lowercaseEventHeads: try c.decode([String].self, forKey: .lowercaseEventHeads),
            connectors: try c.decode([String].self, forKey: .connectors),
            nameParticles: try c.decode([String].self, forKey: .nameParticles),
            nameSuffixes: try c.decode([String].self, forKey: .nameSuffixes),
            nonNames: try c.decode([String].self, forKey: .nonNames),
            nonEntityAcronyms: try c.decode([String].self, forKey: .nonEntityAcronyms),
            speechVerbs: try c.decode([String].self, forKey: .speechVerbs),
            placePrepositions: try c.decode([String].self, forKey: .placePrepositions))
    }
}

/// Lists of personal names and common words that help decide whether an unknown capitalised
/// sequence is a person.
public struct NameLists: Sendable, Hashable {
    /// Given names, lowercase.
    public var givenNames: Set<String>
    /// Surnames, lowercase.
    public var surnames: Set<String>
    /// Chinese surnames in pinyin, lowercase.
    public var chineseSurnames: Set<String>
    /// Common English words (lowercase) — a capitalised word in this list is likely not a name.
    public var commonWords: Set<String>

    /// Creates the lists.
    public init(
        givenNames: Set<String> = [], surnames: Set<String> = [], chineseSurnames: Set<String> = [],
        commonWords: Set<String> = []
    ) {
        self.givenNames = givenNames
        self.surnames = surnames
        self.chineseSurnames = chineseSurnames
        self.commonWords = commonWords
    }
}
