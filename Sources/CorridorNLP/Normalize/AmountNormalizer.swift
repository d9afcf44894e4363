import CorridorModel
import Foundation

/// Finds sums of money in a run of tokens and normalises them to a `Decimal` and an ISO 4217 code.
///
/// Reads a currency before the number ("$45 billion", "US$1.5bn", "USD 250 million", "Rs475
/// billion", "Tk 10 crore", "€2 million") or after it ("20 billion yuan", "1.5 billion RMB",
/// "1.08-trillion-rupee", "half a billion dollars"); qualifiers ("worth over" → at least, "nearly"
/// → approximately, "up to" → at most); ranges ("$2-3 billion", "between $2 billion and $3 billion");
/// and conversions in parentheses ("Rs. 81 billion ($286.94 million)"). Ambiguous symbols ("Rs",
/// "¥", "Dh") take their code from the article's countries. A number without a currency is never
/// money, so years, percentages, counts and section numbers are left alone. Symbols, codes, names
/// and scale words are data (``CurrencyTable``, ``NumberWords``).
///
/// ```swift
/// let amounts = AmountNormalizer(data: languageData)
/// let found = amounts.matches(in: doc, tokens: sentence.tokenRange, context: .init(countries: ["PK", "CN"]))
/// found.map(\.amount.value) // [4500000000]
/// ```
public struct AmountNormalizer: Sendable {
    private let currencies: [CurrencyTable.Currency]
    private let prefixes: PhraseTable<Int32>
    private let gluedPrefixes: PhraseTable<Int32>
    private let suffixes: PhraseTable<Int32>
    private let numbers: NumberReader
    private let ranges: RangeWords
    private let changeWords: Set<String>
    private let conversionWords: Set<String>
    /// Every word an amount may start with, so most tokens cost one set probe.
    let triggers: Set<String>

    /// Creates a normaliser from the bundled or user language data.
    public init(data: LanguageData) {
        self.init(currencies: data.currencies, numbers: data.numbers, tokenizer: Tokenizer(exceptions: data.tokenizer))
    }

    /// Creates a normaliser from its tables.
    ///
    /// - Parameters:
    ///   - currencies: currency symbols, codes and names.
    ///   - numbers: number words, scale words, qualifiers and range words.
    ///   - tokenizer: the tokenizer documents are split with; currency forms are split the same way.
    public init(currencies: CurrencyTable, numbers: NumberWords, tokenizer: Tokenizer) {
        self.currencies = currencies.currencies
        var prefixes = PhraseTable<Int32>()
        var glued = PhraseTable<Int32>()
        var suffixes = PhraseTable<Int32>()
        for (n, c) in currencies.currencies.enumerated() {
            for form in c.symbols + c.codes { prefixes.insert(form, value: Int32(n), tokenizer: tokenizer) }
            for form in c.gluedSymbols { glued.insert(form, value: Int32(n), tokenizer: tokenizer) }
            for form in c.codes + c.names { suffixes.insert(form, value: Int32(n), tokenizer: tokenizer) }
        }
        self.prefixes = prefixes
        gluedPrefixes = glued
        self.suffixes = suffixes
        self.numbers = NumberReader(numbers)
        ranges = RangeWords(numbers, tokenizer: tokenizer)
        changeWords = Set(numbers.changeWords)
        conversionWords = Set(numbers.conversionWords)
        triggers = Set(prefixes.byFirst.keys).union(glued.byFirst.keys).union(ranges.startWords)
            .union(self.numbers.startWords)
    }

    /// The amounts in a run of tokens, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - doc: a tokenized document.
    ///   - range: the tokens to search, usually one sentence; nil for the whole document.
    ///   - context: the article's countries choose the code of ambiguous symbols.
    /// - Returns: the matches, each with its tokens, amount and rule ids.
    public func matches(
        in doc: Document, tokens range: Range<Int>? = nil, context: NormalizationContext
    ) -> [AmountMatch] {
        let range = range ?? 0..<doc.tokens.count
        return scan(doc, range.clamped(to: 0..<doc.tokens.count), context: context, marks: nil)
    }

    /// The scan behind ``matches(in:tokens:context:)``; `marks`, when given, replace the trigger lookups.
    func scan(
        _ doc: Document, _ range: Range<Int>, context: NormalizationContext, marks: TokenMarks?
    ) -> [AmountMatch] {
        let tokens = doc.tokens
        let limit = range.upperBound
        var out: [AmountMatch] = []
        var i = range.lowerBound
        while i < limit {
            let t = tokens[i]
            let isTrigger = marks.map { $0.has(i, TokenMarks.amount) } ?? triggers.contains(t.norm)
            guard t.kind == .number || isTrigger, let parsed = parse(tokens, at: i, limit: limit),
                let code = currencies[Int(parsed.currency)].code(for: context.countries)
            else {
                i += 1
                continue
            }
            let isConversion = out.last.map { restates(tokens, at: i, after: $0.tokens.upperBound) } ?? false
            let amount = Amount(
                value: parsed.value, currency: code, upperValue: parsed.upperValue, qualifier: parsed.qualifier,
                text: doc.text(tokens: i..<parsed.end))
            out.append(
                AmountMatch(
                    tokens: i..<parsed.end, amount: amount, isConversion: isConversion, rule: parsed.rule,
                    currencyID: currencies[Int(parsed.currency)].id))
            i = parsed.end
        }
        return out
    }

