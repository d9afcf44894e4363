import CorridorModel
import Foundation

/// What a date expression states, before it is read against the reference date.
enum DateCore: Sendable, Hashable {
    /// A date with its year: "March 2024", "2016-10-15", "in 2021".
    case date(PartialDate)
    /// A month, maybe with a day, without a year: "on 23 March", "in May".
    case noYear(month: Int, day: Int?)
    /// A bare day of the month, only as the end or start of a range: the "8" of "February 4 to 8".
    case day(Int)
    /// A span of whole years: "2025-2029", "FY2025-26".
    case years(Int, Int)
    /// A relative expression.
    case relative(RelativeDate.Expression)

    var hasDay: Bool {
        switch self {
        case .date(let p): p.day != nil
        case .noYear(_, let d): d != nil
        default: false
        }
    }
}

/// A core expression and the tokens it covers.
struct CoreParse: Sendable {
    var core: DateCore
    var start: Int
    var end: Int
    var rule: String
}

/// One pass over a run of tokens, finding date expressions left to right.
struct DateScanner {
    let tokens: [Token]
    let lower: Int
    let limit: Int
    let lexicon: CompiledDateLexicon
    let numbers: NumberReader
    let reference: PartialDate?
    let marks: TokenMarks?
    /// Whether a word that looks ahead ("will") came earlier in the run.
    var future = false

    init(
        tokens: [Token], lower: Int, limit: Int, lexicon: CompiledDateLexicon, numbers: NumberReader,
        reference: PartialDate?, marks: TokenMarks? = nil
    ) {
        self.tokens = tokens
        self.lower = lower
        self.limit = limit
        self.lexicon = lexicon
        self.numbers = numbers
        self.reference = reference
        self.marks = marks
    }

    mutating func run() -> [DateMatch] {
        var out: [DateMatch] = []
        var i = lower
        while i < limit {
            let t = tokens[i]
            let isStarter: Bool
            let isArticle: Bool
            if let marks {
                isStarter = marks.has(i, TokenMarks.date)
                isArticle = marks.has(i, TokenMarks.dateArticle)
            } else {
                isStarter = lexicon.starters.contains(t.norm)
                isArticle = t.norm.utf8.count <= 3 && lexicon.articles.contains(t.norm)
            }
            let mayStart =
                t.kind == .number || (t.kind == .word && t.flags.contains(.hasDigit)) || isStarter
                || (isArticle && mayStartAfterArticle(at: i))
            if mayStart {
                // "On Saturday Yoon is due to meet …": a cue right after the date looks ahead too.
                let before = future
                if !future, cueAhead(from: i + 1) { future = true }
                let parsed = parse(at: i)
                future = before
                if let m = parsed {
                    out.append(m)
                    i = m.tokens.upperBound
                    continue
                }
            }
            if isFutureCue(i) { future = true }
            i += 1
        }
        return out
    }

    func isFutureCue(_ k: Int) -> Bool {
        marks.map { $0.has(k, TokenMarks.future) } ?? lexicon.futureCues.contains(tokens[k].norm)
    }

