/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis followed by a capitalised word, a number or an
/// opening quote — but not after an abbreviation that must be followed by a name ("Mr.", "No.",
/// "Rs."), nor after an initial ("M. A. Mannan"); after other abbreviations ("U.S.", "Inc.") only
/// when a word that typically starts sentences follows. Line structure counts: an empty line always
/// ends a sentence, and so does a line break unless the next line continues in lowercase after a
/// line without final punctuation (hard-wrapped text). A line without final punctuation that stands
/// alone is marked as a heading.
public struct SentenceSplitter: PipelineStage {
    public let name = "sentences"
    public let requires: Set<Layer> = [.tokens]
    public let produces: Set<Layer> = [.sentences]

    /// The exception lists shared with the tokenizer.
    public let exceptions: TokenizerExceptions

    /// Creates a splitter.
    public init(exceptions: TokenizerExceptions) {
        self.exceptions = exceptions
    }

    public func process(_ doc: inout Document) {
        let tokens = doc.tokens
        var sentences: [Sentence] = []
        var first = 0
        for k in 1..<max(tokens.count, 1) where isBoundary(before: k, in: tokens) {
            sentences.append(makeSentence(first, k, tokens))
            first = k
        }
        if first < tokens.count { sentences.append(makeSentence(first, tokens.count, tokens)) }
        var owner = [Int](repeating: 0, count: tokens.count)
        for (n, s) in sentences.enumerated() {
            for k in s.tokenRange { owner[k] = n }
        }
        doc.sentences = sentences
        doc.sentenceOfToken = owner
    }

    private func makeSentence(_ first: Int, _ end: Int, _ tokens: [Token]) -> Sentence {
        let last = tokens[end - 1]
        let endsLine = end == tokens.count || tokens[end].flags.contains(.lineBreakBefore)
        let startsLine = tokens[first].flags.contains(.lineBreakBefore) || first == 0
        let heading = startsLine && endsLine && !Self.isTerminal(last) && !Self.isClosing(last)
        return Sentence(firstToken: first, endToken: end, start: tokens[first].start, end: last.end, isHeading: heading)
    }

    static func isTerminal(_ t: Token) -> Bool {
        t.kind == .punct && (t.norm.hasPrefix(".") || t.norm == "!" || t.norm == "?" || t.norm == "…")
    }

    static func isQuote(_ t: Token) -> Bool {
        t.kind == .punct && (t.norm == "\"" || t.norm == "'")
    }

    static func isClosing(_ t: Token) -> Bool {
        t.kind == .punct && (t.norm == ")" || t.norm == "]" || (isQuote(t) && !t.flags.contains(.spaceBefore)))
    }

    /// Whether a sentence boundary falls before token `k`.
    func isBoundary(before k: Int, in tokens: [Token]) -> Bool {
        let next = tokens[k]
        if next.flags.contains(.paragraphBefore) { return true }
        // Skip back over closing quotes and brackets to the mark that may end the sentence.
        var p = k - 1
        while p > 0, Self.isClosing(tokens[p]), !tokens[p].flags.contains(.lineBreakBefore) { p -= 1 }
        let prev = tokens[p]
        if next.flags.contains(.lineBreakBefore) {
            // Hard-wrapped prose continues in lowercase after a line without final punctuation.
            let continues =
                next.flags.contains(.isLowercase) && !Self.isTerminal(prev) && prev.norm != ":"
                && (prev.kind == .word || prev.norm == ",")
            return !continues
        }
        if Self.isClosing(next) { return false }
        // "pic.twitter", "Dh73.45bn": no sentence ends without white space after it.
        if !next.flags.contains(.spaceBefore) { return false }
        let startsNew =
            next.isCapitalized || next.kind == .number || (Self.isQuote(next) && next.flags.contains(.spaceBefore))
            || next.norm == "(" || next.norm == "["
        if Self.isTerminal(prev) {
            // "1. Agreement on …": a number and a full stop opening a line mark a list item.
            if prev.norm == ".", p > 0, tokens[p - 1].kind == .number, tokens[p - 1].norm.count <= 3,
                p - 1 == 0 || tokens[p - 1].flags.contains(.lineBreakBefore)
            {
                return false
            }
            return startsNew
        }
        if prev.flags.contains(.isAbbreviation) {
            let word = prev.norm
            if exceptions.nonFinalAbbreviations.contains(word) { return false }
            if word.count == 1 { return false }  // an initial
            return next.isCapitalized && exceptions.sentenceStarters.contains(next.norm)
        }
        return false
    }
}
