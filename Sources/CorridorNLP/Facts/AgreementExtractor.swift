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
    /// The date the line opening the enumeration states ("signed on Thursday the following:").
    var listDate: PartialDate?
    /// For each record, the noun phrase that created it ("currency swap agreement").
    var phrases: [String] = []
    /// For titled records and list items, the words that describe them.
    var descriptions: [(words: Set<String>, numbers: Set<String>)?] = []

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
        // "Exchange of Letters on …": a document named after the act is no report of the act
        // ("signed documents" still is).
        func inNoun(_ hit: TriggerIndex.Hit) -> Bool {
            nouns.contains { $0.start == hit.start && $0.end > hit.end && [tokens[hit.end - 1].norm, tokens[hit.end].norm].contains("of") }
        }
        let verbs = context.triggers.conclusion.hits(in: range, tokens: tokens).filter { hit in
            !inNoun(hit) && !isFutureOrNegated(hit.start, in: range)
                && (s.isHeading || !context.triggers.baseForms.contains(context.doc.text(tokens: hit.start..<hit.end).lowercased()))
        }
        let signing = context.triggers.signing.hits(in: range, tokens: tokens).filter { !inNoun($0) }
        let concluded = !verbs.isEmpty || !signing.isEmpty
        // A numbered or bulleted line stays in the list even when it says "signed by …".
        if listOpen && !isListItem(s) { listOpen = false }
        if listOpen {
            addListItem(sentence: n, range: range, nouns: nouns)
            return
        }
        var mentions = groupMentions(nouns, in: range).filter { !isModifier($0, in: range) }
        // A count belongs to a plural noun ("three governments sign MoU" counts the governments).
        for m in mentions.indices where mentions[m].plural { mentions[m].count = count(before: mentions[m].start, in: range) }
        // "X signed with Y" with no document noun in its clause.
        for hit in verbs {
            let clause = context.clause(around: hit.start)
            guard !mentions.contains(where: { clause.contains($0.start) }) else { continue }
            if let record = signedWith(hit, sentence: n, range: clause) { append(record, sentence: n) }
        }
        if mentions.isEmpty {
            if concluded && opensEnumeration(range) { openList(range) }
            return
        }
        // "Among them was the first defence MoU …, and a tripartite MoU …", "They include an
        // agreement on …": the documents of the batch told before, one record each.
        if let intro = memberIntro(range), !records.isEmpty {
            let items = splitList(from: intro, to: range.upperBound).compactMap { r -> Item? in
                guard let noun = context.triggers.agreementNouns.hits(in: r, tokens: tokens).first, !isBareDocumentNoun(r) else {
                    return nil
                }
                return Item(start: r.lowerBound, end: r.upperBound, kind: kind(of: noun) ?? .agreement, rule: "agreement.enumeration")
            }
            if !items.isEmpty {
                for item in items { addItem(item, sentence: n, headNoun: nil) }
                return
            }
        }
        var consumedUntil = range.lowerBound
        for (i, mention) in mentions.enumerated() where mention.start >= consumedUntil {
            guard isReported(mention, concluded: concluded, verbs: verbs, in: range) else { continue }
            // "signed a concession agreement under which … on a 99-year lease": the terms of the
            // document before, not another document.
            if i > 0, (mentions[i - 1].end..<mention.start).contains(where: { k in
                tokens[k].norm == "whereby" || (tokens[k].norm == "which" && ["under", "by"].contains(tokens[k - 1].norm))
            }) {
                continue
            }
            // "signed the following documents:" introduces the lines below; only a count
            // ("the following five agreements") makes the batch a record of its own.
            if mention.count == nil, !mention.isUmbrella, opensEnumeration(range),
                (max(range.lowerBound, mention.start - 3)..<mention.start).contains(where: { tokens[$0].norm == "following" })
            {
                continue
            }
            let next = i + 1 < mentions.count ? mentions[i + 1].start : nil
            let items = enumeration(after: mention, in: range, next: next)
            // "among other pacts": a vague plural names no document.
            if items.isEmpty && mention.determiner == "other" && mention.count == nil && titleEntity(mention) == nil {
                continue
            }
            if !items.isEmpty {
                // The head of a list is a record of its own only when it counts ("six new accords");
                // a plain plural ("Letters of Exchange were signed for A, B and C") is just the items.
                if let u = matchingUmbrella(for: mention) {
                    attach(sentence: n, to: u, range: range, rule: mention.rule, count: mention.count)
                } else if mention.isUmbrella || mention.count != nil {
                    addRecord(mention, sentence: n, range: range)
                }
                for item in items { addItem(item, sentence: n, headNoun: mention) }
                consumedUntil = items.last?.end ?? consumedUntil
                continue
            }
            // "signed three agreements …, as part of nine MoUs": umbrellas in one sentence are one.
            if mention.isUmbrella || mention.count != nil,
                let u = umbrellas.first(where: { records[$0].evidence.contains { $0.sentenceIndex == n } })
            {
                if let c = mention.count, (records[u].count ?? 0) < c { records[u].count = c }
                continue
            }
            // "The documents were exchanged …" after several documents and no umbrella: all of
            // them, no one record and no new one.
            if mention.plural, umbrellas.isEmpty, records.count >= 2, isBackReference(mention, range: range) {
                continue
            }
            if let r = existingRecord(for: mention, sentence: n, range: range) {
                attach(sentence: n, to: r, range: range, rule: mention.rule, count: mention.count)
                if records[r].title == nil, let t = titleEntity(mention) { records[r].title = context.doc.entities[t].name }
                continue
            }
            addRecord(mention, sentence: n, range: range)
        }
        if concluded && opensEnumeration(range) { openList(range) }
    }

    mutating func openList(_ range: Range<Int>) {
        listOpen = true
        listDate = context.pointDate(in: range)
    }

    /// Whether the sentence reports this document as concluded (or issued, for a joint statement).
    func isReported(_ m: Mention, concluded: Bool, verbs: [TriggerIndex.Hit], in range: Range<Int>) -> Bool {
        if m.kind == .jointStatement {
            // "in a joint statement", "the joint statement said": issued unless future ("will issue").
            return !isFutureOrNegated(m.start, in: range)
        }
        if concluded {
            // "… to rebuild the line under a long-term concession": a document something happens
            // under is reported as concluded only by a verb after it ("under an agreement the two
            // banks signed in November").
            if (max(range.lowerBound, m.start - 6)..<m.start).contains(where: { tokens[$0].norm == "under" }) {
                return verbs.contains { $0.start >= m.end } || signingAfter(m, in: range)
            }
            // "announced a deal": "announced" reports only the document right after it.
            let strong = verbs.contains { TextFolding.key(context.doc.text(tokens: $0.start..<$0.end)) != "announced" }
            if strong { return true }
            return verbs.contains { $0.end <= m.start && m.start - $0.end <= 3 }
        }
        guard !records.isEmpty else { return false }
        // In an article already reporting signings: "In another MoU, …", "the agreement between ZTE and SKY47".
        if m.determiner == "another" { return true }
        return between(in: m.end..<min(m.end + 12, range.upperBound)) != nil
    }

    /// A signing word after a mention in its sentence.
    func signingAfter(_ m: Mention, in range: Range<Int>) -> Bool {
        !context.triggers.signing.hits(in: m.end..<range.upperBound, tokens: tokens).isEmpty
    }

    /// "signed with ZTE": a signing with a named body and no document noun.
    func signedWith(_ verb: TriggerIndex.Hit, sentence n: Int, range: Range<Int>) -> Agreement? {
        guard verb.end + 1 < range.upperBound, tokens[verb.end].norm == "with", tokens[verb.end + 1].isCapitalized
        else { return nil }
        let other = context.entityOfToken[verb.end + 1].flatMap { context.type($0) == .org ? $0 : nil }
        let before = context.entities(in: range.lowerBound..<verb.start).filter { [.org, .gpe].contains(context.type($0.entity)) }
        guard let subject = before.last.map({ context.id($0.entity) }) else { return nil }
        let parties = [subject] + [other.map(context.id)].compactMap { $0 }
        return Agreement(
            id: "", kind: .agreement, parties: parties.count == 2 ? parties : parties + context.pair.prefix(1).map(context.id),
            action: "signed", evidence: [context.evidence(sentence: n, rule: "agreement.signed-with")])
    }

    /// A document noun used as a modifier ("the lease contract period", "agreement signing ceremony").
    func isModifier(_ m: Mention, in range: Range<Int>) -> Bool {
        guard m.end < range.upperBound else { return false }
        let next = tokens[m.end]
        guard next.kind == .word, next.flags.contains(.isLowercase) else { return false }
        return !context.triggers.modifierFollowers.contains(next.norm)
    }

    /// The record a mention refers to, if it names no new document: a back reference ("the
    /// agreement"), the same phrase again ("a currency swap agreement"), a plural noun after an
    /// umbrella ("signed MOUs"), a second umbrella without a different count, or a titled document
    /// after the untitled report of it.
    func existingRecord(for m: Mention, sentence n: Int, range: Range<Int>) -> Int? {
        if isBackReference(m, range: range), let r = antecedent(for: m) { return r }
        let phrase = nounPhrase(m)
        if let r = records.indices.last(where: { phrases[$0] == phrase && phrase.split(separator: " ").count >= 2 }) {
            return r
        }
        // "The two sides signed MOUs": a plain plural repeats the umbrella — unless "also" marks a
        // further batch ("Several MoUs have also been signed with Chinese companies").
        let also = (max(range.lowerBound, m.start - 6)..<min(range.upperBound, m.end + 4)).contains { tokens[$0].norm == "also" }
        // "The two sides also concluded bilateral agreements on the restructuring of …": a further
        // batch with a topic of its own.
        let topic = m.end < range.upperBound && ["on", "for"].contains(tokens[m.end].norm)
        if m.plural && titleEntity(m) == nil && !(also && (m.isUmbrella || m.count != nil || topic)),
            let u = matchingUmbrella(for: m)
        {
            return u
        }
        if titleEntity(m) != nil, !m.plural {
            // "the CEPA the two countries signed in February 2022": a date of its own sets it apart.
            let clause = context.clause(around: m.start)
            if let own = context.pointDate(in: clause), let reported = context.doc.publishedAt, own.year != reported.year {
                return nil
            }
            let (parties, isDefault) = self.parties(in: clause, sentence: n)
            if let r = records.indices.last(where: { r in
                records[r].title == nil && records[r].count == nil && !umbrellas.contains(r)
                    && Self.family(records[r].kind) == Self.family(m.kind)
                    && (isDefault || Set(records[r].parties) == Set(parties))
            }) {
                return r
            }
        }
        return nil
    }

    /// An umbrella record this umbrella mention repeats (no count, or the same count).
    func matchingUmbrella(for m: Mention) -> Int? {
        umbrellas.sorted().last { u in
            (records[u].count == nil || m.count == nil || records[u].count == m.count)
                && (records[u].kind == m.kind || ([.agreement, .mou].contains(records[u].kind) && [.agreement, .mou].contains(m.kind)))
        }
    }

    /// Kinds that may name the same document: an "agreement", "deal", "accord" or "MoU" in general.
    static func family(_ k: AgreementKind) -> Int {
        switch k {
        case .agreement, .mou, .other, .contract: 0
        case .framework: 1
        case .actionPlan: 2
        case .jointStatement: 3
        case .letterOfExchange: 4
        }
    }

    /// The words before a document noun that make its phrase ("currency swap agreement").
    func nounPhrase(_ m: Mention) -> String {
        var a = m.start
        while a > 0, m.start - a < 3, tokens[a - 1].kind == .word, tokens[a - 1].flags.contains(.isLowercase),
            !["a", "an", "the", "this", "that", "another", "its", "their", "new"].contains(tokens[a - 1].norm),
            !context.triggers.modifierFollowers.contains(tokens[a - 1].norm),
            !context.isConclusionWord(a - 1)
        {
            a -= 1
        }
        return (a..<m.end).map { tokens[$0].norm }.joined(separator: " ")
    }

    /// "between X and Y": the two entities, when both are named; on each side a body is
    /// preferred to a place ("between Huawei Pakistan and the NTC" → Huawei, NTC).
    func between(in range: Range<Int>) -> (Int, Int)? {
        guard let b = range.first(where: { tokens[$0].norm == "between" }),
            let and = ((b + 1)..<range.upperBound).first(where: { tokens[$0].norm == "and" || tokens[$0].norm == "&" })
        else { return nil }
        func side(_ r: Range<Int>) -> Int? {
            let found = context.entities(in: r).map(\.entity).filter { [.org, .gpe, .norp].contains(context.type($0)) }
            return found.first { context.type($0) == .org } ?? found.first
        }
        var stop = and + 1
        while stop < range.upperBound, ![",", ";", ".", "to", "for", "on", "in"].contains(tokens[stop].norm) { stop += 1 }
        guard let x = side((b + 1)..<and), let y = side((and + 1)..<stop), x != y else { return nil }
        return (x, y)
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

    /// The kind of document a document noun names (its trigger's `kind` in `facts.json`).
    func kind(of noun: TriggerIndex.Hit) -> AgreementKind? {
        AgreementKind(rawValue: context.triggers.agreementNouns.triggers[noun.trigger].kind ?? "")
    }

    /// Coordinated nouns ("MoUs and agreements", "loans and investment deals") are one mention.
    func groupMentions(_ hits: [TriggerIndex.Hit], in range: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        for hit in hits {
            let kind = self.kind(of: hit) ?? .agreement
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
                start: hit.start, end: hit.end, kind: kind, rule: context.triggers.agreementNouns.triggers[hit.trigger].id, plural: plural, count: nil,
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

    /// Whether the document noun is plural: its head ("memorandums" in "memorandums of
    /// understanding", else the last word) ends in "s", or is "memoranda".
    func isPlural(_ hit: TriggerIndex.Hit) -> Bool {
        let words = (hit.start..<hit.end).map { tokens[$0].norm }
        let head = words.firstIndex(of: "of").map { words[max(0, $0 - 1)] } ?? words[words.count - 1]
        return head == "memoranda" || (head.hasSuffix("s") && !head.hasSuffix("ss"))
    }

    /// "MoUs and agreements", "MoUs/ agreements", "loans and investment deals".
    func isCoordinated(_ end: Int, _ start: Int) -> Bool {
        // "Memorandums of Understanding (MoUs)": the acronym in brackets is the same noun.
        if start == end + 1, tokens[end].norm == "(" { return true }
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
            if context.triggers.umbrella.contains(tokens[j].norm) || CountWords.value(tokens[j]) != nil { return true }
            if tokens[j].kind == .punct || context.isConclusionWord(j) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// "23 MoUs", "six new accords", "27 loans": the number a few words before the noun.
    func count(before k: Int, in range: Range<Int>) -> Int? {
        var j = k - 1
        let money = context.amounts(in: range)
        while j >= range.lowerBound, j >= k - 4 {
            // "a $3 bln deal": a number inside a sum of money counts nothing; nor does one before
            // the verb ("two countries signed agreements").
            if money.contains(where: { $0.tokens.contains(j) }) || context.isConclusionWord(j) { return nil }
            if var v = CountWords.value(tokens[j]) {
                // "two dozen agreements": a multiplier after a count.
                if ["dozen", "hundred"].contains(tokens[j].norm), j > range.lowerBound, let n = CountWords.value(tokens[j - 1]), n < 20 {
                    v *= n
                }
                if v >= 2, v < 1000 { return v }
            }
            if tokens[j].kind == .punct || tokens[j].kind == .symbol { return nil }
            j -= 1
        }
        return nil
    }

    func titleEntity(_ m: Mention) -> Int? {
        guard let e = context.entityOfToken[m.start] ?? context.entityOfToken[m.end - 1],
            [.law, .event, .workOfArt].contains(context.type(e))
        else { return nil }
        // "The Memorandums of Understanding": the generic noun alone is no title.
        let name = TextFolding.key(context.doc.entities[e].name)
        let noun = TextFolding.key(context.doc.text(tokens: m.start..<m.end))
        if name == noun || name == "the " + noun { return nil }
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
        // "the agreement reached in the 7th Joint Working Group": a participle and a preposition
        // single out one document, a new one unless it is plural.
        if !m.plural, m.end + 1 < range.upperBound,
            context.isConclusionWord(m.end),
            ["in", "at", "on", "during", "between", "with", "by", "under"].contains(tokens[m.end + 1].norm)
        {
            return false
        }
        // "the agreement between ZTE and SKY47" names a new one when it names new parties.
        if let (x, y) = between(in: m.end..<min(m.end + 12, range.upperBound)),
            !records.contains(where: { Set($0.parties).isSuperset(of: [context.id(x), context.id(y)]) })
        {
            return false
        }
        return true
    }

    func antecedent(for m: Mention) -> Int? {
        let generic: Set<AgreementKind> = [.agreement, .other]
        // In the body, a record told only by the headline is no antecedent while a body record
        // exists ("… sign framework deal" / "… signed a framework agreement …" / "The agreement
        // was signed in Kabul"): the headline joins the body record later.
        let firstBody = context.firstBody
        let headlineOnly = { [records, origin] (r: Int) in
            origin[r].heading && records[r].evidence.allSatisfy { $0.sentenceIndex < firstBody }
        }
        var candidates = Array(records.indices)
        if context.sentence(of: m.start) >= firstBody, candidates.contains(where: { !headlineOnly($0) }) {
            candidates.removeAll(where: headlineOnly)
        }
        if let r = candidates.last(where: { records[$0].kind == m.kind }) { return r }
        if m.plural, let u = umbrellas.filter(candidates.contains).max() { return u }
        if generic.contains(m.kind) { return candidates.last }
        return nil
    }

    // MARK: - Enumerations

    /// Where the documents start in a sentence that names members of an earlier batch: after
    /// "Among them was/were", "Among the documents was", "They/These include(d)".
    func memberIntro(_ range: Range<Int>) -> Int? {
        let a = range.lowerBound
        guard range.count > 3 else { return nil }
        let first = tokens[a].norm
        if first == "among" {
            return (a + 1..<min(range.upperBound, a + 6)).first { ["was", "were", "is", "are"].contains(tokens[$0].norm) }.map { $0 + 1 }
        }
        if ["they", "these", "those"].contains(first), ["include", "includes", "included"].contains(tokens[a + 1].norm) {
            return a + 2
        }
        return nil
    }

    /// Whether the sentence opens a list of documents on the following lines ("… as follows:").
    func opensEnumeration(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        let words = range.map { tokens[$0].norm }
        return tokens[last].norm == ":" || words.joined(separator: " ").hasSuffix("as under")
            || words.suffix(4).contains("follows")
    }

    /// A list line: short, no final full stop, or opening with a bullet.
    func isListItem(_ s: Sentence) -> Bool {
        guard s.tokenRange.count <= 60 else { return false }
        let first = tokens[s.firstToken]
        return s.isHeading || ["n", "-", "•", "*", "–"].contains(first.norm) || first.kind == .number
    }

    mutating func addListItem(sentence n: Int, range: Range<Int>, nouns: [TriggerIndex.Hit]) {
        var start = range.lowerBound
        if ["n", "-", "•", "*", "–"].contains(tokens[start].norm) { start += 1 }
        // "1. Agreement on …", "2) MoU on …": the number and its mark.
        if tokens[start].kind == .number, start + 1 < range.upperBound, [".", ")"].contains(tokens[start + 1].norm) {
            start += 2
        }
        guard start < range.upperBound else { return }
        let kind = nouns.first.map { self.kind(of: $0) ?? .agreement } ?? .other
        let item = Item(start: start, end: range.upperBound, kind: kind, rule: "agreement.list-item")
        addItem(item, sentence: n, headNoun: nil)
    }

    struct Item {
        var start: Int
        var end: Int
        var kind: AgreementKind
        var rule: String
    }

    /// The items enumerated after a document noun: "… included A, B, and C", "… including A",
    /// "Letters of Exchange were signed for A, B, and C".
    func enumeration(after m: Mention, in range: Range<Int>, next: Int?) -> [Item] {
        guard m.plural else { return [] }
        var k = m.end
        let limit = next.map { min($0 + 1, range.upperBound) } ?? range.upperBound
        var intro: Int?
        var explicit = false
        var sawVerb = false
        while k < limit, k < m.end + 8 {
            let w = tokens[k].norm
            if ["include", "includes", "included", "including"].contains(w) || w == ":" {
                intro = k
                explicit = w != ":"
                break
            }
            // ", among them a Bilateral Investment Treaty …"
            if w == "among", k + 1 < limit, ["them", "which", "these"].contains(tokens[k + 1].norm) {
                intro = k + 1
                explicit = true
                break
            }
            if sawVerb && (w == "for" || w == "on") {
                intro = k
                break
            }
            sawVerb = context.isConclusionWord(k)
            if [".", ";"].contains(w) { break }
            k += 1
        }
        guard let intro else { return [] }
        let end = listEnd(from: intro + 1, to: range.upperBound)
        let items = splitList(from: intro + 1, to: end)
        // "for A, B and C" needs a comma list; "including A" may name one document.
        if !explicit && tokens[intro].norm != ":" && !hasComma(intro + 1, end) { return [] }
        guard items.count >= 2 || (explicit && items.count == 1 && looksLikeDocument(items[0], head: m)) else { return [] }
        // "21 instruments, including memoranda of understanding and agreements": kinds of document,
        // not documents — no list.
        if items.allSatisfy(isBareDocumentNoun) { return [] }
        return items.map { r in
            let noun = context.triggers.agreementNouns.hits(in: r, tokens: tokens).first
            return Item(start: r.lowerBound, end: r.upperBound, kind: noun.flatMap(kind(of:)) ?? m.kind, rule: "agreement.enumeration")
        }
    }

    /// An item that is only plural document nouns ("memoranda of understanding", "agreements",
    /// "memoranda of understanding and agreements").
    func isBareDocumentNoun(_ r: Range<Int>) -> Bool {
        let hits = context.triggers.agreementNouns.hits(in: r, tokens: tokens)
        guard !hits.isEmpty, hits.allSatisfy(isPlural) else { return false }
        let fillers: Set<String> = ["the", "other", "several", "various", "and", ",", "&"]
        var k = r.lowerBound
        for hit in hits {
            while k < hit.start, fillers.contains(tokens[k].norm) { k += 1 }
            guard k == hit.start else { return false }
            k = hit.end
        }
        return k >= r.upperBound - 1
    }

    /// A single enumerated item names a document when it holds a document noun or a title.
    func looksLikeDocument(_ r: Range<Int>, head: Mention) -> Bool {
        !context.triggers.agreementNouns.hits(in: r, tokens: tokens).isEmpty
            || context.entities(in: r).contains { context.type($0.entity) == .law }
    }

    func hasComma(_ a: Int, _ b: Int) -> Bool {
        var depth = 0
        for k in a..<b {
            if tokens[k].norm == "(" { depth += 1 }
            if tokens[k].norm == ")" { depth = max(0, depth - 1) }
            if tokens[k].norm == "," && depth == 0 { return true }
            if tokens[k].norm == "." { return false }
        }
        return false
    }

    /// Splits "A, B, and C" at top-level commas and "and"; a one-word item joins the one before it
    /// ("a protocol on surveying, mapping, and geo-information …" stays one item). The list ends
    /// where a new clause starts (", alongside …", ", and certificates were handed over …").
    func splitList(from a: Int, to b: Int) -> [Range<Int>] {
        let b = listEnd(from: a, to: b)
        let oxford = (a..<max(a, b - 1)).contains { tokens[$0].norm == "," && tokens[$0 + 1].norm == "and" }
        var lastComma = a
        for k in a..<b where tokens[k].norm == "," { lastComma = k }
        var parts: [Range<Int>] = []
        var start = a
        var depth = 0
        var k = a
        var betweenOpen = false
        var bareAndUsed = false
        while k < b {
            let w = tokens[k].norm
            if w == "(" { depth += 1 }
            if w == ")" { depth = max(0, depth - 1) }
            if w == "between" { betweenOpen = true }
            let isComma = w == "," && depth == 0
            let opensPhrase = k + 1 < b && ["a", "an", "the", "another"].contains(tokens[k + 1].norm)
            var isAnd = w == "and" && depth == 0 && !betweenOpen
            if isAnd && !(k > a && tokens[k - 1].norm == ",") {
                // A bare "and" ends the list only without an Oxford comma, once, after the last comma.
                isAnd = opensPhrase || (!oxford && !bareAndUsed && k > lastComma && lastComma > a)
                if isAnd { bareAndUsed = true }
            }
            if isComma || isAnd {
                if start < k { parts.append(start..<k) }
                start = k + 1
                betweenOpen = false
                if isComma, k + 1 < b, tokens[k + 1].norm == "and" {
                    start = k + 2
                    k += 1
                }
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

    /// Where an enumeration stops: at the sentence end, a semicolon, ", alongside", ", while", or a
    /// conjoined clause with its own verb (", and certificates were handed over").
    static let irregularPast: Set<String> = ["made", "held", "took", "gave", "met", "sent", "went", "saw", "began", "brought", "set", "put"]

    /// A past-tense verb by its shape ("announced", "signed", see `WordShape`) or a common
    /// irregular form ("made", "held").
    static func isPastVerb(_ w: String) -> Bool {
        irregularPast.contains(w) || WordShape.isPastParticiple(w)
    }

    func listEnd(from a: Int, to b: Int) -> Int {
        var k = a
        while k < b {
            let w = tokens[k].norm
            if [".", ";"].contains(w) { return k }
            if w == ",", k + 1 < b, ["alongside", "while", "whereas", "besides", "which", "who"].contains(tokens[k + 1].norm) {
                return k
            }
            if w == ",", k + 1 < b, tokens[k + 1].norm == "and" {
                // ", and made seven announcements": a second verb of the same subject.
                if k + 2 < b, tokens[k + 2].flags.contains(.isLowercase), Self.isPastVerb(tokens[k + 2].norm) { return k }
                // A clause: within a few words a finite verb ("were", "was", "have been").
                var j = k + 2
                while j < min(b, k + 8) {
                    if ["was", "were", "is", "are", "has", "have", "had", "will"].contains(tokens[j].norm) { return k }
                    if tokens[j].norm == "," { break }
                    j += 1
                }
            }
            k += 1
        }
        return b
    }

    // MARK: - Records

    mutating func addRecord(_ m: Mention, sentence n: Int, range: Range<Int>) {
        let clause = context.clause(around: m.start)
        let umbrella = m.isUmbrella || m.count != nil
        var (parties, isDefault) = self.parties(
            in: clause.lowerBound < range.lowerBound ? range : clause, sentence: n, countriesOnly: umbrella)
        if umbrella && isDefault { (parties, isDefault) = (context.pair.map(context.id), true) }
        let title = titleEntity(m).map { context.doc.entities[$0].name }
        let (signatories, witnesses) = people(in: range)
        var record = Agreement(
            id: "", kind: m.kind, title: title, parties: parties, signatories: signatories, witnesses: witnesses,
            count: m.isUmbrella || m.count != nil ? m.count : nil,
            action: action(in: range), evidence: [context.evidence(sentence: n, rule: m.rule)])
        let scope = clause.lowerBound < range.lowerBound ? range : clause
        record.date = context.pointDate(in: range)
        record.period = context.period(in: scope) ?? context.duration(in: scope)
        record.amount = context.amounts(in: scope).first?.amount
        record.sectors = context.sectors(in: range)
        if m.isUmbrella || m.count != nil || (m.plural && title == nil) { umbrellas.insert(records.count) }
        records.append(record)
        defaultParties.append(isDefault)
        origin.append((n, context.doc.sentences[n].isHeading))
        phrases.append(nounPhrase(m))
        descriptions.append(title == nil ? nil : description(m.start..<descriptionEnd(m, in: range)))
    }

    /// The end of a titled mention's description: the next comma, bracket or clause break.
    func descriptionEnd(_ m: Mention, in range: Range<Int>) -> Int {
        var k = m.end
        while k < range.upperBound, ![",", ";", ".", "(", ")"].contains(tokens[k].norm) { k += 1 }
        return k
    }

    mutating func append(_ record: Agreement, sentence n: Int) {
        records.append(record)
        defaultParties.append(false)
        origin.append((n, context.doc.sentences[n].isHeading))
        phrases.append("")
        descriptions.append(nil)
    }

    /// The content words and numbers of a description, for comparing two reports of one document.
    func description(_ r: Range<Int>) -> (words: Set<String>, numbers: Set<String>) {
        var words = Set<String>()
        var numbers = Set<String>()
        for k in r {
            let t = tokens[k]
            if t.kind == .number { numbers.insert(t.norm) }
            guard t.kind == .word, t.norm.count > 2, !context.triggers.modifierFollowers.contains(t.norm) else { continue }
            words.insert(t.norm)
        }
        return (words, numbers)
    }

    /// A record of the same kind described in nearly the same words ("Framework Agreement on
    /// upgradation of Main Line-1 …" and "Framework Agreement on implementation of upgradation of
    /// ML-1 …"), unless their figures differ ("1.5 billion RMB" and "0.8 billion RMB").
    func similarRecord(kind: AgreementKind, _ r: Range<Int>) -> Int? {
        let d = description(r)
        guard d.words.count >= 4 else { return nil }
        return records.indices.first { i in
            guard records[i].kind == kind, let other = descriptions[i], other.words.count >= 4 else { return false }
            if !d.numbers.isEmpty && !other.numbers.isEmpty && d.numbers.isDisjoint(with: other.numbers) { return false }
            let inter = d.words.intersection(other.words).count
            return Double(inter) / Double(d.words.union(other.words).count) >= 0.45
        }
    }

    mutating func addItem(_ item: Item, sentence n: Int, headNoun: Mention?) {
        let (parties, isDefault) = self.parties(in: item.start..<item.end, sentence: n)
        let titleEntity = context.entities(in: item.start..<item.end).first { [.law].contains(context.type($0.entity)) }
        var kind = item.kind
        if let t = titleEntity, let k = Self.kind(ofTitle: context.doc.entities[t.entity].name) { kind = k }
        if let same = similarRecord(kind: kind, item.start..<item.end) {
            attach(sentence: n, to: same, range: item.start..<item.end, rule: item.rule)
            return
        }
        let itemRange = item.start..<item.end
        let record = Agreement(
            id: "", kind: kind, title: titleEntity.map { context.doc.entities[$0.entity].name }
                ?? context.doc.text(tokens: itemRange),
            parties: parties, date: context.pointDate(in: context.doc.sentences[n].tokenRange) ?? (listOpen ? listDate : nil),
            period: context.period(in: itemRange), amount: context.amounts(in: itemRange).first?.amount,
            sectors: context.sectors(in: itemRange), action: "signed",
            evidence: [context.evidence(sentence: n, rule: item.rule)])
        records.append(record)
        defaultParties.append(isDefault)
        origin.append((n, context.doc.sentences[n].isHeading))
        phrases.append("")
        descriptions.append(description(item.start..<item.end))
    }

    /// Adds a sentence that refers back to a record; more specific parties replace default ones.
    mutating func attach(sentence n: Int, to r: Int, range: Range<Int>, rule: String, count: Int? = nil) {
        if !records[r].evidence.contains(where: { $0.sentenceIndex == n }) {
            records[r].evidence.append(context.evidence(sentence: n, rule: rule))
        }
        if records[r].count == nil, let count { records[r].count = count }
        if records[r].date == nil { records[r].date = context.pointDate(in: range) }
        if records[r].amount == nil { records[r].amount = context.amounts(in: range).first?.amount }
        if records[r].period == nil { records[r].period = context.period(in: range) ?? context.duration(in: range) }
        // "The agreements were signed by X and Y": the people sign the umbrella's documents too.
        let (signatories, witnesses) = people(in: range)
        records[r].signatories += signatories.filter { !records[r].signatories.contains($0) }
        records[r].witnesses += witnesses.filter { !records[r].witnesses.contains($0) }
        if umbrellas.contains(r) { return }
        let (parties, isDefault) = self.parties(in: range, sentence: n)
        if defaultParties[r] && !isDefault {
            records[r].parties = parties
            defaultParties[r] = false
        }
    }

    /// A headline and a body sentence that report the same document are one record: the headline
    /// joins the first body record of its kind family that shares a party, else the first of its family.
    mutating func mergeHeadlines() {
        var removed = Set<Int>()
        // Only the headline block at the top of the article; later lines without a full stop are
        // section heads or list items, which name documents of their own.
        let firstBody = context.doc.sentences.firstIndex { !$0.isHeading && !$0.isFurniture } ?? 0
        for h in records.indices where origin[h].heading && origin[h].sentence < firstBody
            && records[h].evidence.allSatisfy({ $0.sentenceIndex < firstBody })
        {
            let generic = [.agreement, .other].contains(records[h].kind)
            // "Ghana and China sign five agreements": a batch joins only a batch; with none in the
            // body it stays the umbrella of the documents the body lists.
            func isBatch(_ r: Int) -> Bool { records[r].count != nil || umbrellas.contains(r) }
            let candidates = records.indices.filter { b in
                b != h && !origin[b].heading && !removed.contains(b) && isBatch(b) == isBatch(h)
                    && (generic || Self.family(records[b].kind) == Self.family(records[h].kind))
            }
            guard let body = candidates.first(where: { !Set(records[$0].parties).isDisjoint(with: records[h].parties) })
                ?? candidates.first
            else { continue }
            records[body].evidence += records[h].evidence
            removed.insert(h)
        }
        let keep = records.indices.filter { !removed.contains($0) }
        records = keep.map { records[$0] }
        defaultParties = keep.map { defaultParties[$0] }
        origin = keep.map { origin[$0] }
        phrases = keep.map { phrases[$0] }
        descriptions = keep.map { descriptions[$0] }
    }

    // MARK: - Parties and people

    /// The parties named in a range, and whether they are only the article's default countries.
    func parties(in range: Range<Int>, sentence n: Int, countriesOnly: Bool = false) -> ([String], Bool) {
        var bodies: [Int] = []
        var countries: [Int] = []
        var depth = 0
        var inBrackets = [Bool](repeating: false, count: range.count)
        for k in range {
            if tokens[k].norm == "(" { depth += 1 }
            if tokens[k].norm == ")" { depth = max(0, depth - 1) }
            inBrackets[k - range.lowerBound] = depth > 0
        }
        for (k, e) in context.entities(in: range) where !inBrackets[k - range.lowerBound] {
            if countriesOnly && context.type(e) == .org { continue }
            // "…, a statement by the Embassy of Pakistan said", "according to Pakistan's Ministry of
            // Foreign Affairs": who reports the signing did not sign.
            if isSource(k, from: range.lowerBound) { continue }
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

    /// Whether the entity at token `k` is the source of the report: after "according to", "a
    /// statement by/from", "released by", "quoted", or right before "said"/"says".
    func isSource(_ k: Int, from lower: Int) -> Bool {
        let before = (max(lower, k - 4)..<k).map { tokens[$0].norm }
        if before.suffix(3).contains("according") && before.contains("to") { return true }
        if let i = before.lastIndex(where: { ["statement", "statements", "released", "quoted", "announcement"].contains($0) }),
            before[(i + 1)...].contains(where: { ["by", "from", "of"].contains($0) })
        {
            return true
        }
        let end = context.spanOfToken[k].map { context.doc.entitySpans[$0].endToken } ?? k + 1
        return end < tokens.count && ["said", "says"].contains(tokens[end].norm)
    }

    /// A city or province counts as its country ("Beijing has given a loan to Islamabad").
    func countryOf(_ e: Int) -> Int {
        let entity = context.doc.entities[e]
        guard entity.type == .gpe, entity.lexiconID?.hasPrefix("country.") != true, let code = entity.country,
            let c = context.countryEntity(code)
        else { return e }
        return c
    }

    static let signatoryWords: Set<String> = ["signed", "signatory", "signatories", "inked"]
    static let witnessWords: Set<String> = ["witnessed", "witness", "witnesses", "witnessing", "presence"]

    /// The signatories and witnesses named in a range. Each person takes the role of the nearest
    /// role word before them ("signed by X and witnessed by Y", "signed in the presence of Y"), else
    /// of the nearest one after them ("X and Y signed …", "Y witnessed the signing").
    func people(in range: Range<Int>) -> (signatories: [String], witnesses: [String]) {
        var signatories: [String] = []
        var witnesses: [String] = []
        let cues = range.filter {
            Self.signatoryWords.contains(tokens[$0].norm) || Self.witnessWords.contains(tokens[$0].norm)
        }
        guard !cues.isEmpty else { return ([], []) }
        for (t, e) in context.entities(in: range) where context.type(e) == .person {
            guard let cue = cues.last(where: { $0 < t }) ?? cues.first(where: { $0 > t }) else { continue }
            if Self.witnessWords.contains(tokens[cue].norm) {
                witnesses.append(context.id(e))
            } else {
                signatories.append(context.id(e))
            }
        }
        return (signatories, witnesses)
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
