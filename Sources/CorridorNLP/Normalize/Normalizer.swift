public import CorridorModel

/// Everything the normalisers found in a run of tokens.
public struct Normalization: Sendable, Hashable {
    /// Sums of money.
    public var amounts: [AmountMatch]
    /// Dates, periods and deadlines.
    public var dates: [DateMatch]
    /// Counted things and measures, excluding money and dates.
    public var quantities: [QuantityMatch]
    /// Sectors, in order of first mention.
    public var sectors: [Sector]

    /// Creates a result.
    public init(amounts: [AmountMatch], dates: [DateMatch], quantities: [QuantityMatch], sectors: [Sector]) {
        self.amounts = amounts
        self.dates = dates
        self.quantities = quantities
        self.sectors = sectors
    }
}

/// The four normalisers together, run in the order that keeps their readings apart.
///
/// Money and dates are read first; quantities are then read outside them, so "$45 billion" is not
/// also "45 billion" of something and "23 March" is not 23 Marches. Build once and reuse; it is an
/// immutable value.
///
/// ```swift
/// let normalizer = Normalizer(data: try LanguageResources.load())
/// let context = NormalizationContext(document: doc, countries: ["PK", "CN"])
/// let found = normalizer.normalize(doc, tokens: sentence.tokenRange, context: context)
/// found.amounts.first?.amount.currency // "USD"
/// ```
public struct Normalizer: Sendable {
    /// Reads money.
    public let amounts: AmountNormalizer
    /// Reads dates.
    public let dates: DateNormalizer
    /// Reads counts and measures.
    public let quantities: QuantityParser
    /// Reads sectors.
    public let sectors: SectorClassifier

    /// The trigger words of all four normalisers in one table.
    private let vocabulary: TriggerVocabulary

    /// Creates the normalisers from the bundled or user language data.
    public init(data: LanguageData) {
        amounts = AmountNormalizer(data: data)
        dates = DateNormalizer(data: data)
        quantities = QuantityParser(data: data)
        sectors = SectorClassifier(data: data)
        var vocabulary = TriggerVocabulary()
        vocabulary.add(amounts.triggers, TokenMarks.amount)
        vocabulary.add(dates.lexicon.starters, TokenMarks.date)
        vocabulary.add(dates.lexicon.articles, TokenMarks.dateArticle)
        vocabulary.add(dates.lexicon.futureCues, TokenMarks.future)
        vocabulary.add(quantities.triggers, TokenMarks.quantity)
        vocabulary.add(sectors.triggers, TokenMarks.sector)
        self.vocabulary = vocabulary
    }

    /// Runs all four normalisers over a run of tokens.
    ///
    /// Each token's norm is looked up once for all four; the result equals running
    /// ``AmountNormalizer``, ``DateNormalizer``, ``QuantityParser`` (excluding money and dates) and
    /// ``SectorClassifier`` one after the other.
    ///
    /// - Parameters:
    ///   - doc: a tokenized document.
    ///   - range: the tokens to read, usually one sentence; nil for the whole document.
    ///   - context: the reference date and countries.
    public func normalize(
        _ doc: Document, tokens range: Range<Int>? = nil, context: NormalizationContext
    ) -> Normalization {
        let range = (range ?? 0..<doc.tokens.count).clamped(to: 0..<doc.tokens.count)
        // One lookup per token serves all four scans.
        let marks = vocabulary.marks(doc.tokens, range)
        let money = amounts.scan(doc, range, context: context, marks: marks)
        let when = dates.scan(doc, range, context: context, marks: marks)
        var taken = money.map(\.tokens) + when.map(\.tokens)
        taken.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        let counts = quantities.scan(doc, range, excluding: Self.merged(taken), marks: marks)
        let found = SectorClassifier.firstMentions(sectors.scan(doc, range, marks: marks))
        return Normalization(amounts: money, dates: when, quantities: counts, sectors: found)
    }

    /// Sorted ranges with overlaps merged, so the quantity scan can step through them in order.
    static func merged(_ sorted: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in sorted {
            if let last = out.last, r.lowerBound < last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
