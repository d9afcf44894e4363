public import CorridorModel

/// Finds documents reported as signed, concluded, adopted, renewed or extended.
///
/// A sentence reports an agreement when it names a document (MoU, agreement, action plan, joint
/// statement, letter of exchange, contract, framework …) and a verb of conclusion that is neither
/// negated nor in the future ("signed", "inked", "renewed"), or when it is an item of a list that a
/// signing sentence introduces ("The MoUs signed are as follows:"). Then:
/// - "23 MoUs", "six new accords", "a series of agreements" make one umbrella record with its count;
/// - an enumeration after "including", "included" or a colon gives one record per item;
/// - "the agreement", "the MoUs", "these agreements" refer back to a record already found and add
///   their sentence to its evidence (and more specific parties, when they name them);
/// - a headline and the body sentence that report the same document are one record.
///
/// Parties are the bodies or companies named ("between X and Y", "X signed … with Y"), else the
/// countries named, else the article's two countries. People are signatories or witnesses.
struct AgreementExtractor {
    let context: FactContext
    var records: [Agreement] = []
    /// For each record, whether its parties are only the article's default countries.
    var defaultParties: [Bool] = []
    /// For each record, the sentence that created it and whether that sentence is a heading.
    var origin: [(sentence: Int, heading: Bool)] = []
    /// Records that are umbrellas for several documents.
    var umbrellas: Set<Int> = []
    /// Whether the previous lines opened an enumeration of signed documents.
    var listOpen = false

    init(context: FactContext) {
        self.context = context
    }

    var tokens: [Token] { context.tokens }

    mutating func run() -> [Agreement] {
        for (n, sentence) in context.doc.sentences.enumerated() {
            if sentence.isFurniture {
                listOpen = false
                continue
            }
            extract(sentence: n)
        }
        mergeHeadlines()
        return records.enumerated().map { n, r in
            var r = r
            r.id = "a\(n + 1)"
            return r
        }
    }

    // MARK: - Sentences

    mutating func extract(sentence n: Int) {
        let s = context.doc.sentences[n]
        let range = s.tokenRange
        let nouns = context.triggers.agreementNouns.hits(in: range, tokens: tokens)
        let verbs = context.triggers.conclusion.hits(in: range, tokens: tokens).filter { !isFutureOrNegated($0.start, in: range) }
        let signing = context.triggers.signing.hits(in: range, tokens: tokens)
        let concluded = !verbs.isEmpty || !signing.isEmpty
        let listItem = listOpen && !concluded && isListItem(s)
        if listOpen && !isListItem(s) && !concluded { listOpen = false }
        if listItem {
            addListItem(sentence: n, range: range, nouns: nouns)
            return
        }
        guard concluded, !nouns.isEmpty else {
            return
        }
        var mentions = groupMentions(nouns, in: range)
        // A plain verb sentence with a document noun that only refers back ("the agreement was signed").
        for m in mentions.indices {
            mentions[m].count = count(before: mentions[m].start, in: range)
        }
        let opensList = opensEnumeration(range)
        for (i, mention) in mentions.enumerated() {
            let items = enumeration(after: mention, in: range, next: i + 1 < mentions.count ? mentions[i + 1].start : nil)
            if !items.isEmpty {
                // The umbrella and each enumerated document.
                if mention.isUmbrella || mention.count != nil { addRecord(mention, sentence: n, range: range) }
                for item in items { addItem(item, sentence: n, headNoun: mention) }
                continue
            }
            if isBackReference(mention, range: range), let r = antecedent(for: mention) {
                attach(sentence: n, to: r, range: range, rule: mention.rule)
                continue
            }
            // Nouns of one list share one sentence: a second plain noun right after the first item is its own record.
            addRecord(mention, sentence: n, range: range)
        }
        if opensList { listOpen = true }
    }

    // MARK: - Mentions

