import CorridorModel
import Foundation

extension QuantityParser {
    /// The quantity starting at `i`, if any.
    func parse(_ doc: Document, at i: Int, limit: Int) -> QuantityMatch? {
        let tokens = doc.tokens
        var (qualifier, between, j) = ranges.lead(tokens, at: i, limit: limit)
        guard let first = number(tokens, at: j, limit: limit) else { return nil }
        var value = first.value
        var upper: Decimal?
        var k = first.end
        if k + 1 < limit, isConnector(tokens[k].norm, between: between),
            let second = number(tokens, at: k + 1, limit: limit, isRangeEnd: true)
        {
            let low = first.isScaled ? first.value : first.value * second.scale
            if low < second.value {
                value = low
                upper = second.value
                qualifier = .range
                k = second.end
            }
        }
        if between && upper == nil { return nil }
        guard let head = counted(doc, at: k, limit: limit) else { return nil }
        if head.rule == "quantity.count" {
            let words = tokens[k..<head.end].filter { $0.kind == .word }
            // "two more", "3 new": a modifier alone names nothing.
            if let last = words.last, numbers.isCountModifier(last.norm) { return nil }
            // "One Belt-One Road", "Five Eyes": a capitalised number word inside a name.
            if tokens[j].kind == .word, tokens[j].isCapitalized, words.allSatisfy(\.isCapitalized) { return nil }
        }
        let quantity = Quantity(
            value: value, unit: head.canonical ?? head.phrase, qualifier: qualifier,
            text: doc.text(tokens: i..<head.end))
        return QuantityMatch(
            tokens: i..<head.end, quantity: quantity, upperValue: upper, phrase: head.phrase,
            canonicalUnit: head.canonical, isModifier: head.isModifier, rule: head.rule)
    }

    private func isConnector(_ norm: String, between: Bool) -> Bool {
        ranges.isRangeConnector(norm, between: between)
    }

    /// A number at `j` that may count things: not a year, a label, a date part, a time or money.
    ///
    /// - Parameter isRangeEnd: the number follows a range connector ("10-15"), which is no label.
    private func number(_ tokens: [Token], at j: Int, limit: Int, isRangeEnd: Bool = false) -> NumberReader.Reading? {
        guard let base = numbers.readBase(tokens, at: j, limit: limit) else { return nil }
        let r = numbers.applyScales(base, tokens, limit: limit, allowJoiner: false, money: false)
        guard !r.needsScale else { return nil }
        if j > 0 && !isRangeEnd {
            let prev = tokens[j - 1]
            // "$45", "#5", "Section 9", "No. 5", "JF-17", "2016-10-15", "65/110", "Feb 18".
            if prev.kind == .symbol || labels.contains(prev.norm) { return nil }
            if (prev.norm == "-" || prev.norm == "/") && !tokens[j].flags.contains(.spaceBefore) { return nil }
            if prev.kind == .word && prev.isCapitalized && calendarNames.contains(prev.norm) { return nil }
        }
        if r.end < limit {
            let next = tokens[r.end]
            if next.norm == "/" || next.norm == ":" { return nil }
            // "2016-10-15", "0300-1234567": digits glued by hyphens are codes or dates, not counts.
            if next.norm == "-", !next.flags.contains(.spaceBefore), r.end + 1 < limit,
                tokens[r.end + 1].kind == .number, r.hasDigits, !r.isScaled,
                !tokens[r.end + 1].flags.contains(.spaceBefore), tokens[j].norm.utf8.count >= 4
            {
                return nil
            }
        }
        if r.isPlainInteger, tokens[j].norm.utf8.count == 4,
            let y = ExactDecimal.plainInteger(tokens[j].norm, maxLength: 4), years.contains(y),
            !(r.end < limit && numbers.isCountWord(tokens[r.end]))
        {
            return nil
        }
        return r
    }

    /// What a number counts: a unit, a hyphenated noun or a noun phrase.
    private struct Head {
        var phrase: String
        var canonical: String?
        var isModifier: Bool
        var end: Int
        var rule: String
    }

