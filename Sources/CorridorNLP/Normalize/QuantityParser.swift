import CorridorModel
import Foundation

/// Finds numbers and what they count in a run of tokens: "3,000 study and training opportunities",
/// "five Chinese nationals", "1,320 MW", "81 percent", "a dozen agreements".
///
/// The counted phrase runs from the number to the first preposition, determiner, verb or
/// punctuation, and ends after a plural head noun unless "and"/"or" joins another ("56 agreements
/// and memorandums"). Physical units get a canonical symbol (``QuantityRules``). Years ("in 2021"),
/// dates ("23 March"), labels ("Section 9.10", "JF-17"), times, slashed pairs ("65/110") and
/// numbers after currency symbols are skipped; for exact exclusion of money and dates, pass the
/// ranges found by ``AmountNormalizer`` and ``DateNormalizer`` (``Normalizer`` does this).
///
/// ```swift
/// let quantities = QuantityParser(data: languageData)
/// quantities.matches(in: doc, tokens: sentence.tokenRange).map(\.quantity.value) // [3000]
/// ```
public struct QuantityParser: Sendable {
    let numbers: NumberReader
    let ranges: RangeWords
    let units: PhraseTable<Int32>
    let unitEntries: [QuantityRules.UnitEntry]
    let stopWords: Set<String>
    let labels: Set<String>
    let conjunctions: Set<String>
    let calendarNames: Set<String>
    let currencyNames: PhraseTable<Bool>
    let years: ClosedRange<Int>
    let maxPhraseLength: Int
    /// Every word a quantity may start with, so most tokens cost one set probe.
    let triggers: Set<String>

    /// Creates a parser from the bundled or user language data.
    public init(data: LanguageData) {
        self.init(
            rules: data.quantities, numbers: data.numbers, dates: data.dates, currencies: data.currencies,
            tokenizer: Tokenizer(exceptions: data.tokenizer))
    }

    /// Creates a parser from its tables.
    ///
    /// - Parameters:
    ///   - rules: units and phrase boundaries.
    ///   - numbers: number words, scale words and qualifiers.
    ///   - dates: month and weekday names (a number next to one is a date) and the year range.
    ///   - currencies: currency names (a number before one is money).
    ///   - tokenizer: the tokenizer documents are split with; unit forms are split the same way.
    public init(
        rules: QuantityRules, numbers: NumberWords, dates: DateLexicon, currencies: CurrencyTable, tokenizer: Tokenizer
    ) {
        self.numbers = NumberReader(numbers)
        ranges = RangeWords(numbers, tokenizer: tokenizer)
        var units = PhraseTable<Int32>()
        for (n, u) in rules.units.enumerated() {
            for form in u.forms { units.insert(form, value: Int32(n), tokenizer: tokenizer) }
        }
        self.units = units
        unitEntries = rules.units
        stopWords = Set(rules.stopWords)
        labels = Set(rules.labels)
        conjunctions = Set(rules.conjunctions)
        var calendar = Set<String>()
        for entry in dates.months + dates.weekdays { calendar.formUnion(entry.names + entry.abbreviations) }
        calendarNames = calendar
        var money = PhraseTable<Bool>()
        for c in currencies.currencies {
            for form in c.codes + c.names { money.insert(form, value: true, tokenizer: tokenizer) }
        }
        currencyNames = money
        years = dates.minYear...dates.maxYear
        maxPhraseLength = rules.maxPhraseLength
        triggers = ranges.startWords.union(self.numbers.startWords)
    }

    /// The quantities in a run of tokens, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - doc: a tokenized document.
    ///   - range: the tokens to search, usually one sentence; nil for the whole document.
    ///   - excluded: token ranges already read as money or dates, in text order; no quantity
    ///     overlaps them.
    /// - Returns: the matches, each with its tokens, quantity and counted phrase.
    public func matches(
        in doc: Document, tokens range: Range<Int>? = nil, excluding excluded: [Range<Int>] = []
    ) -> [QuantityMatch] {
        let range = range ?? 0..<doc.tokens.count
        return scan(doc, range.clamped(to: 0..<doc.tokens.count), excluding: excluded, marks: nil)
    }

    /// The scan behind ``matches(in:tokens:excluding:)``; `marks`, when given, replace the trigger lookups.
    func scan(
        _ doc: Document, _ range: Range<Int>, excluding excluded: [Range<Int>], marks: TokenMarks?
    ) -> [QuantityMatch] {
        let tokens = doc.tokens
        let limit = range.upperBound
        var out: [QuantityMatch] = []
        var barrier = 0
        var i = range.lowerBound
        while i < limit {
            while barrier < excluded.count, excluded[barrier].upperBound <= i { barrier += 1 }
            if barrier < excluded.count, excluded[barrier].contains(i) {
                i = excluded[barrier].upperBound
                continue
            }
            // A quantity never runs into the next excluded range.
            let stop = barrier < excluded.count ? min(limit, excluded[barrier].lowerBound) : limit
            let t = tokens[i]
            let isTrigger = marks.map { $0.has(i, TokenMarks.quantity) } ?? triggers.contains(t.norm)
            if t.kind == .number || isTrigger, let m = parse(doc, at: i, limit: stop) {
                out.append(m)
                i = m.tokens.upperBound
                continue
            }
            i += 1
        }
        return out
    }
}