    /// One document (or an umbrella) named in a sentence.
    struct Mention {
        var start: Int
        var end: Int
        var kind: AgreementKind
        var rule: String
        var plural: Bool
        var count: Int?
        var isUmbrella: Bool
        var determiner: String?
    }

    /// Coordinated nouns ("MoUs and agreements", "loans and investment deals") are one mention.
    func groupMentions(_ hits: [TriggerIndex.Hit], in range: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        for hit in hits {
            let trigger = context.triggers.agreementNouns.triggers[hit.trigger]
            let kind = AgreementKind(rawValue: trigger.kind ?? "agreement") ?? .agreement
            let plural = isPlural(hit)
            if var last = out.last, isCoordinated(last.end, hit.start) {
                // "agreements and memorandums of understanding": an MoU umbrella.
                if kind == .mou || last.kind == .other { last.kind = kind }
                last.end = hit.end
                last.plural = last.plural || plural
                out[out.count - 1] = last
                continue
            }
            var m = Mention(
                start: hit.start, end: hit.end, kind: kind, rule: trigger.id, plural: plural, count: nil,
                isUmbrella: false, determiner: determiner(before: hit.start, in: range))
            m.isUmbrella = plural && quantified(before: hit.start, in: range)
            out.append(m)
        }
        // A document noun inside a title ("Framework Agreement", "Joint Action Plan") takes the title's kind.
        return out.map { m in
            var m = m
            if let title = titleEntity(m), let kind = Self.kind(ofTitle: context.doc.entities[title].name) { m.kind = kind }
            return m
        }
    }

    func isPlural(_ hit: TriggerIndex.Hit) -> Bool {
        let last = tokens[hit.end - 1].norm
        return last.hasSuffix("s") && !["accords"].contains(last) ? true : last == "accords" || last == "memoranda"
    }

    /// "MoUs and agreements", "MoUs/ agreements", "loans and investment deals".
    func isCoordinated(_ end: Int, _ start: Int) -> Bool {
        guard start > end, start - end <= 3 else { return start == end }
        let between = (end..<start).map { tokens[$0].norm }
        guard let first = between.first, ["and", "/", "&", "or"].contains(first) else { return false }
        return between.dropFirst().allSatisfy { $0.count > 1 && tokens[end].kind != .punct || $0 == "/" } || between.count == 1
    }

    func determiner(before k: Int, in range: Range<Int>) -> String? {
        var j = k - 1
        while j >= range.lowerBound, j >= k - 4 {
            let w = tokens[j].norm
            if ["the", "this", "these", "that", "those", "its", "their", "such", "a", "an", "another", "other"].contains(w) {
                return w
            }
            if tokens[j].kind != .word || context.entityOfToken[j] != nil { return nil }
            j -= 1
        }
        return nil
    }

    /// "multiple", "several", "a series of", "a total of six": an umbrella quantifier before the noun.
    func quantified(before k: Int, in range: Range<Int>) -> Bool {
        var j = k - 1
        while j >= range.lowerBound, j >= k - 5 {
            if context.triggers.umbrella.contains(tokens[j].norm) || NumberWords.value(tokens[j]) != nil { return true }
            if tokens[j].kind == .punct || context.triggers.conclusion.hits(in: j..<(j + 1), tokens: tokens).count > 0 {
                return false
            }
            j -= 1
        }
        return false
    }

    /// "23 MoUs", "six new accords", "27 loans": the number a few words before the noun.
    func count(before k: Int, in range: Range<Int>) -> Int? {
        var j = k - 1
        while j >= range.lowerBound, j >= k - 4 {
            if let v = NumberWords.value(tokens[j]), v >= 2, v < 1000 { return v }
            if tokens[j].kind == .punct || tokens[j].kind == .symbol { return nil }
            j -= 1
        }
        return nil
    }

    func titleEntity(_ m: Mention) -> Int? {
        guard let e = context.entityOfToken[m.start] ?? context.entityOfToken[m.end - 1],
            [.law, .event, .workOfArt].contains(context.type(e))
        else { return nil }
        return e
    }

