/// The units and boundary words the quantity parser uses.
///
/// Decoded from `quantities.json` in CorridorResources. Unit forms are written as in text
/// ("MW", "per cent", "km/h", "%") and tokenized by the parser; the other lists are lowercase
/// token norms.
public struct QuantityRules: Sendable, Codable, Hashable {
    /// Physical and statistical units with their canonical symbols.
    public var units: [UnitEntry]
    /// Words that end the counted noun phrase: prepositions, determiners, pronouns, auxiliaries
    /// and common verbs ("in", "the", "were", "said").
    public var stopWords: [String]
    /// Words before a number that make it a label rather than a count: "section", "no", "phase".
    public var labels: [String]
    /// Words that may join two nouns inside the counted phrase: "and", "or", "&".
    public var conjunctions: [String]
    /// The longest counted noun phrase, in tokens.
    public var maxPhraseLength: Int

    /// A unit.
    public struct UnitEntry: Sendable, Codable, Hashable {
        /// The stable id, `unit.<name>`.
        public var id: String
        /// The canonical symbol reported: "MW", "km", "km/h", "percent", "tonnes".
        public var canonical: String
        /// The forms, as written: "MW", "megawatt", "megawatts", "mega watt".
        public var forms: [String]

        /// Creates a unit.
        public init(id: String, canonical: String, forms: [String]) {
            self.id = id
            self.canonical = canonical
            self.forms = forms
        }
    }

    /// Creates the rules; the defaults are empty.
    public init(
        units: [UnitEntry] = [], stopWords: [String] = [], labels: [String] = [], conjunctions: [String] = [],
        maxPhraseLength: Int = 6
    ) {
        self.units = units
        self.stopWords = stopWords
        self.labels = labels
        self.conjunctions = conjunctions
        self.maxPhraseLength = maxPhraseLength
    }

    /// Checks the rules.
    ///
    /// - Parameter source: the file name used in error messages.
    /// - Throws: ``NLPError`` naming the file and the entry: a bad or repeated id, a unit without
    ///   forms, a form claimed by two units.
    public func validate(source: String) throws {
        func fail(_ reason: String) -> NLPError { NLPError.invalidResource(source: source, line: 0, reason: reason) }
        var ids = Set<String>()
        var owner: [String: String] = [:]
        for unit in units {
            guard unit.id.hasPrefix("unit."), ids.insert(unit.id).inserted else {
                throw fail("unit '\(unit.id)' needs a unique id starting with 'unit.'")
            }
            guard !unit.canonical.isEmpty, !unit.forms.isEmpty else {
                throw fail("unit '\(unit.id)' needs a canonical symbol and at least one form")
            }
            for form in unit.forms {
                try Validation.requirePhrase(form, entry: unit.id, source: source)
                if let other = owner.updateValue(unit.id, forKey: form.lowercased()), other != unit.id {
                    throw fail("unit '\(unit.id)': '\(form)' is already a form of '\(other)'")
                }
            }
        }
        for (name, words) in [("stopWords", stopWords), ("labels", labels), ("conjunctions", conjunctions)] {
            for w in words { try Validation.requireLowercase(w, entry: name, source: source) }
        }
        guard maxPhraseLength >= 1 else { throw fail("maxPhraseLength must be at least 1") }
    }
}