    /// Whether a future cue follows within a few words, before anything that tells of the past
    /// ("On Monday, officials said they will …" is Monday past).
    func cueAhead(from k: Int) -> Bool {
        var j = k
        while j < limit, j < k + 7 {
            if isFutureCue(j) { return true }
            let t = tokens[j]
            if t.kind == .punct && t.norm != "," { return false }
            if t.kind == .word, t.norm.hasSuffix("ed") || ["said", "says", "told", "was", "were", "had"].contains(t.norm) {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether a token that is not a starter on its own begins a date: "the" before "end" or a
    /// day ("the end of 2025", "the 1st of March"), "a" before a unit ("a year ago").
    func mayStartAfterArticle(at i: Int) -> Bool {
        guard i + 1 < limit else { return false }
        let norm = tokens[i].norm
        let next = tokens[i + 1]
        if norm == "the" {
            return next.kind == .number || next.flags.contains(.hasDigit) || lexicon.wordsAfterThe.contains(next.norm)
        }
        return numbers.isArticle(norm) && lexicon.units[next.norm] != nil
    }

    // MARK: - Token tests

    @inline(__always)
    func norm(_ k: Int) -> String? { k < limit ? tokens[k].norm : nil }

    @inline(__always)
    func isGlued(_ k: Int) -> Bool { k < limit && !tokens[k].flags.contains(.spaceBefore) }

    /// A capitalised month name (or, when allowed, abbreviation) at `k`, and whether it is a full name.
    func month(at k: Int, abbreviations: Bool = true) -> (Int, isFull: Bool)? {
        guard k < limit else { return nil }
        let t = tokens[k]
        guard t.kind == .word, t.flags.contains(.isCapitalized) || t.flags.contains(.isAllCaps) else { return nil }
        if let m = lexicon.months[t.norm] { return (m, true) }
        if abbreviations, let m = lexicon.monthAbbreviations[t.norm] { return (m, false) }
        return nil
    }

    /// A capitalised weekday name (or, when allowed, abbreviation) at `k`.
    func weekday(at k: Int, abbreviations: Bool = false) -> Int? {
        guard k < limit else { return nil }
        let t = tokens[k]
        guard t.kind == .word, t.flags.contains(.isCapitalized) || t.flags.contains(.isAllCaps) else { return nil }
        if let w = lexicon.weekdays[t.norm] { return w }
        return abbreviations ? lexicon.weekdayAbbreviations[t.norm] : nil
    }

    /// A four-digit year within the lexicon's range at `k`.
    func year(at k: Int) -> Int? {
        guard k < limit, tokens[k].kind == .number, tokens[k].norm.utf8.count == 4,
            let y = ExactDecimal.plainInteger(tokens[k].norm, maxLength: 4), lexicon.years.contains(y)
        else { return nil }
        return y
    }

    /// Exactly two plain digits at `k` ("26", "05").
    func twoDigits(at k: Int) -> Int? {
        guard k < limit, tokens[k].kind == .number, tokens[k].norm.utf8.count == 2 else { return nil }
        return ExactDecimal.plainInteger(tokens[k].norm, maxLength: 2)
    }

    /// A day of the month at `k`: one or two plain digits ("8", "05") or an ordinal ("1st", "23rd").
    func day(at k: Int, ordinals: Bool = true) -> Int? {
        guard k < limit else { return nil }
        let t = tokens[k]
        let value: Int?
        if t.kind == .number {
            value = ExactDecimal.plainInteger(t.norm, maxLength: 2)
        } else if ordinals, t.kind == .word, t.flags.contains(.hasDigit) {
            value = Self.ordinal(t.norm)
        } else {
            value = nil
        }
        guard let value, (1...31).contains(value) else { return nil }
        return value
    }

    /// The value of "1st", "22nd", "3rd", "14th".
    static func ordinal(_ norm: String) -> Int? {
        let u = Array(norm.utf8)
        guard u.count >= 3, u.count <= 4 else { return nil }
        let digits = u.prefix(u.count - 2)
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let suffix = String(decoding: u.suffix(2), as: UTF8.self)
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// `k + 1` when token `k` is a comma, else `k`.
    func skipComma(_ k: Int) -> Int { norm(k) == "," ? k + 1 : k }

    /// The second year of "2025-26" or "2019-20": within twenty years after the first.
    func expand(_ first: Int, twoDigits yy: Int) -> Int? {
        var y = first / 100 * 100 + yy
        if y <= first { y += 100 }
        return y - first <= 20 ? y : nil
    }

    /// A small whole count at `j` ("five", "10", "a") and the index after it.
    func count(at j: Int) -> (Int, Int)? {
        guard let r = numbers.readBase(tokens, at: j, limit: limit) else { return nil }
        if r.needsScale {
            // An article alone counts one ("a year ago", "within a month").
            return r.end == j + 1 && r.value == 1 ? (1, j + 1) : nil
        }
        let n = NSDecimalNumber(decimal: r.value).intValue
        guard n > 0, n < 1000, Decimal(n) == r.value else { return nil }
        return (n, r.end)
    }

    /// A calendar unit word at `k`.
    func unit(at k: Int) -> DateUnit? { k < limit ? lexicon.units[tokens[k].norm] : nil }

    /// Whether a bare four-digit number at `j` reads as a year here.
    func bareYearAllowed(at j: Int, contextOK: Bool) -> Bool {
        // "2000 people", "2021 agreements": a count, whatever stands before it.
        if j + 1 < tokens.count, numbers.isCountWord(tokens[j + 1]) { return false }
        if contextOK { return true }
        guard j > 0 else { return false }
        let prev = tokens[j - 1].norm
        if lexicon.yearContext.contains(prev) { return true }
        return prev == "(" && j + 1 < tokens.count && tokens[j + 1].norm == ")"
    }
}
