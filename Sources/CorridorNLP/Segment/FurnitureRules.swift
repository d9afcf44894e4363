/// The data that recognises page furniture: menu lines, bylines, "Popular", "More from World",
/// "Follow … channel", photo credits and the lists of unrelated headlines after an article.
///
/// All phrases are lowercase lookup keys (see ``TextFolding/key(_:)``). The rules are data
/// (`furniture.json` in CorridorResources); each has a stable id reported in provenance.
public struct FurnitureRules: Sendable, Codable, Hashable {
    /// A line that is furniture when it matches.
    public struct LineRule: Sendable, Codable, Hashable {
        /// The stable id, e.g. `"furniture.more-from"`.
        public var id: String
        /// The whole line equals one of these.
        public var equals: [String]?
        /// The line starts with one of these.
        public var prefixes: [String]?
        /// The line must also contain one of these words (any position).
        public var contains: [String]?
        /// The line may be at most this many tokens long (default 12).
        public var maxTokens: Int?
        /// Everything after this line to the end of the text is furniture too.
        public var endsArticle: Bool?
        /// The line may end with a full stop; by default a finished sentence is not furniture.
        public var allowsFinalStop: Bool?

        /// Creates a rule.
        public init(
            id: String, equals: [String]? = nil, prefixes: [String]? = nil, contains: [String]? = nil,
            maxTokens: Int? = nil, endsArticle: Bool? = nil, allowsFinalStop: Bool? = nil
        ) {
            self.id = id
            self.equals = equals
            self.prefixes = prefixes
            self.contains = contains
            self.maxTokens = maxTokens
            self.endsArticle = endsArticle
            self.allowsFinalStop = allowsFinalStop
        }
    }

    /// The line rules, tried in order.
    public var lines: [LineRule]
    /// Credit words that, alone after a finished sentence on the same line, are a photo or wire credit.
    public var credits: [String]
    /// Words allowed in a date-and-time line ("Updated", "Mar", "PM", "GMT").
    public var dateLineWords: [String]

    /// Creates the rules.
    public init(lines: [LineRule] = [], credits: [String] = [], dateLineWords: [String] = []) {
        self.lines = lines
        self.credits = credits
        self.dateLineWords = dateLineWords
    }
}
