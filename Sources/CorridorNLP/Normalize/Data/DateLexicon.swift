/// The words of dates: month and weekday names, relative phrases and the cues around dates.
///
/// Decoded from `dates.json` in CorridorResources. Single words are lowercase token norms; cue
/// phrases are written as in text ("no later than", "the end of") and tokenized by the normaliser.
/// The grammar that combines them is code (``DateNormalizer``); its rule ids are listed in
/// `docs/normalization.md`.
public struct DateLexicon: Sendable, Codable, Hashable {
    /// The twelve months, numbered 1–12.
    public var months: [NamedNumber]
    /// The seven weekdays, numbered 1 (Monday) – 7 (Sunday) as in ISO 8601.
    public var weekdays: [NamedNumber]
    /// The words of each calendar unit: "day"/"days", "week"/"weeks", "month", "year".
    public var units: [UnitWords]
    /// Phrases that name a day, week, month or year relative to the publication date.
    public var relative: [RelativePhrase]
    /// Words that turn "three years" into a past point: "ago".
    public var agoWords: [String]
    /// Words before a weekday that pick the previous or next one: "last" → before, "next" → after.
    public var weekdayModifiers: [String: WeekdayDirection]
    /// Phrases before a date that make it a deadline: "by", "before", "no later than".
    public var deadlineCues: [String]
    /// Phrases before a date that make it the start of an open period: "since", "from".
    public var startCues: [String]
    /// Phrases before a date that make it the end of an open period: "until", "till".
    public var endCues: [String]
    /// Words that open a two-part period closed by ``andWords``: "between".
    public var betweenCues: [String]
    /// Words that close a period opened by ``betweenCues``: "and".
    public var andWords: [String]
    /// Words between the two ends of a period: "-", "to", "through".
    public var rangeConnectors: [String]
    /// Phrases before a count of units that make a period from the publication date: "within",
    /// "over the next", "in the next".
    public var withinCues: [String]
    /// Phrases before a month or year that narrow it without changing its precision: "mid",
    /// "early", "the end of". The date keeps its stated precision.
    public var partModifiers: [String]
    /// Words before a bare month name that show it is a month ("in May", "since March").
    public var monthContext: [String]
    /// Words before a bare four-digit number that show it is a year ("in 2021", "the 2021 deal").
    public var yearContext: [String]
    /// Phrases before a year that make a fiscal-year period: "FY", "fiscal year", "financial year".
    public var fiscalYearPrefixes: [String]
    /// Phrases before a year that only repeat that it is a year: "CY", "calendar year".
    public var calendarYearPrefixes: [String]
    /// Words earlier in the sentence that show a date may lie ahead: "will", "upcoming".
    public var futureCues: [String]
    /// How many days after the publication date a stated day-month may fall before it is read as
    /// last year's ("on December 28" in an article of 5 January).
    public var futureToleranceDays: Int
    /// The first year a bare four-digit number may be read as.
    public var minYear: Int
    /// The last year a bare four-digit number may be read as.
    public var maxYear: Int

    /// A month or weekday and its names.
    public struct NamedNumber: Sendable, Codable, Hashable {
        /// The month (1–12) or ISO weekday (1–7).
        public var number: Int
        /// Full names, lowercase: "september".
        public var names: [String]
        /// Abbreviations, lowercase without period: "sep", "sept". They are read only next to a
        /// day or a year ("Sept. 2", "Sep 2024"), never alone.
        public var abbreviations: [String]

        /// Creates an entry.
        public init(number: Int, names: [String], abbreviations: [String] = []) {
            self.number = number
            self.names = names
            self.abbreviations = abbreviations
        }

        private enum CodingKeys: String, CodingKey {
            case number, names, abbreviations
        }

