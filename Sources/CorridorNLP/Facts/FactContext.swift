public import CorridorModel
import Foundation

/// What every fact extractor needs to know about a document: which entity each token belongs to,
/// the article's two countries, and how to cite a sentence as evidence.
struct FactContext {
    let doc: Document
    let tokens: [Token]
    /// For each token, the index (into `doc.entities`) of the entity mentioned there.
    let entityOfToken: [Int?]
    /// For each token, the index of the entity span covering it.
    let spanOfToken: [Int?]
    /// For each entity, the first token of its first mention.
    let firstMention: [Int]
    /// The index of the first body sentence: the sentences before it are the headline block.
    let firstBody: Int
    /// The entity indices of the article's two countries (from its pair, else the most mentioned).
    let pair: [Int]
    let cues: FactCues
    let triggers: FactTriggers
    /// Personal titles ("prime minister", "crown prince"), to read "the PM" as the person so titled.
    let titles: Set<String>
    /// Money, dates, quantities and sectors of each sentence that is not furniture.
    let normalized: [Normalization?]
    let normalizer: Normalizer
    let normalization: NormalizationContext
    /// Tokens that are a one-word verb of conclusion ("signed", "inked").
    let conclusionWords: Set<Int>
    /// The day the article's news happened, when its lead states one (see ``storyDate(_:)``).
    let storyDate: PartialDate?

    init(doc: Document, cues: FactCues, triggers: FactTriggers, titles: Set<String>, normalizer: Normalizer) {
        self.doc = doc
        self.titles = titles
        self.normalizer = normalizer
        var context = NormalizationContext(document: doc, countries: doc.pair)
        if let dateline = Self.datelineDate(doc, normalizer: normalizer, context: context) {
            // The story was filed on its dateline's day: "today", "on Tuesday" count from there.
            context = NormalizationContext(referenceDate: dateline, countries: doc.pair)
        }
        self.normalization = context
        normalized = doc.sentences.map { s in
            s.isFurniture ? nil : normalizer.normalize(doc, tokens: s.tokenRange, context: context)
        }
        var words = Set<Int>()
        for s in doc.sentences where !s.isFurniture {
            for hit in triggers.conclusion.hits(in: s.tokenRange, tokens: doc.tokens) where hit.end - hit.start == 1 {
                words.insert(hit.start)
            }
        }
        conclusionWords = words
        self.tokens = doc.tokens
        self.cues = cues
        self.triggers = triggers
        var entityOf = [Int?](repeating: nil, count: doc.tokens.count)
        var spanOf = [Int?](repeating: nil, count: doc.tokens.count)
        for (n, span) in doc.entitySpans.enumerated() {
            for k in span.tokenRange {
                entityOf[k] = doc.entityOfSpan[n]
                spanOf[k] = n
            }
        }
        entityOfToken = entityOf
        spanOfToken = spanOf
        var first = [Int](repeating: Int.max, count: doc.entities.count)
        for (n, span) in doc.entitySpans.enumerated() where doc.entityOfSpan[n] < first.count {
            first[doc.entityOfSpan[n]] = min(first[doc.entityOfSpan[n]], span.firstToken)
        }
        firstMention = first
        firstBody = doc.sentences.firstIndex { !$0.isHeading && !$0.isFurniture } ?? 0
        pair = Self.pairEntities(doc)
        storyDate = Self.storyDate(doc, normalized: normalized, published: doc.publishedAt)
    }

    /// The first day the lead (the headline block and the first three body sentences) states
    /// that falls in the week before publication: "Pakistan and China on Friday signed …",
    /// "ISLAMABAD, June 7 -". Without a publication date there is none.
    static func storyDate(_ doc: Document, normalized: [Normalization?], published: PartialDate?) -> PartialDate? {
        guard let published, let pm = published.month, let pd = published.day else { return nil }
        let today = CivilCalendar.dayNumber(published.year, pm, pd)
        var body = 0
        for (n, s) in doc.sentences.enumerated() where !s.isFurniture {
            if !s.isHeading {
                body += 1
                if body > 3 { break }
            }
            for d in normalized[n]?.dates ?? [] {
                guard case .point(let p) = d.kind, let m = p.month, let day = p.day else { continue }
                if (0...7).contains(today - CivilCalendar.dayNumber(p.year, m, day)) { return p }
            }
        }
        return nil
    }

