/// The word lists and thresholds behind cross-article resolution.
///
/// The defaults are small built-in lists; the CLI adds the person titles and company suffixes of
/// the loaded language data so the ledger and the extractor agree on what a title is.
///
/// ```swift
/// var config = ResolverConfiguration()
/// config.personTitles.formUnion(["chief minister"])
/// ```
public struct ResolverConfiguration: Sendable, Hashable {
    /// Titles and roles stripped from the front of person names ("prime minister", "dr").
    public var personTitles: Set<String>
    /// Words that may precede a title ("federal", "former", "chinese").
    public var titleModifiers: Set<String>
    /// Trailing words of company names dropped for an extra key ("limited", "company").
    public var companySuffixes: Set<String>
    /// Words that alone make a name generic: a body named only with these needs a country to merge.
    public var genericWords: Set<String>
    /// Words skipped when forming acronyms ("of", "and", "the").
    public var stopWords: Set<String>
    /// Country names, short forms and demonyms (folded) to ISO 3166-1 alpha-2 codes.
    public var countryWords: [String: String]
    /// Days within which two undated-by-text reports of one signing or event are the same.
    public var dateWindowDays: Int
    /// The smallest title similarity (token Jaccard) for two agreement titles to match.
    public var titleSimilarity: Double

    /// Creates a configuration; every list defaults to the built-in one.
    public init(
        personTitles: Set<String> = ResolverConfiguration.defaultTitles,
        titleModifiers: Set<String> = ResolverConfiguration.defaultTitleModifiers,
        companySuffixes: Set<String> = ResolverConfiguration.defaultCompanySuffixes,
        genericWords: Set<String> = ResolverConfiguration.defaultGenericWords,
        stopWords: Set<String> = ["of", "and", "the", "for", "on", "in", "&", "de", "du", "la", "at", "to"],
        countryWords: [String: String] = ResolverConfiguration.defaultCountryWords,
        dateWindowDays: Int = 7,
        titleSimilarity: Double = 0.6
    ) {
        self.personTitles = personTitles
        self.titleModifiers = titleModifiers
        self.companySuffixes = companySuffixes
        self.genericWords = genericWords
        self.stopWords = stopWords
        self.countryWords = countryWords
        self.dateWindowDays = dateWindowDays
        self.titleSimilarity = titleSimilarity
    }

    /// Built-in person titles.
    public static let defaultTitles: Set<String> = [
        "president", "prime minister", "premier", "minister", "federal minister", "foreign minister",
        "finance minister", "ambassador", "mr", "mrs", "ms", "dr", "prof", "professor", "senator", "general",
        "gen", "chairman", "governor", "secretary", "state secretary", "crown prince", "prince", "king", "queen",
        "sheikh", "pm", "chief minister", "vice president", "deputy prime minister", "spokesperson", "spokesman",
        "counterpart", "envoy", "consul general", "mohtarma", "shaheed", "nawab", "sir", "lord", "justice",
        "chief justice", "army chief", "commander", "admiral", "marshal", "lieutenant general", "lt gen",
        "major general", "brigadier", "colonel", "captain", "director general", "dg", "ceo", "chairperson",
    ]

    /// Built-in title modifiers: nationalities and ranks that stand before titles.
    public static let defaultTitleModifiers: Set<String> = [
        "federal", "former", "deputy", "acting", "caretaker", "chinese", "pakistani", "indian", "bangladeshi",
        "bangladesh", "saudi", "emirati", "american", "japanese", "then", "interim", "provincial", "state",
        "vice", "assistant", "special", "foreign", "finance", "planning", "interior", "defence", "defense",
    ]

    /// Built-in company suffixes.
    public static let defaultCompanySuffixes: Set<String> = [
        "limited", "ltd", "inc", "incorporated", "plc", "llc", "co", "company", "corp", "pvt", "private", "group",
        "holdings", "holding", "sa", "ag", "gmbh",
    ]

    /// Built-in generic words of government bodies.
    public static let defaultGenericWords: Set<String> = [
        "ministry", "minister", "foreign", "affair", "affairs", "office", "embassy", "government", "cabinet",
        "council", "national", "federal", "state", "department", "division", "commission", "authority", "bank",
        "central", "parliament", "assembly", "senate", "army", "navy", "air", "force", "police", "court",
        "supreme", "high", "of", "the", "and", "for", "finance", "interior", "defence", "defense", "commerce",
        "trade", "planning", "development", "information", "railway", "railways", "energy", "power", "water",
        "education", "health", "agriculture", "industry", "industries", "technology", "science", "it",
        "telecom", "telecommunication", "communications", "communication", "president", "prime", "pm",
        "secretariat", "consulate", "general", "security", "public", "people", "peoples", "republic", "chinese",
        "pakistani", "indian", "house", "party", "agency", "board", "corporation", "port", "airport", "zone",
    ]

    /// Built-in country words: names, short forms and demonyms of common countries.
    public static let defaultCountryWords: [String: String] = [
        "pakistan": "PK", "pakistani": "PK", "pak": "PK",
        "china": "CN", "chinese": "CN", "sino": "CN", "prc": "CN",
        "india": "IN", "indian": "IN", "indo": "IN",
        "bangladesh": "BD", "bangladeshi": "BD",
        "japan": "JP", "japanese": "JP",
        "united states": "US", "us": "US", "usa": "US", "u.s.": "US", "american": "US", "america": "US",
        "saudi arabia": "SA", "saudi": "SA",
        "united arab emirates": "AE", "uae": "AE", "emirati": "AE",
        "philippines": "PH", "philippine": "PH", "filipino": "PH",
        "vietnam": "VN", "vietnamese": "VN", "viet nam": "VN",
        "afghanistan": "AF", "afghan": "AF", "iran": "IR", "iranian": "IR",
        "russia": "RU", "russian": "RU", "turkey": "TR", "turkish": "TR", "turkiye": "TR",
        "united kingdom": "GB", "uk": "GB", "britain": "GB", "british": "GB",
        "france": "FR", "french": "FR", "germany": "DE", "german": "DE",
        "sri lanka": "LK", "sri lankan": "LK", "nepal": "NP", "nepali": "NP", "nepalese": "NP",
        "malaysia": "MY", "malaysian": "MY", "indonesia": "ID", "indonesian": "ID",
        "singapore": "SG", "singaporean": "SG", "korea": "KR", "korean": "KR", "south korea": "KR",
        "qatar": "QA", "qatari": "QA", "egypt": "EG", "egyptian": "EG", "kenya": "KE", "kenyan": "KE",
        "nigeria": "NG", "nigerian": "NG", "ethiopia": "ET", "ethiopian": "ET",
        "central african republic": "CF", "thailand": "TH", "thai": "TH", "myanmar": "MM",
        "uzbekistan": "UZ", "kazakhstan": "KZ", "australia": "AU", "australian": "AU",
        "brazil": "BR", "brazilian": "BR", "canada": "CA", "canadian": "CA",
    ]
}
