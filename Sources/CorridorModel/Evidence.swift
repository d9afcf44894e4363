/// The sentence that states a fact, exactly as the article has it, and the rule that read it.
///
/// A fact without evidence is a bug: every agreement, commitment, event and project keeps at least
/// one `Evidence`, and a fact reported twice (the headline and the body) keeps both.
public struct Evidence: Hashable, Sendable, Codable {
    /// The id of the article the sentence is in.
    public var document: String
    /// The sentence, verbatim.
    public var sentence: String
    /// The index of the sentence in the article.
    public var sentenceIndex: Int
    /// Where the sentence stands in the article text.
    public var range: TextRange
    /// The id of the rule that produced the fact from this sentence.
    public var rule: String

    /// Creates a piece of evidence.
    public init(document: String, sentence: String, sentenceIndex: Int, range: TextRange, rule: String) {
        self.document = document
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
        self.range = range
        self.rule = rule
    }
}