    private func counted(_ doc: Document, at k: Int, limit: Int) -> Head? {
        let tokens = doc.tokens
        guard k < limit else { return nil }
        if let u = units.match(tokens, at: k, limit: limit) {
            return Head(
                phrase: TextFolding.key(doc.text(tokens: k..<u.end)), canonical: unitEntries[Int(u.value)].canonical,
                isModifier: false, end: u.end, rule: "quantity.unit")
        }
        if tokens[k].flags.contains(.isJoiner), k + 1 < limit {
            // "1,320-megawatt", "two-day": the number measures the noun after it.
            if let u = units.match(tokens, at: k + 1, limit: limit) {
                return Head(
                    phrase: TextFolding.key(doc.text(tokens: (k + 1)..<u.end)),
                    canonical: unitEntries[Int(u.value)].canonical, isModifier: true, end: u.end,
                    rule: "quantity.modifier")
            }
            let w = tokens[k + 1]
            guard w.kind == .word, w.flags.contains(.isLowercase), !stopWords.contains(w.norm),
                !numbers.isScaleWord(w.norm)
            else { return nil }
            return Head(phrase: w.norm, canonical: nil, isModifier: true, end: k + 2, rule: "quantity.modifier")
        }
        guard let end = phraseEnd(tokens, from: k, limit: limit) else { return nil }
        return Head(
            phrase: TextFolding.key(doc.text(tokens: k..<end)), canonical: nil, isModifier: false, end: end,
            rule: "quantity.count")
    }

    /// The end of the counted noun phrase starting at `k`, or nil when there is none.
    private func phraseEnd(_ tokens: [Token], from k: Int, limit: Int) -> Int? {
        var e = k
        var words = 0
        var end: Int?
        while e < limit, words < maxPhraseLength {
            let t = tokens[e]
            if words == 0 && currencyNames.match(tokens, at: e, limit: limit) != nil { return nil }
            if t.flags.contains(.isJoiner), words > 0, e + 1 < limit, isPhraseWord(tokens[e + 1]) {
                e += 1  // "coal-fired", "state-of-the-art" stay inside the phrase
                continue
            }
            guard isPhraseWord(t) else { break }
            if conjunctions.contains(t.norm) {
                // "study and training opportunities", "agreements and memorandums" — but not "and signed".
                guard words > 0, e + 1 < limit, isPhraseWord(tokens[e + 1]), !conjunctions.contains(tokens[e + 1].norm),
                    !isPredicate(tokens, e + 1, limit: limit)
                else { break }
                e += 1
                continue
            }
            if words > 0, isPredicate(tokens, e, limit: limit) { break }
            e += 1
            words += 1
            end = e
            // A plural head ends the phrase unless a conjunction adds another noun.
            if numbers.isHeadNoun(t), !(e < limit && conjunctions.contains(tokens[e].norm)) { break }
        }
        return end
    }

    /// A verb form that ends the phrase ("1 person killed in"), not one that modifies the next
    /// noun ("training opportunities").
    private func isPredicate(_ tokens: [Token], _ e: Int, limit: Int) -> Bool {
        guard Self.isVerbForm(tokens[e]) else { return false }
        return !(e + 1 < limit && isPhraseWord(tokens[e + 1]) && !conjunctions.contains(tokens[e + 1].norm))
    }

    /// A word that may stand in a counted phrase.
    private func isPhraseWord(_ t: Token) -> Bool {
        guard t.kind == .word, !stopWords.contains(t.norm) else { return false }
        return !(t.isCapitalized && calendarNames.contains(t.norm))
    }

    /// A lowercase word that looks like a participle or past tense: "killed", "attending".
    static func isVerbForm(_ t: Token) -> Bool {
        let u = t.norm.utf8
        guard t.flags.contains(.isLowercase), u.count > 4 else { return false }
        let last = u[u.index(u.endIndex, offsetBy: -1)]
        let second = u[u.index(u.endIndex, offsetBy: -2)]
        if second == 0x65 && last == 0x64 { return true }  // -ed
        let third = u[u.index(u.endIndex, offsetBy: -3)]
        return third == 0x69 && second == 0x6E && last == 0x67  // -ing
    }
}
