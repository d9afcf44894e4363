/// For each token of a run, which normalisers it may start a match for.
///
/// ``Normalizer`` looks every token's norm up once in a ``TriggerVocabulary`` and hands the marks
/// to all four normalisers, so a token costs one hash probe however many normalisers run.
struct TokenMarks: Sendable {
    static let amount: UInt8 = 1 << 0
    static let date: UInt8 = 1 << 1
    static let dateArticle: UInt8 = 1 << 2
    static let future: UInt8 = 1 << 3
    static let quantity: UInt8 = 1 << 4
    static let sector: UInt8 = 1 << 5

    /// The index of the first token marked.
    let base: Int
    let marks: [UInt8]

    /// Whether token `i` carries the mark.
    @inline(__always)
    func has(_ i: Int, _ bit: UInt8) -> Bool { marks[i - base] & bit != 0 }
}

/// The trigger words of every normaliser, each with the marks it sets.
struct TriggerVocabulary: Sendable {
    private var flags: [String: UInt8] = [:]

    /// Adds words with a mark.
    mutating func add(_ words: some Sequence<String>, _ bit: UInt8) {
        for w in words { flags[w, default: 0] |= bit }
    }

    /// The marks of the tokens in a range.
    func marks(_ tokens: [Token], _ range: Range<Int>) -> TokenMarks {
        var marks = [UInt8](repeating: 0, count: range.count)
        for i in range where tokens[i].kind != .punct {
            marks[i - range.lowerBound] = flags[tokens[i].norm] ?? 0
        }
        return TokenMarks(base: range.lowerBound, marks: marks)
    }
}