    static func kind(ofTitle title: String) -> AgreementKind? {
        let t = TextFolding.key(title)
        if t.contains("framework agreement") || t.hasPrefix("framework") { return .framework }
        if t.contains("action plan") { return .actionPlan }
        if t.contains("joint statement") || t.contains("joint declaration") { return .jointStatement }
        if t.hasPrefix("mou") || t.contains("memorand") { return .mou }
        if t.contains("agreement") || t.contains("treaty") || t.contains("accord") { return .agreement }
        if t.contains("declaration") || t.contains("protocol") { return .other }
        return nil
    }

    func isBackReference(_ m: Mention, range: Range<Int>) -> Bool {
        guard let d = m.determiner, ["the", "this", "these", "that", "those", "such"].contains(d), m.count == nil,
            !m.isUmbrella, titleEntity(m) == nil
        else { return false }
        // "the agreement for transfer of concession rights" names a new one only when a new party is named.
        return true
    }

    func antecedent(for m: Mention) -> Int? {
        let generic: Set<AgreementKind> = [.agreement, .other]
        if let r = records.indices.last(where: { records[$0].kind == m.kind }) { return r }
        if m.plural, let u = umbrellas.max() { return u }
        if generic.contains(m.kind) { return records.indices.last }
        return nil
    }

    // MARK: - Enumerations

    /// Whether the sentence opens a list of documents on the following lines ("… as follows:").
    func opensEnumeration(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        let words = range.map { tokens[$0].norm }
        return tokens[last].norm == ":" || words.joined(separator: " ").hasSuffix("as under")
            || words.suffix(4).contains("follows")
    }

    /// A list line: short, no final full stop, or opening with a bullet.
    func isListItem(_ s: Sentence) -> Bool {
        guard s.tokenRange.count <= 40 else { return false }
        let first = tokens[s.firstToken]
        return s.isHeading || ["n", "-", "•", "*", "–"].contains(first.norm) || first.kind == .number
    }

    mutating func addListItem(sentence n: Int, range: Range<Int>, nouns: [TriggerIndex.Hit]) {
        var start = range.lowerBound
        if ["n", "-", "•", "*", "–"].contains(tokens[start].norm) { start += 1 }
        let kind =
            nouns.first.map { AgreementKind(rawValue: context.triggers.agreementNouns.triggers[$0.trigger].kind ?? "") ?? .agreement }
            ?? .other
        let item = Item(start: start, end: range.upperBound, kind: kind, rule: "agreement.list-item")
        addItem(item, sentence: n, headNoun: nil)
    }

    struct Item {
        var start: Int
        var end: Int
        var kind: AgreementKind
        var rule: String
    }

    /// The items enumerated after a document noun: "… included A, B, and C", "… including A and B".
    func enumeration(after m: Mention, in range: Range<Int>, next: Int?) -> [Item] {
        guard m.plural else { return [] }
        var k = m.end
        let limit = next ?? range.upperBound
        // The introducer follows the noun closely ("MoUs signed at the conference included").
        var intro: Int?
        while k < limit, k < m.end + 8 {
            let w = tokens[k].norm
            if ["include", "includes", "included", "including"].contains(w) || w == ":" {
                intro = k
                break
            }
            if [".", ";"].contains(w) { break }
            k += 1
        }
        guard let intro else { return [] }
        // "signed for A, B, and C" after a verb also enumerates.
        let items = splitList(from: intro + 1, to: range.upperBound)
        guard items.count >= 2 else { return [] }
        return items.map { r in
            let nouns = context.triggers.agreementNouns.hits(in: r, tokens: tokens)
            let kind =
                nouns.first.map {
                    AgreementKind(rawValue: context.triggers.agreementNouns.triggers[$0.trigger].kind ?? "") ?? m.kind
                } ?? m.kind
            return Item(start: r.lowerBound, end: r.upperBound, kind: kind, rule: "agreement.enumeration")
        }
    }

