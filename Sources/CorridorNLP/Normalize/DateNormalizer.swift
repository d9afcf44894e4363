import CorridorModel

/// Finds dates, periods and deadlines in a run of tokens and normalises them against the
/// publication date.
///
/// Reads stated dates ("05 February 2025", "Feb. 2, 2023", "2016-10-15", "March 2024", "in 2021"),
/// periods ("2025-2029", "between 2025 and 2029", "February 4 to 8", "FY2025-26", "since 2013",
/// "within five years"), deadlines ("by 2030", "before the end of 2025") and relative dates
/// ("on Thursday", "yesterday", "last month", "May last year"). Partial dates keep the precision
/// the text gives. A date that needs a reference date the context lacks is returned as
/// ``DateMatch/Kind/relative(_:)``: a year is never guessed. The words are data
/// (``DateLexicon``); the grammar and its rule ids are documented in `docs/normalization.md`.
///
/// ```swift
/// let dates = DateNormalizer(data: languageData)
/// let context = NormalizationContext(referenceDate: PartialDate(year: 2025, month: 2, day: 8))
/// for m in dates.matches(in: doc, tokens: sentence.tokenRange, context: context) {
///     print(doc.text(tokens: m.tokens), m.kind)
/// }
/// ```
public struct DateNormalizer: Sendable {
    let lexicon: CompiledDateLexicon
    let numbers: NumberReader

    /// Creates a normaliser from the bundled or user language data.
    public init(data: LanguageData) {
        self.init(lexicon: data.dates, numbers: data.numbers, tokenizer: Tokenizer(exceptions: data.tokenizer))
    }

    /// Creates a normaliser from its word lists.
    ///
    /// - Parameters:
    ///   - lexicon: month, weekday and cue words.
    ///   - numbers: number words ("within five years").
    ///   - tokenizer: the tokenizer documents are split with; cue phrases are split the same way.
    public init(lexicon: DateLexicon, numbers: NumberWords, tokenizer: Tokenizer) {
        let reader = NumberReader(numbers)
        self.lexicon = CompiledDateLexicon(lexicon, numbers: reader, tokenizer: tokenizer)
        self.numbers = reader
    }

    /// The dates in a run of tokens, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - doc: a tokenized document.
    ///   - range: the tokens to search, usually one sentence; nil for the whole document.
    ///   - context: the reference date and countries.
    /// - Returns: the matches, each with its tokens, value and rule id.
    public func matches(
        in doc: Document, tokens range: Range<Int>? = nil, context: NormalizationContext
    ) -> [DateMatch] {
        let range = range ?? 0..<doc.tokens.count
        return scan(doc, range.clamped(to: 0..<doc.tokens.count), context: context, marks: nil)
    }

    /// The scan behind ``matches(in:tokens:context:)``; `marks`, when given, replace the trigger lookups.
    func scan(_ doc: Document, _ range: Range<Int>, context: NormalizationContext, marks: TokenMarks?) -> [DateMatch] {
        var scanner = DateScanner(
            tokens: doc.tokens, lower: range.lowerBound, limit: range.upperBound, lexicon: lexicon, numbers: numbers,
            reference: context.referenceDate, marks: marks)
        return scanner.run()
    }
}

/// The date words compiled into lookup tables.
struct CompiledDateLexicon: Sendable {
    var months: [String: Int] = [:]
    var monthAbbreviations: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var weekdayAbbreviations: [String: Int] = [:]
    var units: [String: DateUnit] = [:]
    var relative = PhraseTable<RelativeRule>()
    var agoWords: Set<String>
    var weekdayModifiers: [String: WeekdayDirection]
    var deadlineCues = PhraseTable<Bool>()
    var startCues = PhraseTable<Bool>()
    var endCues = PhraseTable<Bool>()
    var betweenCues = PhraseTable<Bool>()
    var withinCues = PhraseTable<Bool>()
    var partModifiers = PhraseTable<Bool>()
    var fiscalYearPrefixes = PhraseTable<Bool>()
    var calendarYearPrefixes = PhraseTable<Bool>()
    var andWords: Set<String>
    var rangeConnectors: Set<String>
    var monthContext: Set<String>
    var yearContext: Set<String>
    var futureCues: Set<String>
    var toleranceDays: Int
    var years: ClosedRange<Int>
    /// Every norm that may start a date expression, for a one-probe first check per token.
    var starters: Set<String> = []
    /// The words after "the" that may begin a date expression.
    var wordsAfterThe: Set<String> = []
    /// "the", "a", "an": they start a date only before certain words (``DateScanner/mayStartAfterArticle(at:)``).
    var articles: Set<String> = []

