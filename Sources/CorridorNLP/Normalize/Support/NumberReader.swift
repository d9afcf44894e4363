import Foundation

/// Reads numbers written in digits ("3,000", "4.5") or words ("five", "two hundred and fifty",
/// "a dozen", "half a"), and the scale words after them ("billion", glued "bn", "m").
///
/// Compiled once from ``NumberWords``; every lookup is one dictionary probe on a token norm.
struct NumberReader: Sendable {
    private let cardinals: [String: Int]
    private let multipliers: [String: Int]
    let articles: Set<String>
    private let fractions: [String: Decimal]
    private let joinWords: Set<String>
    private let scales: [String: Decimal]
    private let gluedScales: [String: Decimal]
    private let countNouns: Set<String>
    private let countModifiers: Set<String>

    /// A number read from the tokens.
    struct Reading: Sendable {
        /// The value, scales applied.
        var value: Decimal
        /// The index just past the number.
        var end: Int
        /// The number is written in digits.
        var hasDigits: Bool
        /// The number is one token of plain digits ("2025", "18"), without separators or point.
        var isPlainInteger: Bool
        /// A scale word was applied ("billion", "bn").
        var isScaled: Bool
        /// The reading is a fraction or article that is not a number without a scale ("half a").
        var needsScale: Bool
        /// The product of the scale words applied (1 when none).
        var scale: Decimal = 1
    }

    init(_ words: NumberWords) {
        cardinals = words.cardinals
        multipliers = words.multipliers
        articles = Set(words.articles)
        fractions = words.fractions.compactMapValues { ExactDecimal.parse($0) }
        joinWords = Set(words.joinWords)
        var scales: [String: Decimal] = [:]
        var glued: [String: Decimal] = [:]
        for s in words.scales {
            guard let v = ExactDecimal.parse(s.value) else { continue }
            for w in s.words { scales[w] = v }
            for w in s.glued { glued[w] = v }
        }
        self.scales = scales
        self.gluedScales = glued
        countNouns = Set(words.countNouns)
        countModifiers = Set(words.countModifiers)
    }

    /// Whether the token is a digit number the reader accepts (no time colons).
    @inline(__always)
    func isDigitNumber(_ t: Token) -> Bool {
        t.kind == .number && !t.norm.utf8.contains(0x3A)
    }

    /// Whether the norm is a scale word usable after a spaced number.
    func isScaleWord(_ norm: String) -> Bool { scales[norm] != nil }

    /// Whether the norm is an article that may stand for one ("a year ago").
    func isArticle(_ norm: String) -> Bool { articles.contains(norm) }

    /// The number words that are numbers on their own: "one" … "ninety".
    var cardinalWords: Set<String> { Set(cardinals.keys) }

    /// The words a number may start with: cardinals, articles and fractions.
    var startWords: Set<String> {
        Set(cardinals.keys).union(articles).union(fractions.keys)
    }

