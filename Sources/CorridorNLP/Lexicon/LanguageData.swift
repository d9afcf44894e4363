/// Every list and lexicon the pipeline needs, as values.
///
/// CorridorNLP never reads files: CorridorResources decodes the bundled data (and any user
/// lexicons) into a `LanguageData` and hands it to ``Pipeline``.
public struct LanguageData: Sendable {
    /// Tokenizer and sentence-splitter exceptions.
    public var tokenizer: TokenizerExceptions
    /// Page-furniture rules.
    public var furniture: FurnitureRules
    /// Entity rule cues.
    public var cues: EntityCues
    /// Name and common-word lists.
    public var names: NameLists
    /// Gazetteer and lexicon entries, from every file.
    public var lexicon: [LexiconEntry]
    /// Fact triggers.
    public var facts: FactCues
    /// Number words, scale words and qualifiers (`numbers.json`).
    public var numbers: NumberWords
    /// Currency symbols, codes and names (`currencies.json`).
    public var currencies: CurrencyTable
    /// Month and weekday names, relative phrases and date cues (`dates.json`).
    public var dates: DateLexicon
    /// Units and noun-phrase boundaries for counted things (`quantities.json`).
    public var quantities: QuantityRules
    /// Sector keywords (`sectors.json`).
    public var sectors: SectorKeywords

    /// Creates the data.
    ///
    /// The normalisation tables default to empty, so callers that only run the entity stages need
    /// not supply them.
    public init(
        tokenizer: TokenizerExceptions, furniture: FurnitureRules, cues: EntityCues, names: NameLists,
        lexicon: [LexiconEntry], facts: FactCues, numbers: NumberWords = NumberWords(),
        currencies: CurrencyTable = CurrencyTable(), dates: DateLexicon = DateLexicon(),
        quantities: QuantityRules = QuantityRules(), sectors: SectorKeywords = SectorKeywords()
    ) {
        self.tokenizer = tokenizer
        self.furniture = furniture
        self.cues = cues
        self.names = names
        self.lexicon = lexicon
        self.facts = facts
        self.numbers = numbers
        self.currencies = currencies
        self.dates = dates
        self.quantities = quantities
        self.sectors = sectors
    }
}
