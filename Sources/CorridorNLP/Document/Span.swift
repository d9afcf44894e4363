public import CorridorModel

/// A labelled run of tokens: an entity mention, a trigger, an amount.
///
/// Every span records the rule that made it, so later stages and users can see why it exists.
public struct Span: Sendable, Hashable {
    /// The index of the first token.
    public var firstToken: Int
    /// The index just past the last token.
    public var endToken: Int
    /// The entity type.
    public var label: EntityType
    /// The stable id of the rule or lexicon entry that produced the span.
    public var rule: String
    /// The lexicon entry matched, when the span comes from a gazetteer.
    public var lexiconID: String?
    /// The ISO 3166-1 alpha-2 code the producing rule assigns, when it knows one.
    public var country: String?
    /// Leading title tokens ("Prime Minister") kept out of the name but part of the mention.
    public var titleTokens: Int
    /// The span is only a guess (a lone unknown capitalised word) and is kept only if resolution
    /// ties it to an entity found with more evidence.
    public var isTentative: Bool

    /// Creates a span.
    public init(
        firstToken: Int, endToken: Int, label: EntityType, rule: String, lexiconID: String? = nil,
        country: String? = nil, titleTokens: Int = 0, isTentative: Bool = false
    ) {
        self.firstToken = firstToken
        self.endToken = endToken
        self.label = label
        self.rule = rule
        self.lexiconID = lexiconID
        self.country = country
        self.titleTokens = titleTokens
        self.isTentative = isTentative
    }

    /// The token indices covered, titles included.
    public var tokenRange: Range<Int> { firstToken..<endToken }
    /// The token indices of the name itself, titles excluded.
    public var nameRange: Range<Int> { (firstToken + titleTokens)..<endToken }
    /// The number of tokens covered.
    public var count: Int { endToken - firstToken }
}
