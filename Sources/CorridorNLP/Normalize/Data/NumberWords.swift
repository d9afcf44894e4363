public import CorridorModel

/// The words of numbers: cardinals, multipliers, scale words and the qualifiers put before them.
///
/// Shared by the amount, quantity and date normalisers, so that "3 billion", "five" and "a dozen"
/// read the same everywhere. Decoded from `numbers.json` in CorridorResources. Values are strings
/// ("1000000000") so that they stay exact when decoded into `Decimal`.
public struct NumberWords: Sendable, Codable, Hashable {
    /// Number words with their values: "one" … "nineteen", "twenty" … "ninety".
    public var cardinals: [String: Int]
    /// Words that multiply the number before them inside a number phrase: "hundred" (100), "dozen" (12).
    public var multipliers: [String: Int]
    /// Articles that stand for one before a multiplier or scale: "a", "an" ("a dozen", "a billion").
    public var articles: [String]
    /// Fractions that may stand before an article and a scale: "half" ("half a billion").
    public var fractions: [String: String]
    /// Words joining the parts of a number phrase: "and" ("two hundred and fifty").
    public var joinWords: [String]
    /// Scale words that multiply a number: thousand, million, billion, crore, lakh.
    public var scales: [Scale]
    /// Words before a number that qualify it: "about", "over", "up to".
    public var qualifiers: [QualifierRule]
    /// Words between the two ends of a range: "-", "to" ("$2-3 billion", "10 to 15 people").
    public var rangeConnectors: [String]
    /// Words that open a two-part range closed by ``betweenConnectors``: "between".
    public var betweenWords: [String]
    /// Words that close a range opened by ``betweenWords``: "and".
    public var betweenConnectors: [String]
    /// Words that make "X to Y" a change rather than a range: "from" ("rose from $2bn to $3bn").
    public var changeWords: [String]
    /// Words between two amounts that make the second a conversion of the first: "or"
    /// ("20 billion yuan or 351 billion Pakistani rupees").
    public var conversionWords: [String]
    /// Count nouns that do not look plural: "people", "personnel", "children". With plural-looking
    /// words they end a counted phrase and show that a number is a count: "2000 people", not a year.
    public var countNouns: [String]
    /// Words after a number that show it counts things: "more", "new" ("2000 more troops").
    public var countModifiers: [String]

    /// A scale word.
    public struct Scale: Sendable, Codable, Hashable {
        /// The stable id, `scale.<name>`.
        public var id: String
        /// The factor, as an exact decimal string ("1000000000").
        public var value: String
        /// Forms usable anywhere after a number: "billion", "bn", "bln".
        public var words: [String]
        /// Short forms read only when glued to a number in an amount: "m" ("$500m"), "b", "k".
        public var glued: [String]

        /// Creates a scale.
        public init(id: String, value: String, words: [String], glued: [String] = []) {
            self.id = id
            self.value = value
            self.words = words
            self.glued = glued
        }

        private enum CodingKeys: String, CodingKey {
            case id, value, words, glued
        }

        /// Decodes a scale; `glued` may be left out.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            value = try c.decode(String.self, forKey: .value)
            words = try c.decode([String].self, forKey: .words)
            glued = try c.decodeIfPresent([String].self, forKey: .glued) ?? []
        }
    }

    /// Phrases that give a number a qualifier.
    public struct QualifierRule: Sendable, Codable, Hashable {
        /// The stable id, `qualifier.<name>`.
        public var id: String
        /// The qualifier the phrases give.
        public var qualifier: Amount.Qualifier
        /// The phrases, as written: "more than", "up to", "approx."
        public var phrases: [String]

        /// Creates a qualifier rule.
        public init(id: String, qualifier: Amount.Qualifier, phrases: [String]) {
            self.id = id
            self.qualifier = qualifier
            self.phrases = phrases
        }
    }

    /// Creates the lists; the defaults are empty.
    public init(
        cardinals: [String: Int] = [:], multipliers: [String: Int] = [:], articles: [String] = [],
        fractions: [String: String] = [:], joinWords: [String] = [], scales: [Scale] = [],
        qualifiers: [QualifierRule] = [], rangeConnectors: [String] = [], betweenWords: [String] = [],
        betweenConnectors: [String] = [], changeWords: [String] = [], conversionWords: [String] = [],
        countNouns: [String] = [],
        countModifiers: [String] = []
    ) {
        self.cardinals = cardinals
        self.multipliers = multipliers
        self.articles = articles
        self.fractions = fractions
        self.joinWords = joinWords
        self.scales = scales
        self.qualifiers = qualifiers
        self.rangeConnectors = rangeConnectors
        self.betweenWords = betweenWords
        self.betweenConnectors = betweenConnectors
        self.changeWords = changeWords
        self.conversionWords = conversionWords
        self.countNouns = countNouns
        self.countModifiers = countModifiers
    }

    /// Checks the lists.
    ///
    /// - Parameter source: the file name used in error messages.
    /// - Throws: ``NLPError`` naming the file and the offending entry.
    public func validate(source: String) throws {
        var ids = Set<String>()
        var words: [String: String] = [:]
        for scale in scales {
            guard scale.id.hasPrefix("scale."), ids.insert(scale.id).inserted else {
                throw NLPError.invalidResource(
                    source: source, line: 0, reason: "scale '\(scale.id)' needs a unique id starting with 'scale.'")
            }
            guard let v = ExactDecimal.parse(scale.value), v > 1 else {
                throw NLPError.invalidResource(
                    source: source, line: 0,
                    reason: "scale '\(scale.id)': value '\(scale.value)' is not a number above 1")
            }
            for w in scale.words + scale.glued {
                try Validation.requireLowercase(w, entry: scale.id, source: source)
                if let other = words.updateValue(scale.id, forKey: w) {
                    throw NLPError.invalidResource(
                        source: source, line: 0,
                        reason: "scale '\(scale.id)': word '\(w)' is already used by '\(other)'")
                }
            }
        }
        for rule in qualifiers {
            guard rule.id.hasPrefix("qualifier."), ids.insert(rule.id).inserted, !rule.phrases.isEmpty else {
                throw NLPError.invalidResource(
                    source: source, line: 0,
                    reason: "qualifier '\(rule.id)' needs a unique id starting with 'qualifier.' and phrases")
            }
            for p in rule.phrases { try Validation.requireLowercase(p, entry: rule.id, source: source) }
        }
        for (word, value) in fractions where ExactDecimal.parse(value) == nil {
            throw NLPError.invalidResource(
                source: source, line: 0, reason: "fraction '\(word)': value '\(value)' is not a decimal number")
        }
        for (word, value) in cardinals.merging(multipliers, uniquingKeysWith: { a, _ in a }) where value < 0 {
            throw NLPError.invalidResource(
                source: source, line: 0, reason: "number word '\(word)' has a negative value")
        }
    }
}
