/// Marks page furniture so that no later stage mines it.
///
/// Works line by line: a line matching a ``FurnitureRules/LineRule`` is furniture, and a rule
/// marked `endsArticle` ("Popular", "More from World", "Comments") makes the rest of the text
/// furniture — but only in the second half of the text, so a headline "Comments" can't swallow an
/// article. Lines of symbols only ("|||"), lines of dates and times only, and a short credit after
/// a finished sentence on the same line ("… 2025. Reuters") are furniture as well.
public struct FurnitureDetector: PipelineStage {
    public let name = "furniture"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.furniture]

    /// The rules.
    public let rules: FurnitureRules
    private let credits: Set<String>
    private let dateWords: Set<String>
    private let longestRule: Int

    /// Creates a detector.
    public init(rules: FurnitureRules) {
        self.rules = rules
        self.credits = Set(rules.credits)
        self.dateWords = Set(rules.dateLineWords)
        self.longestRule = rules.lines.map { $0.maxTokens ?? 12 }.max() ?? 0
    }

    public func process(_ doc: inout Document) {
        let lines = Self.lines(of: doc.tokens)
        var furnitureFrom = doc.tokens.count
        var marked = [Bool](repeating: false, count: doc.tokens.count)
        for line in lines {
            guard line.lowerBound < furnitureFrom else { break }
            let (isFurniture, endsArticle) = classify(line, doc)
            if isFurniture {
                for k in line { marked[k] = true }
                // Only a marker in the later part of the text ends the article.
                if endsArticle && doc.tokens[line.lowerBound].start * 3 >= doc.bytes.count {
                    furnitureFrom = line.lowerBound
                }
            }
        }
        for k in furnitureFrom..<doc.tokens.count { marked[k] = true }
        markCredits(&marked, doc)
        for k in doc.tokens.indices where marked[k] { doc.tokens[k].flags.insert(.isFurniture) }
        for n in doc.sentences.indices {
            let r = doc.sentences[n].tokenRange
            doc.sentences[n].isFurniture = r.allSatisfy { marked[$0] }
        }
    }

    /// Token ranges of the text's lines.
    static func lines(of tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for k in tokens.indices where k > 0 && tokens[k].flags.contains(.lineBreakBefore) {
            out.append(start..<k)
            start = k
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    private func classify(_ line: Range<Int>, _ doc: Document) -> (Bool, Bool) {
        let tokens = doc.tokens[line]
        if tokens.allSatisfy({ $0.kind == .punct || $0.kind == .symbol }) { return (true, false) }
        if isDateLine(tokens) { return (true, false) }
        guard let first = tokens.first, let last = tokens.last, tokens.count <= longestRule else { return (false, false) }
        let key = TextFolding.key(doc.text(bytes: first.start, last.end))
        let words = Set(tokens.map(\.norm))
        let finished = SentenceSplitter.isTerminal(last) || (SentenceSplitter.isClosing(last) && tokens.count > 1
            && SentenceSplitter.isTerminal(tokens[tokens.index(before: tokens.endIndex - 1)]))
        for rule in rules.lines {
            if tokens.count > (rule.maxTokens ?? 12) { continue }
            if finished && !(rule.allowsFinalStop ?? false) { continue }
            var hit = false
            if let eq = rule.equals, eq.contains(where: { key == $0 || key == $0 + ":" }) { hit = true }
            if !hit, let pre = rule.prefixes, pre.contains(where: { key.hasPrefix($0) }) { hit = true }
            if hit, let needs = rule.contains, !needs.contains(where: { words.contains($0) }) { hit = false }
            if hit { return (true, rule.endsArticle ?? false) }
        }
        return (false, false)
    }

    private func isDateLine(_ tokens: ArraySlice<Token>) -> Bool {
        var sawNumber = false
        for t in tokens {
            switch t.kind {
            case .number: sawNumber = true
            case .punct, .symbol: continue
            case .word:
                if t.flags.contains(.hasDigit) {
                    sawNumber = true
                    continue
                }
                if !dateWords.contains(t.norm) { return false }
            case .url: return false
            }
        }
        return sawNumber
    }

    /// A short credit ("Reuters", "PPA Pool", "- AFP") closing a line after a finished sentence.
    private func markCredits(_ marked: inout [Bool], _ doc: Document) {
        for s in doc.sentences {
            let r = s.tokenRange
            guard r.count <= 4, r.lowerBound > 0, !marked[r.lowerBound] else { continue }
            let endsLine = r.upperBound == doc.tokens.count || doc.tokens[r.upperBound].flags.contains(.lineBreakBefore)
            let prev = doc.tokens[r.lowerBound - 1]
            guard endsLine, !doc.tokens[r.lowerBound].flags.contains(.lineBreakBefore),
                SentenceSplitter.isTerminal(prev) || SentenceSplitter.isClosing(prev)
            else { continue }
            let words = doc.tokens[r].filter { $0.kind == .word }
            guard let w = words.first, credits.contains(w.norm), words.count <= 2,
                !doc.tokens[r].contains(where: { SentenceSplitter.isTerminal($0) && $0.norm != "." })
            else { continue }
            for k in r { marked[k] = true }
        }
    }
}
