/// Trigger phrases compiled into one token trie, so a sentence is scanned once for all of them.
struct TriggerIndex: Sendable {
    private var trie = PhraseTrie()
    private(set) var triggers: [FactCues.Trigger] = []

    /// A trigger found in a document.
    struct Hit: Sendable, Hashable {
        var start: Int
        var end: Int
        var trigger: Int
    }

    init(_ groups: [FactCues.Trigger], tokenizer: Tokenizer) {
        for t in groups {
            triggers.append(t)
            for phrase in t.phrases {
                let words = tokenizer.tokenize(Array(phrase.utf8)).filter { !PhraseTrie.isSkippable($0) }.map(\.norm)
                trie.insert(words, value: Int32(triggers.count - 1))
            }
        }
    }

    /// All trigger hits in `range`, longest at each start, non-overlapping, left to right.
    func hits(in range: Range<Int>, tokens: [Token]) -> [Hit] {
        var out: [Hit] = []
        var k = range.lowerBound
        while k < range.upperBound {
            if let (end, value) = longest(at: k, limit: range.upperBound, tokens: tokens) {
                out.append(Hit(start: k, end: end, trigger: Int(value)))
                k = end
            } else {
                k += 1
            }
        }
        return out
    }

    private func longest(at k: Int, limit: Int, tokens: [Token]) -> (Int, Int32)? {
        guard let end = trie.longestMatch(startingAt: k, limit: limit, tokens: tokens) else { return nil }
        let values = trie.values(startingAt: k, end: end, tokens: tokens)
        guard let v = values.first else { return nil }
        return (end, v)
    }
}
