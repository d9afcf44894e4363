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

    /// Creates the data.
    public init(
        tokenizer: TokenizerExceptions, furniture: FurnitureRules, cues: EntityCues, names: NameLists,
        lexicon: [LexiconEntry], facts: FactCues
    ) {
        self.tokenizer = tokenizer
        self.furniture = furniture
        self.cues = cues
        self.names = names
        self.lexicon = lexicon
        self.facts = facts
    }
}
