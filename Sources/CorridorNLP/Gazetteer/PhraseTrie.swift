/// A token trie: finds every phrase of a list in a token sequence in one left-to-right pass.
///
/// Words are interned to integers, so each step of a match is one integer-keyed hash lookup.
/// Hyphens glued between words and bare apostrophes are skipped on both sides, so
/// "China-Pakistan" matches "China Pakistan" and "Peoples’ Party" matches "Peoples Party".
public struct PhraseTrie: Sendable {
    private var vocabulary = WordMap<Int32>()
    private var edges = IntMap()
    private var terminals: [Int32: [Int32]] = [:]
    private var isTerminal: [Bool] = [false]
    private var nodeCount: Int32 = 1

    /// Creates an empty trie.
    public init() {}

    /// The number of phrases added.
    public private(set) var count = 0

    @inline(__always)
    private static func edge(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// Whether a token is passed over while matching.
    @inlinable
    public static func isSkippable(_ t: Token) -> Bool {
        (t.flags.contains(.isJoiner)) || (t.kind == .punct && t.norm == "'")
    }

    /// Adds a phrase (as token norms, skippable tokens already removed) with a payload value.
    public mutating func insert(_ words: [String], value: Int32) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for w in words {
            let id: Int32
            if let existing = vocabulary[w] {
                id = existing
            } else {
                id = Int32(vocabulary.count)
                vocabulary.insert(w, id)
            }
            let e = Self.edge(node, id)
            if let next = edges.value(e) {
                node = next
            } else {
                edges.insert(e, nodeCount)
                node = nodeCount
                nodeCount += 1
                isTerminal.append(false)
            }
        }
        terminals[node, default: []].append(value)
        isTerminal[Int(node)] = true
        count += 1
    }

    /// The interned id of a word, or nil when no phrase contains it.
    @inlinable
    public func wordID(_ norm: String) -> Int32? { lookupWord(norm) }

    @usableFromInline
    func lookupWord(_ norm: String) -> Int32? { vocabulary[norm] }

    /// The interned id of a token's word, or nil when no phrase contains it.
    @inline(__always)
    public func wordID(of token: Token) -> Int32? { vocabulary.value(token) }

    /// A phrase found in a token sequence.
    public struct Match: Sendable, Hashable {
        /// The index of the first token.
        public var start: Int
        /// The index just past the last token.
        public var end: Int
        /// The payloads of every phrase that ends here.
        public var values: [Int32]
    }

    /// The end of the longest phrase starting at token `start`, looking words up by their norms.
    public func longestMatch(startingAt start: Int, limit: Int, tokens: [Token]) -> Int? {
        var node: Int32 = 0
        var j = start
        var best: Int?
        while j < limit {
            if j > start && Self.isSkippable(tokens[j]) {
                j += 1
                continue
            }
            guard let w = vocabulary.value(tokens[j]), let next = edges.value(Self.edge(node, w)) else { break }
            node = next
            j += 1
            if isTerminal[Int(node)] { best = j }
        }
        return best
    }

    /// The payloads of the phrase spanning exactly `start..<end`, looking words up by their norms.
    public func values(startingAt start: Int, end: Int, tokens: [Token]) -> [Int32] {
        var node: Int32 = 0
        var j = start
        while j < end {
            if j > start && Self.isSkippable(tokens[j]) {
                j += 1
                continue
            }
            guard let w = vocabulary.value(tokens[j]), let next = edges.value(Self.edge(node, w)) else { return [] }
            node = next
            j += 1
        }
        return isTerminal[Int(node)] ? terminals[node] ?? [] : []
    }

    /// Every phrase starting at token `start` and ending before `limit`, shortest first.
    ///
    /// - Parameter wordIDs: the interned id of each token (``wordID(_:)``), nil for unknown words.
    public func matches(startingAt start: Int, limit: Int, tokens: [Token], wordIDs: [Int32?]) -> [Match] {
        var out: [Match] = []
        var node: Int32 = 0
        var j = start
        while j < limit {
            if j > start && Self.isSkippable(tokens[j]) {
                j += 1
                continue
            }
            guard let w = wordIDs[j], let next = edges.value(Self.edge(node, w)) else { break }
            node = next
            j += 1
            if isTerminal[Int(node)], let values = terminals[node] { out.append(Match(start: start, end: j, values: values)) }
        }
        return out
    }
}
