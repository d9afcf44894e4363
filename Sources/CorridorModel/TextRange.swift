/// A half-open range of character offsets into an article's text.
///
/// Offsets count Unicode scalars (code points) from the start of ``Article/text``, as Python and
/// spaCy do, so `text[start..<end]` in those languages gives back the same characters.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The offset of the first character.
    public var start: Int
    /// The offset just past the last character.
    public var end: Int

    /// Creates a range; `end` must not be smaller than `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "TextRange end before start")
        self.start = start
        self.end = end
    }

    /// The number of characters covered.
    public var length: Int { end - start }

    /// Whether the two ranges share at least one character.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely within this range.
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: TextRange, b: TextRange) -> Bool { (a.start, a.end) < (b.start, b.end) }

    public var description: String { "\(start)..<\(end)" }
}