    /// Whether an amount starting at `i` restates the one ending at `previousEnd` in another
    /// currency: "Rs 81 billion ($286.94 million)", "20 billion yuan (USD 3.1 billion) or 351
    /// billion Pakistani rupees". Stray backslashes left by escaped text are passed over.
    private func restates(_ tokens: [Token], at i: Int, after previousEnd: Int) -> Bool {
        var k = i - 1
        while k >= previousEnd, tokens[k].norm == "\\" { k -= 1 }
        guard k >= previousEnd else { return false }
        if tokens[k].norm == "(" { return k == previousEnd }
        guard conversionWords.contains(tokens[k].norm) else { return false }
        k -= 1
        while k >= previousEnd, tokens[k].norm == "," || tokens[k].norm == ")" { k -= 1 }
        return k == previousEnd - 1
    }

    // MARK: - Grammar

    private struct Parsed {
        var value: Decimal
        var upperValue: Decimal?
        var qualifier: Amount.Qualifier
        var currency: Int32
        var end: Int
        var rule: String
    }

    /// One number with the currency around it: "$45 billion", "20 billion yuan", "3".
    private struct Side {
        var prefix: Int32?
        var suffix: Int32?
        var reading: NumberReader.Reading
        var end: Int
    }

    private func side(_ tokens: [Token], at j: Int, limit: Int) -> Side? {
        var k = j
        var prefix: Int32?
        var glued = false
        if let p = prefixes.match(tokens, at: j, limit: limit) {
            prefix = p.value
            k = p.end
        } else if let p = gluedPrefixes.match(tokens, at: j, limit: limit), p.end < limit,
            !tokens[p.end].flags.contains(.spaceBefore), tokens[p.end].kind == .number
        {
            prefix = p.value
            k = p.end
            glued = true
        }
        guard let base = numbers.readBase(tokens, at: k, limit: limit) else { return nil }
        let r = numbers.applyScales(base, tokens, limit: limit, allowJoiner: prefix == nil, money: true)
        guard !r.needsScale, !glued || r.isScaled else { return nil }
        var end = r.end
        var suffix: Int32?
        if prefix == nil {
            var s = end
            // "1.08-trillion-rupee": the currency word may be glued on with a hyphen.
            if s + 1 < limit, tokens[s].flags.contains(.isJoiner) { s += 1 }
            if let m = suffixes.match(tokens, at: s, limit: limit) {
                suffix = m.value
                end = m.end
            }
        }
        return Side(prefix: prefix, suffix: suffix, reading: r, end: end)
    }

    private func parse(_ tokens: [Token], at i: Int, limit: Int) -> Parsed? {
        var (qualifier, between, j) = ranges.lead(tokens, at: i, limit: limit)
        guard let a = side(tokens, at: j, limit: limit) else { return nil }
        var value = a.reading.value
        var upper: Decimal?
        var currency = a.prefix ?? a.suffix
        var end = a.end
        if a.suffix == nil, end + 1 < limit, isConnector(tokens, end, between: between, start: i),
            let b = side(tokens, at: end + 1, limit: limit)
        {
            let sameCurrency =
                a.prefix == nil || b.prefix == nil
                || currencies[Int(a.prefix ?? 0)].id == currencies[Int(b.prefix ?? 0)].id
            // "$2-3 billion": the first number takes the scale of the second.
            let low = a.reading.isScaled ? a.reading.value : a.reading.value * b.reading.scale
            if sameCurrency, let c = a.prefix ?? b.prefix ?? b.suffix, low < b.reading.value {
                value = low
                upper = b.reading.value
                currency = c
                end = b.end
                qualifier = .range
            }
        }
        if between && upper == nil { return nil }
        guard let currency else { return nil }
        // "two dollars" is too often not money ("the two won"); words need a scale or a symbol.
        guard a.reading.hasDigits || a.reading.isScaled || a.prefix != nil || upper != nil else { return nil }
        return Parsed(
            value: value, upperValue: upper, qualifier: qualifier, currency: currency, end: end,
            rule: a.prefix != nil ? "amount.currency-first" : "amount.currency-last")
    }

    private func isConnector(_ tokens: [Token], _ k: Int, between: Bool, start: Int) -> Bool {
        let n = tokens[k].norm
        guard ranges.isRangeConnector(n, between: between) else { return false }
        if between { return true }
        // "rose from $2bn to $3bn" is a change, not a range.
        return n == "-" || start == 0 || !changeWords.contains(tokens[start - 1].norm)
    }
}