        /// Decodes an entry; `abbreviations` may be left out.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decode(Int.self, forKey: .number)
            names = try c.decode([String].self, forKey: .names)
            abbreviations = try c.decodeIfPresent([String].self, forKey: .abbreviations) ?? []
        }
    }

    /// The words of one calendar unit.
    public struct UnitWords: Sendable, Codable, Hashable {
        /// The unit.
        public var unit: DateUnit
        /// Its words: "year", "years".
        public var words: [String]

        /// Creates an entry.
        public init(unit: DateUnit, words: [String]) {
            self.unit = unit
            self.words = words
        }
    }

    /// Phrases that name a unit at an offset from the publication date.
    public struct RelativePhrase: Sendable, Codable, Hashable {
        /// The stable id, `date.<name>`: `date.yesterday`, `date.last-month`.
        public var id: String
        /// The unit counted.
        public var unit: DateUnit
        /// The offset from the publication date's unit: -1 for "last month", 0 for "this year".
        public var offset: Int
        /// The phrases, as written: "last month", "earlier this month".
        public var phrases: [String]

        /// Creates an entry.
        public init(id: String, unit: DateUnit, offset: Int, phrases: [String]) {
            self.id = id
            self.unit = unit
            self.offset = offset
            self.phrases = phrases
        }
    }

    /// Creates the lexicon; the defaults are empty.
    public init(
        months: [NamedNumber] = [], weekdays: [NamedNumber] = [], units: [UnitWords] = [],
        relative: [RelativePhrase] = [], agoWords: [String] = [], weekdayModifiers: [String: WeekdayDirection] = [:],
        deadlineCues: [String] = [], startCues: [String] = [], endCues: [String] = [], betweenCues: [String] = [],
        andWords: [String] = [], rangeConnectors: [String] = [], withinCues: [String] = [],
        partModifiers: [String] = [], monthContext: [String] = [], yearContext: [String] = [],
        fiscalYearPrefixes: [String] = [], calendarYearPrefixes: [String] = [], futureCues: [String] = [],
        futureToleranceDays: Int = 7, minYear: Int = 1900, maxYear: Int = 2100
    ) {
        self.months = months
        self.weekdays = weekdays
        self.units = units
        self.relative = relative
        self.agoWords = agoWords
        self.weekdayModifiers = weekdayModifiers
        self.deadlineCues = deadlineCues
        self.startCues = startCues
        self.endCues = endCues
        self.betweenCues = betweenCues
        self.andWords = andWords
        self.rangeConnectors = rangeConnectors
        self.withinCues = withinCues
        self.partModifiers = partModifiers
        self.monthContext = monthContext
        self.yearContext = yearContext
        self.fiscalYearPrefixes = fiscalYearPrefixes
        self.calendarYearPrefixes = calendarYearPrefixes
        self.futureCues = futureCues
        self.futureToleranceDays = futureToleranceDays
        self.minYear = minYear
        self.maxYear = maxYear
    }

    /// Checks the lexicon.
    ///
    /// - Parameter source: the file name used in error messages.
    /// - Throws: ``NLPError`` naming the file and the entry: months not numbered 1–12 once each,
    ///   weekdays not 1–7, a relative phrase without a `date.` id, a word used for two months.
    public func validate(source: String) throws {
        func fail(_ reason: String) -> NLPError { NLPError.invalidResource(source: source, line: 0, reason: reason) }
        for (list, label, count) in [(months, "month", 12), (weekdays, "weekday", 7)] {
            let numbers = list.map(\.number).sorted()
            guard numbers == Array(1...count) else {
                throw fail("the \(label)s must be numbered 1–\(count), each once; found \(numbers)")
            }
            var owner: [String: Int] = [:]
            for entry in list {
                guard !entry.names.isEmpty else { throw fail("\(label) \(entry.number) has no name") }
                for w in entry.names + entry.abbreviations {
                    try Validation.requireLowercase(w, entry: "\(label) \(entry.number)", source: source)
                    if let other = owner.updateValue(entry.number, forKey: w), other != entry.number {
                        throw fail("\(label) \(entry.number): '\(w)' is already a name of \(label) \(other)")
                    }
                }
            }
        }
        var ids = Set<String>()
        for rule in relative {
            guard rule.id.hasPrefix("date."), ids.insert(rule.id).inserted, !rule.phrases.isEmpty else {
                throw fail("relative phrase '\(rule.id)' needs a unique id starting with 'date.' and phrases")
            }
            for p in rule.phrases { try Validation.requireLowercase(p, entry: rule.id, source: source) }
        }
        for unit in units {
            for w in unit.words {
                try Validation.requireLowercase(w, entry: "unit \(unit.unit.rawValue)", source: source)
            }
        }
        let lists: [(String, [String])] = [
            ("agoWords", agoWords), ("deadlineCues", deadlineCues), ("startCues", startCues), ("endCues", endCues),
            ("betweenCues", betweenCues), ("andWords", andWords), ("rangeConnectors", rangeConnectors),
            ("withinCues", withinCues), ("partModifiers", partModifiers), ("monthContext", monthContext),
            ("yearContext", yearContext), ("fiscalYearPrefixes", fiscalYearPrefixes),
            ("calendarYearPrefixes", calendarYearPrefixes), ("futureCues", futureCues),
            ("weekdayModifiers", Array(weekdayModifiers.keys)),
        ]
        for (name, words) in lists {
            for w in words { try Validation.requireLowercase(w, entry: name, source: source) }
        }
        guard futureToleranceDays >= 0, minYear < maxYear else {
            throw fail("futureToleranceDays must be ≥ 0 and minYear below maxYear")
        }
    }
}