    /// The two countries the article is about: its pair if given, else the two most mentioned.
    static func pairEntities(_ doc: Document) -> [Int] {
        func countryEntity(_ code: String) -> Int? {
            doc.entities.firstIndex { $0.type == .gpe && $0.country == code && $0.lexiconID?.hasPrefix("country.") == true }
        }
        let fromPair = doc.pair.compactMap(countryEntity)
        if fromPair.count == 2 { return fromPair }
        let countries = doc.entities.indices.filter { doc.entities[$0].lexiconID?.hasPrefix("country.") == true }
        let ranked = countries.sorted {
            (doc.entities[$0].mentions.count, -$0) > (doc.entities[$1].mentions.count, -$1)
        }
        var out = fromPair
        for c in ranked where out.count < 2 && !out.contains(c) { out.append(c) }
        return out
    }

    // MARK: - Entities

    /// The entity index of a country by its ISO code: its GPE entity, else its nationality.
    func countryEntity(_ code: String) -> Int? {
        doc.entities.firstIndex { $0.type == .gpe && $0.country == code && $0.lexiconID?.hasPrefix("country.") == true }
            ?? doc.entities.firstIndex { $0.type == .norp && $0.country == code }
    }

    /// A nationality ("Chinese") stands for its country when the country is an entity of the article.
    func actor(_ entity: Int) -> Int {
        let e = doc.entities[entity]
        if e.type == .norp, let code = e.country, let c = countryEntity(code), doc.entities[c].type == .gpe { return c }
        return entity
    }

    /// The entities mentioned in a token range, in order of mention, each once.
    func entities(in range: Range<Int>) -> [(token: Int, entity: Int)] {
        var out: [(Int, Int)] = []
        var seen = Set<Int>()
        var k = range.lowerBound
        while k < range.upperBound {
            if let e = entityOfToken[k] {
                if seen.insert(e).inserted { out.append((k, e)) }
                let span = spanOfToken[k].map { doc.entitySpans[$0] }
                k = max(k + 1, span?.endToken ?? k + 1)
            } else {
                k += 1
            }
        }
        return out
    }

    func type(_ entity: Int) -> EntityType { doc.entities[entity].type }

    func id(_ entity: Int) -> String { doc.entities[entity].id }

    /// The index of the entity with id `id` ("e3"), the inverse of `id(_:)`.
    func entityIndex(id: String) -> Int? { doc.entities.firstIndex { $0.id == id } }

    /// Whether the entity with id `id` is a whole country of the gazetteer.
    func isCountry(id: String) -> Bool {
        entityIndex(id: id).map { doc.entities[$0].lexiconID?.hasPrefix("country.") == true } ?? false
    }

    /// Whether an entity can act: a person, a body, a country or a nationality.
    func canAct(_ entity: Int) -> Bool {
        [.person, .org, .gpe, .norp].contains(type(entity))
    }

    // MARK: - Words

    func norm(_ k: Int) -> String { tokens[k].norm }

    /// Whether any of `words` occurs in the token range.
    func contains(_ words: Set<String>, in range: Range<Int>) -> Bool {
        range.contains { words.contains(tokens[$0].norm) }
    }

    /// The sentence of a token.
    func sentence(of k: Int) -> Int { doc.sentenceOfToken[k] }

    /// Whether a sentence is a heading of the headline block at the top of the article.
    func isHeadline(_ n: Int) -> Bool { n < firstBody && doc.sentences[n].isHeading }

    /// The clause around token `k`: the sentence cut at semicolons, and at ", which/while/but".
    func clause(around k: Int) -> Range<Int> {
        let s = doc.sentences[sentence(of: k)]
        var a = k
        while a > s.firstToken {
            let t = tokens[a - 1]
            if t.norm == ";" || t.norm == ":" { break }
            if t.norm == ",", ["while", "but", "whereas", "although"].contains(tokens[a].norm) { break }
            a -= 1
        }
        var b = k
        while b < s.endToken {
            let t = tokens[b]
            if t.norm == ";" { break }
            if t.norm == ",", b + 1 < s.endToken, ["while", "but", "whereas", "although", "which"].contains(tokens[b + 1].norm) {
                break
            }
            b += 1
        }
        return a..<b
    }

