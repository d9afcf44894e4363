public import CorridorModel

/// The comparable forms of one entity's names: what cross-article matching looks at.
///
/// Built by ``NameKeyer`` from a name, its aliases, type and country. Keys are folded
/// (``NameFolding``), titles stripped from person names, plural endings dropped, and hyphenated
/// country pairs put in a fixed order (`"pakistan-china"` and `"China-Pakistan"` agree).
public struct EntityProfile: Sendable, Hashable {
    /// The entity type.
    public var type: EntityType
    /// The country stated by the extractor, else one implied by the name ("Chinese Foreign Ministry").
    public var country: String?
    /// The gazetteer entry, when known.
    public var lexiconID: String?
    /// Whether the type is a guess.
    public var isTypeTentative: Bool
    /// Keys of the name itself (with variants: suffix-free, synonym forms).
    public var nameKeys: Set<String>
    /// Keys of the aliases (for people, only aliases of two or more words).
    public var aliasKeys: Set<String>
    /// Acronyms formed from multi-word names ("china overseas port holding company" → "cophc").
    public var acronyms: Set<String>
    /// Single-word forms that may be acronyms ("cophc", "moitt").
    public var shortForms: Set<String>
    /// Keys qualified by country, `"PK:ministry of foreign affair"`.
    public var countryKeys: Set<String>
    /// For people: the first and last words of multi-word names; for a one-word name, the word.
    public var personTokens: Set<String>
    /// Whether the name is made only of generic words ("Ministry of Foreign Affairs").
    public var isGeneric: Bool
    /// The folded words of the main name with titles stripped, for ids.
    public var canonicalWords: [String]

    /// The coarse class of the type: person, org, place or misc.
    public var typeClass: TypeClass { TypeClass(type) }

    /// The classes of entity types compared during matching.
    public enum TypeClass: String, Sendable, Hashable {
        case person, org, place, misc, norp

        /// The class of a type.
        public init(_ t: EntityType) {
            switch t {
            case .person: self = .person
            case .org: self = .org
            case .gpe, .loc, .fac: self = .place
            case .norp: self = .norp
            case .event, .law, .product, .workOfArt: self = .misc
            }
        }
    }

    /// The keys under which this entity is indexed for retrieval.
    public var indexKeys: Set<String> {
        var out = Set<String>()
        for k in nameKeys.union(aliasKeys) { out.insert("k:" + k) }
        for k in acronyms.union(shortForms) where typeClass != .person { out.insert("x:" + k) }
        for k in countryKeys { out.insert("c:" + k) }
        if typeClass == .person { for t in personTokens { out.insert("t:" + t) } }
        return out
    }

    /// The keys to look up to find candidates for this entity.
    public var probeKeys: Set<String> {
        var out = indexKeys
        if typeClass == .person {
            // A lone surname finds full names that end or begin with it, and the reverse.
            if canonicalWords.count == 1 {
                for t in personTokens { out.insert("t:" + t) }
            } else {
                for t in personTokens { out.insert("k:" + t) }
            }
        }
        return out
    }
}
