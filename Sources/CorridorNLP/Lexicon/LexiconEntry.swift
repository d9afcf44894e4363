public import CorridorModel

/// One gazetteer or lexicon record: a named thing, its other names, its type and country.
///
/// The JSON Lines form (one record a line) is the format of every gazetteer file and of the files
/// users pass with `--lexicon`:
///
/// ```json
/// {"id":"country.pk","label":"GPE","name":"Pakistan","aliases":["Islamic Republic of Pakistan"],"country":"PK"}
/// ```
public struct LexiconEntry: Sendable, Codable, Hashable {
    /// How the text's letter case must agree with the entry's.
    public enum CaseRule: String, Sendable, Codable, Hashable {
        /// Capitalised words of the entry must be capitalised in the text (the default); all-caps
        /// words (acronyms) must be all caps.
        case title
        /// The text must match letter for letter (ambiguous acronyms such as "MCC").
        case exact
        /// Any case matches.
        case any
    }

    /// The stable id, unique across all loaded files (`"country.pk"`, `"pkcn.person.shehbaz-sharif"`).
    public var id: String
    /// The entity type.
    public var label: EntityType
    /// The canonical name.
    public var name: String
    /// Other names.
    public var aliases: [String]?
    /// ISO 3166-1 alpha-2 code of the country the thing is or belongs to.
    public var country: String?
    /// Latitude, for places.
    public var lat: Double?
    /// Longitude, for places.
    public var lon: Double?
    /// A finer kind: country, capital, admin1, city, region, demonym, person, ministry, company …
    public var kind: String?
    /// How letter case must agree (default ``CaseRule/title``).
    public var `case`: CaseRule?
    /// Population, for places.
    public var population: Int?
    /// The name is also an ordinary word or a person's name; matched only with support from context.
    public var ambiguous: Bool?
    /// For people, the role that makes them notable.
    public var role: String?
    /// The entry comes from the data bundled with Corridor rather than from a user lexicon.
    ///
    /// Not part of the JSON form: `LanguageResources` sets it for the bundled files. When entries
    /// sharing a name rank equal, a user entry wins over a bundled one.
    public var isBundled = false

    private enum CodingKeys: String, CodingKey {
        case id, label, name, aliases, country, lat, lon, kind, `case`, population, ambiguous, role
    }

    /// Creates an entry.
    public init(
        id: String, label: EntityType, name: String, aliases: [String]? = nil, country: String? = nil,
        lat: Double? = nil, lon: Double? = nil, kind: String? = nil, case: CaseRule? = nil, population: Int? = nil,
        ambiguous: Bool? = nil, role: String? = nil
    ) {
        self.id = id
        self.label = label
        self.name = name
        self.aliases = aliases
        self.country = country
        self.lat = lat
        self.lon = lon
        self.kind = kind
        self.case = `case`
        self.population = population
        self.ambiguous = ambiguous
        self.role = role
    }

    /// The name followed by every alias.
    public var allNames: [String] { [name] + (aliases ?? []) }

    /// The coordinate, when both latitude and longitude are given.
    public var coordinate: Coordinate? {
        guard let lat, let lon else { return nil }
        return Coordinate(latitude: lat, longitude: lon)
    }
}