    /// Splits "A, B, and C" at top-level commas and "and"; a one-word item joins the one before it
    /// ("a protocol on surveying, mapping, and geo-information …" stays one item).
    func splitList(from a: Int, to b: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = a
        var depth = 0
        var k = a
        var betweenOpen = false
        while k < b {
            let w = tokens[k].norm
            if w == "(" { depth += 1 }
            if w == ")" { depth = max(0, depth - 1) }
            if w == "between" { betweenOpen = true }
            let isComma = w == "," && depth == 0
            let isAnd = (w == "and") && depth == 0 && !betweenOpen
            if isComma || isAnd {
                if start < k { parts.append(start..<k) }
                start = k + 1
                betweenOpen = false
                if isComma, k + 1 < b, tokens[k + 1].norm == "and" {
                    start = k + 2
                    k += 1
                }
            } else if [".", ";"].contains(w) && depth == 0 {
                break
            } else if betweenOpen && w == "and" {
                betweenOpen = false
            }
            k += 1
        }
        if start < b {
            var end = b
            while end > start, tokens[end - 1].kind == .punct && tokens[end - 1].norm != ")" { end -= 1 }
            if start < end { parts.append(start..<end) }
        }
        // Merge one-word parts into the part before them, and the part that closes that inner list.
        var merged: [Range<Int>] = []
        var absorbNext = false
        for p in parts {
            let words = p.filter { tokens[$0].kind == .word }.count
            if let last = merged.last, words <= 1 || absorbNext {
                merged[merged.count - 1] = last.lowerBound..<p.upperBound
                absorbNext = words <= 1
                continue
            }
            merged.append(p)
            absorbNext = false
        }
        return merged
    }

    // MARK: - Records

    mutating func addRecord(_ m: Mention, sentence n: Int, range: Range<Int>) {
        let clause = context.clause(around: m.start)
        let (parties, isDefault) = self.parties(in: clause.lowerBound < range.lowerBound ? range : clause, sentence: n)
        let title = titleEntity(m).map { context.doc.entities[$0].name }
        var record = Agreement(
            id: "", kind: m.kind, title: title, parties: parties, signatories: people(in: range, roles: ["signed", "signatory"]),
            witnesses: people(in: range, roles: ["witnessed", "witness", "witnessing"]),
            count: m.isUmbrella || m.count != nil ? m.count : nil,
            action: action(in: range), evidence: [context.evidence(sentence: n, rule: m.rule)])
        record.period = nil
        if m.isUmbrella || m.count != nil { umbrellas.insert(records.count) }
        records.append(record)
        defaultParties.append(isDefault)
        origin.append((n, context.doc.sentences[n].isHeading))
    }

    mutating func addItem(_ item: Item, sentence n: Int, headNoun: Mention?) {
        let (parties, isDefault) = self.parties(in: item.start..<item.end, sentence: n)
        let titleEntity = context.entities(in: item.start..<item.end).first { [.law].contains(context.type($0.entity)) }
        var kind = item.kind
        if let t = titleEntity, let k = Self.kind(ofTitle: context.doc.entities[t.entity].name) { kind = k }
        let record = Agreement(
            id: "", kind: kind, title: titleEntity.map { context.doc.entities[$0.entity].name }
                ?? context.doc.text(tokens: item.start..<item.end),
            parties: parties, action: "signed", evidence: [context.evidence(sentence: n, rule: item.rule)])
        records.append(record)
        defaultParties.append(isDefault)
        origin.append((n, context.doc.sentences[n].isHeading))
    }

    /// Adds a sentence that refers back to a record; more specific parties replace default ones.
    mutating func attach(sentence n: Int, to r: Int, range: Range<Int>, rule: String) {
        if !records[r].evidence.contains(where: { $0.sentenceIndex == n }) {
            records[r].evidence.append(context.evidence(sentence: n, rule: rule))
        }
        let (parties, isDefault) = self.parties(in: range, sentence: n)
        if defaultParties[r] && !isDefault {
            records[r].parties = parties
            defaultParties[r] = false
        }
        records[r].signatories += people(in: range, roles: ["signed", "signatory"]).filter { !records[r].signatories.contains($0) }
        records[r].witnesses += people(in: range, roles: ["witnessed", "witness"]).filter { !records[r].witnesses.contains($0) }
    }