    /// Reads the number at `i` without its scale words.
    func readBase(_ tokens: [Token], at i: Int, limit: Int) -> Reading? {
        guard i < limit else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            guard isDigitNumber(t), let v = ExactDecimal.parse(t.norm) else { return nil }
            let plain = t.norm.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            return Reading(
                value: v, end: i + 1, hasDigits: true, isPlainInteger: plain, isScaled: false, needsScale: false)
        }
        guard t.kind == .word else { return nil }
        if let f = fractions[t.norm] {
            // "half a billion": the article is optional, the scale is not.
            var j = i + 1
            if j < limit, articles.contains(tokens[j].norm) { j += 1 }
            return Reading(value: f, end: j, hasDigits: false, isPlainInteger: false, isScaled: false, needsScale: true)
        }
        if articles.contains(t.norm) {
            guard i + 1 < limit else { return nil }
            if let m = multipliers[tokens[i + 1].norm] {
                return readTail(tokens, total: m, at: i + 2, limit: limit)
            }
            return Reading(
                value: 1, end: i + 1, hasDigits: false, isPlainInteger: false, isScaled: false, needsScale: true)
        }
        guard let (first, j) = readUnderHundred(tokens, at: i, limit: limit) else { return nil }
        if j < limit, let m = multipliers[tokens[j].norm] {
            return readTail(tokens, total: first * m, at: j + 1, limit: limit)
        }
        return Reading(
            value: Decimal(first), end: j, hasDigits: false, isPlainInteger: false, isScaled: false, needsScale: false)
    }

    /// "fifty", "twenty-five", "seven": a value below one hundred and the index after it.
    private func readUnderHundred(_ tokens: [Token], at i: Int, limit: Int) -> (Int, Int)? {
        guard i < limit, let v = cardinals[tokens[i].norm] else { return nil }
        if v >= 20, v % 10 == 0, i + 2 < limit, tokens[i + 1].flags.contains(.isJoiner),
            let u = cardinals[tokens[i + 2].norm], u > 0, u < 10
        {
            return (v + u, i + 3)
        }
        return (v, i + 1)
    }

    /// After a multiplier: an optional "and" and a value below one hundred ("hundred and fifty").
    private func readTail(_ tokens: [Token], total: Int, at j: Int, limit: Int) -> Reading {
        var k = j
        if k < limit, joinWords.contains(tokens[k].norm) { k += 1 }
        if let (rest, end) = readUnderHundred(tokens, at: k, limit: limit), rest < 100 {
            return Reading(
                value: Decimal(total + rest), end: end, hasDigits: false, isPlainInteger: false, isScaled: false,
                needsScale: false)
        }
        return Reading(
            value: Decimal(total), end: j, hasDigits: false, isPlainInteger: false, isScaled: false, needsScale: false)
    }

    /// Applies up to two scale words after a reading ("1.5 billion", "3 lakh crore", glued "4.5bn").
    ///
    /// - Parameters:
    ///   - allowJoiner: a hyphen may stand before the first scale ("1.08-trillion-rupee").
    ///   - money: glued short scales ("$500m", "£3b") are read.
    func applyScales(_ r: Reading, _ tokens: [Token], limit: Int, allowJoiner: Bool, money: Bool) -> Reading {
        var out = r
        var j = r.end
        for _ in 0..<2 {
            var k = j
            if allowJoiner && !out.isScaled && k + 1 < limit && tokens[k].flags.contains(.isJoiner) { k += 1 }
            guard k < limit else { break }
            let t = tokens[k]
            let factor: Decimal?
            if let f = scales[t.norm] {
                factor = f
            } else if money && !t.flags.contains(.spaceBefore) && k == j, let f = gluedScales[t.norm] {
                factor = f
            } else {
                factor = nil
            }
            guard let factor else { break }
            out.value *= factor
            out.scale *= factor
            out.isScaled = true
            out.needsScale = false
            out.isPlainInteger = false
            j = k + 1
            out.end = j
        }
        return out
    }

    /// Reads a whole number: base and scales.
    func read(_ tokens: [Token], at i: Int, limit: Int, money: Bool) -> Reading? {
        guard let base = readBase(tokens, at: i, limit: limit) else { return nil }
        let r = applyScales(base, tokens, limit: limit, allowJoiner: false, money: money)
        return r.needsScale ? nil : r
    }

    /// Whether a token after a number shows the number counts things: a lowercase plural-looking
    /// word ("militants"), a count noun ("people") or a count modifier ("more").
    func isCountWord(_ t: Token) -> Bool {
        guard t.kind == .word, t.flags.contains(.isLowercase) else { return false }
        return countModifiers.contains(t.norm) || isHeadNoun(t)
    }

    /// Whether a word only shows that a count follows ("more", "new") and names nothing by itself.
    func isCountModifier(_ norm: String) -> Bool { countModifiers.contains(norm) }

    /// Whether a word looks like the plural head of a counted phrase: "agreements", "MoUs", "people".
    func isHeadNoun(_ t: Token) -> Bool {
        t.kind == .word && (countNouns.contains(t.norm) || Self.looksPlural(t.norm))
    }

    /// A cheap plural test: ends in "s" but not in "ss", "us" or "is" ("agreements", not "bus").
    static func looksPlural(_ norm: String) -> Bool {
        let u = norm.utf8
        guard u.count > 3, u.last == 0x73 else { return false }
        let before = u[u.index(u.endIndex, offsetBy: -2)]
        return before != 0x73 && before != 0x75 && before != 0x69
    }
}