    /// Whether token `k` is a one-word verb of conclusion.
    func isConclusionWord(_ k: Int) -> Bool { conclusionWords.contains(k) }

    // MARK: - Normalised values

    /// Sums of money within a range (conversions in brackets left out).
    func amounts(in range: Range<Int>) -> [AmountMatch] {
        guard let first = range.first, let n = normalized[sentence(of: first)] else { return [] }
        return n.amounts.filter { !$0.isConversion && range.contains($0.tokens.lowerBound) }
    }

    /// Dates, periods and deadlines within a range.
    func dates(in range: Range<Int>) -> [DateMatch] {
        guard let first = range.first, let n = normalized[sentence(of: first)] else { return [] }
        return n.dates.filter { range.contains($0.tokens.lowerBound) }
    }

    /// Counted things within a range.
    func quantities(in range: Range<Int>) -> [QuantityMatch] {
        guard let first = range.first, let n = normalized[sentence(of: first)] else { return [] }
        return n.quantities.filter { range.contains($0.tokens.lowerBound) }
    }

    /// Sectors named within a range, in order of first mention.
    func sectors(in range: Range<Int>) -> [Sector] {
        guard !range.isEmpty else { return [] }
        return normalizer.sectors.sectors(in: doc, tokens: range)
    }

    /// The sector of a name, read from its head: the last sector keyword in it ("Suez Canal
    /// Economic Zone" is industry, not water; "Dasu Hydropower Project" is energy).
    func headSector(in range: Range<Int>) -> Sector? {
        guard !range.isEmpty else { return nil }
        return normalizer.sectors.matches(in: doc, tokens: range).last?.sector
    }

    /// The first date in a range (or the one closest to `anchor`) that says when something
    /// happened: a day or a month ("on Friday", "in March 2024"), or a year introduced as a time
    /// ("in 2021") — not a year that only names something ("the 2022 Industrial Cooperation
    /// Framework").
    ///
    /// A dateline's date ("NAIROBI, March 5 - …") is when the story was filed; a date the sentence
    /// states itself ("signed … on Tuesday") wins over it.
    func pointDate(in range: Range<Int>, near anchor: Int? = nil) -> PartialDate? {
        var dateline: PartialDate?
        var best: (date: PartialDate, distance: Int)?
        for d in dates(in: range) {
            guard case .point(let p) = d.kind else { continue }
            if p.precision == .year {
                let k = d.tokens.lowerBound
                guard k > 0, ["in", "since", "during", "until", "by"].contains(tokens[k - 1].norm) else { continue }
            } else if dateline == nil && isDateline(d) {
                dateline = p
                continue
            }
            guard let anchor else { return p }
            // Near a trigger, the closest date is its own ("in 2021 … the March 2024 attack").
            let distance = d.tokens.lowerBound > anchor ? d.tokens.lowerBound - anchor : anchor - d.tokens.upperBound
            if best.map({ distance < $0.distance }) ?? true { best = (p, distance) }
        }
        return best?.date ?? dateline
    }

    /// The first day of a stated period with day precision ("a state visit from February 4 to 8").
    func periodStart(in range: Range<Int>) -> PartialDate? {
        for d in dates(in: range) {
            if case .period(let p) = d.kind, let start = p.start, start.day != nil { return start }
        }
        return nil
    }

    /// Whether a date is a dateline's: it opens its sentence, after at most a few capitalised place
    /// words and commas ("NAIROBI, March 5", "LUSAKA/BEIJING, May 3"), and a dash, colon or
    /// bracket follows it ("- …", ": …", "(Reuters) -").
    func isDateline(_ d: DateMatch) -> Bool { Self.isDateline(d, in: doc) }