    /// A headline and a body sentence that report the same document are one record.
    mutating func mergeHeadlines() {
        var removed = Set<Int>()
        for h in records.indices where origin[h].heading {
            guard
                let body = records.indices.first(where: { b in
                    b != h && !origin[b].heading && !removed.contains(b)
                        && (records[b].kind == records[h].kind || records[h].kind == .agreement)
                        && !Set(records[b].parties).isDisjoint(with: records[h].parties)
                })
            else { continue }
            records[body].evidence += records[h].evidence
            removed.insert(h)
        }
        let keep = records.indices.filter { !removed.contains($0) }
        records = keep.map { records[$0] }
        defaultParties = keep.map { defaultParties[$0] }
        origin = keep.map { origin[$0] }
    }

    // MARK: - Parties and people

    /// The parties named in a range, and whether they are only the article's default countries.
    func parties(in range: Range<Int>, sentence n: Int) -> ([String], Bool) {
        var bodies: [Int] = []
        var countries: [Int] = []
        for (k, e) in context.entities(in: range) {
            let type = context.type(e)
            let prev = k > range.lowerBound ? tokens[k - 1].norm : ""
            switch type {
            case .org:
                bodies.append(e)
            case .gpe, .norp:
                // A place after "in", "at" is where, not who; a city stands for its country otherwise.
                if ["in", "at", "near", "from"].contains(prev) && context.doc.entities[e].lexiconID?.hasPrefix("country.") != true {
                    continue
                }
                let actor = context.actor(countryOf(e))
                if !countries.contains(actor) { countries.append(actor) }
            default:
                continue
            }
        }
        if bodies.count >= 2 { return (bodies.map(context.id), false) }
        if bodies.count == 1 {
            // "signed with ZTE": the other side is the country the body is not from.
            return (bodies.map(context.id) + countries.prefix(1).map(context.id), false)
        }
        if !countries.isEmpty {
            var c = countries
            for p in context.pair where c.count < 2 && !c.contains(p) { c.append(p) }
            return (c.map(context.id), false)
        }
        return (context.pair.map(context.id), true)
    }

    /// A city or province counts as its country ("Beijing has given a loan to Islamabad").
    func countryOf(_ e: Int) -> Int {
        let entity = context.doc.entities[e]
        guard entity.type == .gpe, entity.lexiconID?.hasPrefix("country.") != true, let code = entity.country,
            let c = context.countryEntity(code)
        else { return e }
        return c
    }

    /// People named near a role word ("witnessed by X", "X signed").
    func people(in range: Range<Int>, roles: Set<String>) -> [String] {
        guard range.contains(where: { roles.contains(tokens[$0].norm) }) else { return [] }
        return context.entities(in: range).filter { context.type($0.entity) == .person }.map { context.id($0.entity) }
    }

    func action(in range: Range<Int>) -> String? {
        for k in range {
            switch tokens[k].norm {
            case "renewed", "renew": return "renewed"
            case "extended", "extend", "extension": return "extended"
            case "adopted": return "adopted"
            case "concluded": return "concluded"
            case "signed", "inked", "signing": return "signed"
            default: continue
            }
        }
        return nil
    }

    // MARK: - Modality

    /// "will sign", "expected to sign", "yet to sign", "did not sign".
    func isFutureOrNegated(_ k: Int, in range: Range<Int>) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= range.lowerBound, steps < 4 {
            let w = tokens[j].norm
            if context.triggers.future.contains(w) || context.triggers.negations.contains(w) { return true }
            if w == "to" && steps == 0 { return true }  // "to sign"
            if tokens[j].kind == .punct { break }
            j -= 1
            steps += 1
        }
        return false
    }
}
