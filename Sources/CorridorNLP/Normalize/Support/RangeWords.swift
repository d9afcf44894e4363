import CorridorModel

/// The words around a number that money and counts read alike: qualifiers ("over", "nearly",
/// "worth up to"), "between … and …" and range connectors ("2-3", "2 to 3").
///
/// Shared by ``AmountNormalizer`` and ``QuantityParser`` so that "over $2bn" and "over 2,000
/// students" qualify the same way.
struct RangeWords: Sendable {
    let qualifiers: PhraseTable<Amount.Qualifier>
    let rangeConnectors: Set<String>
    let betweenWords: Set<String>
    let betweenConnectors: Set<String>

    init(_ numbers: NumberWords, tokenizer: Tokenizer) {
        var qualifiers = PhraseTable<Amount.Qualifier>()
        for rule in numbers.qualifiers {
            for p in rule.phrases { qualifiers.insert(p, value: rule.qualifier, tokenizer: tokenizer) }
        }
        self.qualifiers = qualifiers
        rangeConnectors = Set(numbers.rangeConnectors.map { PhraseForm($0, tokenizer: tokenizer).key })
        betweenWords = Set(numbers.betweenWords)
        betweenConnectors = Set(numbers.betweenConnectors)
    }

    /// Every word a qualified number may start with.
    var startWords: Set<String> { Set(qualifiers.byFirst.keys).union(betweenWords) }

    /// The qualifier opening a number at `i` ("over", "between"): its value, whether it is a
    /// "between" that needs a range to follow, and where the number itself starts.
    func lead(_ tokens: [Token], at i: Int, limit: Int) -> (qualifier: Amount.Qualifier, between: Bool, next: Int) {
        if betweenWords.contains(tokens[i].norm) { return (.exact, true, i + 1) }
        if let q = qualifiers.match(tokens, at: i, limit: limit) { return (q.value, false, q.end) }
        return (.exact, false, i)
    }

    /// Whether the word between two numbers makes them a range.
    func isRangeConnector(_ norm: String, between: Bool) -> Bool {
        between ? betweenConnectors.contains(norm) : rangeConnectors.contains(norm)
    }
}