    static func isDateline(_ d: DateMatch, in doc: Document) -> Bool {
        let tokens = doc.tokens
        let s = doc.sentences[doc.sentenceOfToken[d.tokens.lowerBound]]
        let before = s.firstToken..<d.tokens.lowerBound
        guard before.count <= 6,
            before.allSatisfy({ tokens[$0].isCapitalized || [",", "/"].contains(tokens[$0].norm) }),
            d.tokens.upperBound < s.endToken
        else { return false }
        return ["-", "--", ":", "("].contains(tokens[d.tokens.upperBound].norm)
    }

    /// The period in a range: a stated period, else from the article's date to a deadline
    /// ("by 2030" in a 2025 article is 2025–2030).
    func period(in range: Range<Int>) -> Period? {
        let found = dates(in: range)
        for d in found {
            if case .period(let p) = d.kind { return p }
        }
        for d in found {
            if case .deadline(let end) = d.kind {
                let start = doc.publishedAt.map { PartialDate(year: $0.year) }
                return Period(start: start.map { $0 <= end ? $0 : end }, end: end)
            }
        }
        return nil
    }

    /// The day of the first body sentence's dateline, when it is up to a month before the
    /// publication date ("NAIROBI, March 5 - …" in a story published on March 7).
    static func datelineDate(_ doc: Document, normalizer: Normalizer, context: NormalizationContext) -> PartialDate? {
        guard let published = context.referenceDate, let pm = published.month, let pd = published.day,
            let first = doc.sentences.firstIndex(where: { !$0.isHeading && !$0.isFurniture })
        else { return nil }
        let lead = normalizer.normalize(doc, tokens: doc.sentences[first].tokenRange, context: context)
        guard let d = lead.dates.first, isDateline(d, in: doc), case .point(let p) = d.kind, let m = p.month, let day = p.day
        else { return nil }
        let gap = CivilCalendar.dayNumber(published.year, pm, pd) - CivilCalendar.dayNumber(p.year, m, day)
        return (1...31).contains(gap) ? p : nil
    }

    /// A duration that starts with the fact: "renewed … for three years", "$500 million … over five
    /// years", "for a period of 20 years" — from the publication date to as many years (or months)
    /// later. Only for facts that look ahead (a promise, a signing), where the span starts now.
    func duration(in range: Range<Int>) -> Period? {
        guard let reference = doc.publishedAt else { return nil }
        for q in quantities(in: range) {
            guard let unit = Self.durationUnits[q.phrase], isDurationCue(q.tokens.lowerBound) else { continue }
            let n = NSDecimalNumber(decimal: q.quantity.value).intValue
            guard n > 0, n <= 100, q.quantity.value == Decimal(n),
                case .period(let p)? = RelativeDate(.within(unit, n)).resolved(relativeTo: reference)
            else { continue }
            return p
        }
        return nil
    }

    static let durationUnits: [String: DateUnit] = ["year": .year, "years": .year, "month": .month, "months": .month]

    /// "over five years", "for three years", "for another five years", "for a period of 20 years",
    /// "for a term of two years".
    func isDurationCue(_ k: Int) -> Bool {
        if tokens[k].norm == "over" { return true }
        var k = k
        while k > 0, ["another", "further", "additional", "a", "an"].contains(tokens[k - 1].norm) { k -= 1 }
        guard k > 0 else { return false }
        if ["for", "over", "spanning", "lasting"].contains(tokens[k - 1].norm) { return true }
        return k >= 3 && tokens[k - 1].norm == "of" && ["period", "term", "tenure"].contains(tokens[k - 2].norm)
    }

    /// Whether a quantity counts time ("five years", "18 months"): a duration, not a thing promised.
    func isDuration(_ q: QuantityMatch) -> Bool {
        Self.durationUnits[q.phrase] != nil || ["day", "days", "week", "weeks", "decade", "decades"].contains(q.phrase)
    }

    // MARK: - Evidence

    /// The sentence as evidence for a fact produced by `rule`.
    func evidence(sentence n: Int, rule: String) -> Evidence {
        let s = doc.sentences[n]
        return Evidence(
            document: doc.id, sentence: doc.text(of: s), sentenceIndex: n, range: doc.textRange(bytes: s.start, s.end),
            rule: rule)
    }
}