    struct RelativeRule: Sendable {
        var id: String
        var unit: DateUnit
        var offset: Int
    }

    /// The cue tables that give a following date a role, in the order they are tried.
    var roleCues: [(table: PhraseTable<Bool>, role: RelativeDate.Role, rule: String)] = []

    init(_ lex: DateLexicon, numbers: NumberReader, tokenizer: Tokenizer) {
        for m in lex.months {
            for n in m.names { months[n] = m.number }
            for a in m.abbreviations { monthAbbreviations[a] = m.number }
        }
        for w in lex.weekdays {
            for n in w.names { weekdays[n] = w.number }
            for a in w.abbreviations { weekdayAbbreviations[a] = w.number }
        }
        for u in lex.units {
            for w in u.words { units[w] = u.unit }
        }
        for rule in lex.relative {
            for p in rule.phrases {
                relative.insert(
                    p, value: RelativeRule(id: rule.id, unit: rule.unit, offset: rule.offset), tokenizer: tokenizer)
            }
        }
        func table(_ phrases: [String]) -> PhraseTable<Bool> {
            var t = PhraseTable<Bool>()
            for p in phrases { t.insert(p, value: true, tokenizer: tokenizer) }
            return t
        }
        deadlineCues = table(lex.deadlineCues)
        startCues = table(lex.startCues)
        endCues = table(lex.endCues)
        betweenCues = table(lex.betweenCues)
        withinCues = table(lex.withinCues)
        partModifiers = table(lex.partModifiers)
        fiscalYearPrefixes = table(lex.fiscalYearPrefixes)
        calendarYearPrefixes = table(lex.calendarYearPrefixes)
        agoWords = Set(lex.agoWords)
        weekdayModifiers = lex.weekdayModifiers
        andWords = Set(lex.andWords)
        rangeConnectors = Set(lex.rangeConnectors.map { PhraseForm($0, tokenizer: tokenizer).key })
        monthContext = Set(lex.monthContext)
        yearContext = Set(lex.yearContext.map { PhraseForm($0, tokenizer: tokenizer).key })
        futureCues = Set(lex.futureCues.map { PhraseForm($0, tokenizer: tokenizer).key })
        toleranceDays = lex.futureToleranceDays
        years = lex.minYear...lex.maxYear
        var starters = Set(months.keys).union(monthAbbreviations.keys).union(weekdays.keys)
            .union(weekdayAbbreviations.keys).union(weekdayModifiers.keys)
        for t in [
            deadlineCues, startCues, endCues, betweenCues, withinCues, partModifiers, fiscalYearPrefixes,
            calendarYearPrefixes,
        ] {
            starters.formUnion(t.byFirst.keys)
        }
        starters.formUnion(relative.byFirst.keys)
        starters.formUnion(numbers.cardinalWords)
        // "the" starts a date only before these words or a number ("the end of", "the 1st of").
        var afterThe = Set<String>()
        for t in [relative.byFirst["the"]?.map(\.rest), partModifiers.byFirst["the"]?.map(\.rest)] {
            for rest in t ?? [] { if let first = rest.first { afterThe.insert(first) } }
        }
        wordsAfterThe = afterThe
        articles = numbers.articles.union(["the"])
        self.starters = starters
        roleCues = [
            (deadlineCues, .deadline, "date.deadline"), (startCues, .since, "date.since"),
            (endCues, .until, "date.until"),
        ]
    }
}
