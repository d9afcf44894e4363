/// A sentence of a ``Document``: a run of tokens and the bytes they cover.
public struct Sentence: Sendable, Hashable {
    /// The index of the first token.
    public var firstToken: Int
    /// The index just past the last token.
    public var endToken: Int
    /// The byte offset of the first byte.
    public var start: Int
    /// The byte offset just past the last byte.
    public var end: Int
    /// The sentence is a line of its own without final punctuation: a headline or a heading.
    public var isHeading: Bool
    /// The sentence is page furniture (menus, bylines, related headlines) and is not mined.
    public var isFurniture: Bool

    /// Creates a sentence.
    public init(firstToken: Int, endToken: Int, start: Int, end: Int, isHeading: Bool = false, isFurniture: Bool = false) {
        self.firstToken = firstToken
        self.endToken = endToken
        self.start = start
        self.end = end
        self.isHeading = isHeading
        self.isFurniture = isFurniture
    }

    /// The token indices of the sentence.
    public var tokenRange: Range<Int> { firstToken..<endToken }
}
