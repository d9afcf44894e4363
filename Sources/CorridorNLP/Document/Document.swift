public import CorridorModel

/// The pipeline's one data model: the original text and every annotation layer over it.
///
/// The text is never changed. Tokens, sentences and spans are ranges into its UTF-8 bytes; the
/// ``characterOffset(ofByte:)`` table turns them into the character offsets Corridor reports.
///
/// ```swift
/// var doc = Document(id: "a", text: "Pakistan and China signed an MoU.")
/// try pipeline.process(&doc)
/// doc.sentences.count // 1
/// ```
public struct Document: Sendable {
    /// The document id (the article's id).
    public let id: String
    /// The original text, untouched.
    public let text: String
    /// The UTF-8 bytes of ``text``.
    public let bytes: [UInt8]
    /// The publication date, for relative dates ("last month").
    public var publishedAt: PartialDate?
    /// The ISO 3166-1 alpha-2 codes of the country pair the article was collected for, when known.
    public var pair: [String] = []
    /// Signed documents found in the text.
    public var agreements: [Agreement] = []
    /// Promises found in the text.
    public var commitments: [Commitment] = []
    /// Meetings, visits, attacks … found in the text.
    public var events: [Event] = []
    /// Named projects found in the text.
    public var projects: [Project] = []
    /// The tokens, in text order.
    public var tokens: [Token] = []
    /// The sentences, in text order; they cover every token exactly once.
    public var sentences: [Sentence] = []
    /// For each token, the index of its sentence.
    public var sentenceOfToken: [Int] = []
    /// Entity mention spans, in text order, non-overlapping.
    public var entitySpans: [Span] = []
    /// The entities after resolution, with mention ranges as character offsets.
    public var entities: [Entity] = []
    /// For each entity span, the index of its entity in ``entities``.
    public var entityOfSpan: [Int] = []
    /// The layers produced so far.
    public var layers: Set<Layer> = []

    private let isASCII: Bool
    private let scalarOffsets: [Int32]

    /// Creates a document over `text`.
    public init(id: String, text: String, publishedAt: PartialDate? = nil) {
        self.id = id
        self.text = text
        self.publishedAt = publishedAt
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.isASCII = bytes.allSatisfy { $0 < 0x80 }
        if isASCII {
            scalarOffsets = []
        } else {
            var table = [Int32](repeating: 0, count: bytes.count + 1)
            var count: Int32 = 0
            for i in 0..<bytes.count {
                table[i] = count
                // Count a scalar at each lead byte (every byte that is not a continuation byte).
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
            }
            table[bytes.count] = count
            scalarOffsets = table
        }
    }

    /// The character (Unicode scalar) offset of a byte offset.
    @inlinable
    public func characterOffset(ofByte byte: Int) -> Int {
        characterOffsetImpl(byte)
    }

    @usableFromInline
    func characterOffsetImpl(_ byte: Int) -> Int {
        isASCII ? byte : Int(scalarOffsets[byte])
    }

    /// The character range of a byte range.
    public func textRange(bytes start: Int, _ end: Int) -> TextRange {
        TextRange(start: characterOffset(ofByte: start), end: characterOffset(ofByte: end))
    }

    /// The original text between two byte offsets.
    public func text(bytes start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The original text of a token.
    public func text(of token: Token) -> String { text(bytes: token.start, token.end) }

    /// The original text of a run of tokens, white space as in the document.
    public func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(bytes: tokens[first].start, tokens[last].end)
    }

    /// The original text of a sentence.
    public func text(of sentence: Sentence) -> String { text(bytes: sentence.start, sentence.end) }
}

/// A kind of annotation a pipeline stage produces or requires.
public enum Layer: String, Sendable, Hashable, CaseIterable {
    case tokens, sentences, furniture, entitySpans, entities, facts, projects
}
