/// The word lists the tokenizer and sentence splitter consult: abbreviations, number prefixes and
/// suffixes, and words that may start a sentence.
///
/// All entries are lowercase. Abbreviations are written without their final period and with their
/// inner ones ("mr", "u.s", "e.g"). The lists are data (`tokenizer.json` in CorridorResources).
public struct TokenizerExceptions: Sendable, Codable, Hashable {
    /// Words that keep a following period: "Mr.", "Jan.", "Rs.", "Inc.".
    public var abbreviations: Set<String>
    /// Abbreviations that never end a sentence because a name or number must follow ("Mr.", "No.").
    public var nonFinalAbbreviations: Set<String>
    /// Letter prefixes split off a number glued to them: "Rs475" → "Rs" "475", "FY2025" → "FY" "2025".
    public var numberPrefixes: Set<String>
    /// Unit or scale suffixes split off a number glued to them: "4.5bn" → "4.5" "bn".
    public var numberSuffixes: Set<String>
    /// Words that, capitalised after an ambiguous abbreviation, show a new sentence has begun.
    public var sentenceStarters: Set<String>

    /// Creates the lists.
    public init(
        abbreviations: Set<String> = [], nonFinalAbbreviations: Set<String> = [], numberPrefixes: Set<String> = [],
        numberSuffixes: Set<String> = [], sentenceStarters: Set<String> = []
    ) {
        self.abbreviations = abbreviations
        self.nonFinalAbbreviations = nonFinalAbbreviations
        self.numberPrefixes = numberPrefixes
        self.numberSuffixes = numberSuffixes
        self.sentenceStarters = sentenceStarters
    }
}
