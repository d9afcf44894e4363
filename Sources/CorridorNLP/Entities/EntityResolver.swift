public import CorridorModel

/// Merges the mentions of one article into entities and gives each its name, aliases and country.
///
/// Within one article:
/// - mentions of the same lexicon entry, or with the same name (titles stripped), are one entity;
/// - a lone name that is a word of a person's full name joins that person ("Jiang" → "Jiang
///   Zaidong", "Zardari" → "Asif Ali Zardari"); when several fit, the nearest earlier one wins;
/// - "Full Name (ACR)" binds the acronym, and an acronym spelling an organisation's initials joins
///   it ("MIIT" → "Ministry of Industry and Information Technology");
/// - tentative spans (lone unknown capitalised words) are kept only when they join an entity;
/// - finally every known name and alias is looked for again across the text (headlines included),
///   so each entity lists every place it is mentioned (rule `entity.known-name`).
///
/// The entity's country comes from its lexicon entry, else from the cues its mentions carry
/// (majority vote). Its name is the lexicon's or the longest form used.
public struct EntityResolver: PipelineStage {
    public let name = "resolver"
    public let requires: Set<Layer> = [.entitySpans]
    public let produces: Set<Layer> = [.entities]

    let gazetteer: Gazetteer
    let cues: CueIndex

    /// Creates a resolver.
    public init(gazetteer: Gazetteer, cues: EntityCues, names: NameLists) {
        self.init(gazetteer: gazetteer, cueIndex: CueIndex(cues, names: names))
    }

    /// Creates the stage over a cue index another stage already built.
    init(gazetteer: Gazetteer, cueIndex: CueIndex) {
        self.gazetteer = gazetteer
        self.cues = cueIndex
    }

    public func process(_ doc: inout Document) {
        var work = Resolution(doc: doc, gazetteer: gazetteer, cues: cues)
        work.bindAcronymDefinitions()
        work.cluster()
        work.addKnownNameMentions()
        let (entities, owner, spans) = work.makeEntities()
        doc.entitySpans = spans
        doc.entities = entities
        doc.entityOfSpan = owner
    }
}

/// The working state of one resolution.
struct Resolution {
    let doc: Document
    let tokens: [Token]
    let gazetteer: Gazetteer
    let cues: CueIndex
    var spans: [Span]
    /// Span index → span index of the full name an acronym stands for.
    var acronymOf: [Int: Int] = [:]
    var clusters: [Cluster] = []
    var clusterOfSpan: [Int: Int] = [:]

    struct Cluster {
        var label: EntityType
        var lexiconID: String?
        var keys: Set<String> = []
        var nameTokens: Set<String> = []
        var spans: [Int] = []
        var firstSpanRule: String
    }

    init(doc: Document, gazetteer: Gazetteer, cues: CueIndex) {
        self.doc = doc
        self.tokens = doc.tokens
        self.gazetteer = gazetteer
        self.cues = cues
        self.spans = doc.entitySpans
    }

    // MARK: - Names

    /// The name of a span: its text without titles, a leading "the" or a trailing possessive.
    func nameText(_ s: Span) -> String {
        var r = s.nameRange
        while r.count > 1, tokens[r.lowerBound].norm == "the" { r = (r.lowerBound + 1)..<r.upperBound }
        while r.count > 1, tokens[r.upperBound - 1].norm == "'s" || tokens[r.upperBound - 1].norm == "'" {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        return doc.text(tokens: r)
    }

    func key(_ s: Span) -> String { TextFolding.key(nameText(s)) }

    func nameWords(_ s: Span) -> [String] {
        s.nameRange.filter { tokens[$0].kind == .word && !cues.particles.contains(tokens[$0].norm) }.map {
            tokens[$0].norm
        }
    }

    /// The initials of a name's content words ("Ministry of Industry and Information Technology" → "miit").
    func initials(_ s: Span) -> String {
        String(
            s.nameRange.compactMap { k -> Character? in
                let t = tokens[k]
                guard t.kind == .word, t.isCapitalized, !cues.connectors.contains(t.norm) else { return nil }
                return t.norm.first
            })
    }

    // MARK: - Acronyms

    /// "Full Name (ACR)": the acronym becomes a mention of the full name.
    ///
    /// The definition outranks the lexicon when it names another body: when the acronym is also the
    /// alias of a lexicon entry the full name is not a name of, and the full name either spells the
    /// acronym's initials or belongs to another country ("Nepal Electricity Authority (NEA)" and
    /// China's "NEA"), the acronym's mentions in this article lose that entry. A description of
    /// the entry's own thing ("Karachi-Peshawar Railway Line (ML-1)") keeps it.
    mutating func bindAcronymDefinitions() {
        var byStart: [Int: Int] = [:]
        for (n, s) in spans.enumerated() { byStart[s.firstToken] = n }
        var added: [Span] = []
        var redefined: [String: (acronym: String, definition: Span)] = [:]
        for (n, s) in spans.enumerated() where !s.isTentative {
            let p = s.endToken
            guard p + 2 < tokens.count, tokens[p].norm == "(" else { continue }
            var q = p + 1
            while q < tokens.count, tokens[q].norm != ")", q - p <= 4 { q += 1 }
            guard q < tokens.count, tokens[q].norm == ")", q > p + 1 else { continue }
            let inner = doc.text(tokens: (p + 1)..<q)
            let upper = inner.unicodeScalars.filter { $0.properties.isUppercase }.count
            guard upper >= 2, inner.count <= 12, !inner.contains(" ") else { continue }
            if let m = byStart[p + 1], spans[m].endToken == q {
                if let id = spans[m].lexiconID, id != s.lexiconID, redefines(s, acronym: spans[m], entryID: id) {
                    redefined[id] = (key(spans[m]), s)
                    spans[m].rule = "entity.acronym-definition"
                }
                spans[m].label = s.label
                spans[m].isTentative = false
                acronymOf[m] = n
            } else {
                added.append(
                    Span(firstToken: p + 1, endToken: q, label: s.label, rule: "entity.acronym-definition",
                        country: s.country))
                acronymOf[spans.count + added.count - 1] = n
            }
        }
        spans += added
        for n in spans.indices {
            guard let id = spans[n].lexiconID, let (acronym, definition) = redefined[id], key(spans[n]) == acronym
            else { continue }
            spans[n].lexiconID = nil
            spans[n].label = definition.label
            spans[n].country = definition.country
        }
    }

    /// Whether a definition names another body than the lexicon entry its acronym matched.
    func redefines(_ definition: Span, acronym: Span, entryID: String) -> Bool {
        guard let entry = gazetteer.entry(id: entryID) else { return false }
        let nameKey = key(definition)
        if entry.allNames.contains(where: { TextFolding.key($0) == nameKey }) { return false }
        if let c = definition.country, c == entry.country { return false }
        let letters = String(key(acronym).unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
        if initials(definition) == letters { return true }
        return definition.country != nil && entry.country != nil
    }

    // MARK: - Clustering

    mutating func cluster() {
        // Strongest first: confirmed before tentative, longer names before shorter, then text order.
        let order = spans.indices.sorted { a, b in
            let sa = spans[a]
            let sb = spans[b]
            if sa.isTentative != sb.isTentative { return !sa.isTentative }
            let la = sa.nameRange.count
            let lb = sb.nameRange.count
            if la != lb { return la > lb }
            return sa.firstToken < sb.firstToken
        }
        for n in order {
            if let target = findCluster(for: n) {
                join(n, target)
            } else if !spans[n].isTentative {
                let s = spans[n]
                clusters.append(Cluster(label: s.label, lexiconID: s.lexiconID, firstSpanRule: s.rule))
                join(n, clusters.count - 1)
            }
        }
    }

    mutating func join(_ n: Int, _ c: Int) {
        clusterOfSpan[n] = c
        clusters[c].spans.append(n)
        clusters[c].keys.insert(key(spans[n]))
        if spans[n].label == .person || clusters[c].label == .person {
            clusters[c].nameTokens.formUnion(nameWords(spans[n]))
        }
        if clusters[c].lexiconID == nil, let id = spans[n].lexiconID {
            if let country = gazetteer.entry(id: id)?.country, clusters[c].spans.contains(where: { m in
                spans[m].lexiconID == nil && spans[m].country.map { $0 != country } ?? false
            }) {
                // "China's Ministry of Commerce … the Ministry of Commerce": the later bare name
                // refers back to the body the article placed in another country, not the namesake.
                spans[n].lexiconID = nil
                spans[n].country = nil
            } else {
                clusters[c].lexiconID = id
            }
        }
    }

    func findCluster(for n: Int) -> Int? {
        let s = spans[n]
        if let def = acronymOf[n], let c = clusterOfSpan[def] { return c }
        if let id = s.lexiconID, let c = clusters.firstIndex(where: { $0.lexiconID == id }) { return c }
        let k = key(s)
        if let c = clusters.firstIndex(where: { $0.keys.contains(k) && compatible($0.label, s.label) }) { return c }
        let words = nameWords(s)
        // A lone name: a word of a person's full name ("Jiang", "Mr Khan").
        if words.count == 1, s.label == .person || s.isTentative || s.rule == "entity.acronym" {
            let w = words[0]
            let candidates = clusters.indices.filter { clusters[$0].label == .person && clusters[$0].nameTokens.contains(w) }
            if let c = nearest(candidates, to: s) { return c }
        }
        // An acronym spelling an organisation's initials.
        if words.count == 1, tokens[s.firstToken].isAllCaps, s.label == .org || s.isTentative {
            let acr = words[0]
            let candidates = clusters.indices.filter { c in
                [.org, .fac, .law, .event].contains(clusters[c].label)
                    && clusters[c].spans.contains { initials(spans[$0]) == acr && spans[$0].nameRange.count >= 2 }
            }
            if let c = nearest(candidates, to: s) { return c }
        }
        return nil
    }

    func compatible(_ a: EntityType, _ b: EntityType) -> Bool {
        func cls(_ t: EntityType) -> Int {
            switch t {
            case .person: 0
            case .org: 1
            case .gpe, .loc, .fac: 2
            case .norp: 3
            case .event, .law, .product, .workOfArt: 4
            }
        }
        return cls(a) == cls(b) || (cls(a) != 0 && cls(b) != 0 && cls(a) != 3 && cls(b) != 3)
    }

    /// The candidate whose mention is nearest before the span, else nearest after.
    func nearest(_ candidates: [Int], to s: Span) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        var best: (Int, Int)?
        for c in candidates {
            for m in clusters[c].spans {
                let d = s.firstToken - spans[m].firstToken
                let score = d >= 0 ? d : tokens.count - d
                if let b = best, score >= b.1 { continue }
                best = (c, score)
            }
        }
        return best?.0
    }

    // MARK: - Known names

    /// Looks for every entity's names again across the text, headlines included.
    mutating func addKnownNameMentions() {
        var trie = PhraseTrie()
        var forms: [(cluster: Int, shapes: [Gazetteer.Shape])] = []
        for (c, cluster) in clusters.enumerated() {
            var seen = Set<String>()
            for n in cluster.spans {
                let r = nameRange(spans[n])
                let ts = r.map { tokens[$0] }.filter { !PhraseTrie.isSkippable($0) }
                let norms = ts.map(\.norm)
                guard !norms.isEmpty, seen.insert(norms.joined(separator: " ")).inserted else { continue }
                if norms.count == 1 && (cues.isCommonWord(norms[0]) || norms[0].count < 2) { continue }
                forms.append((c, ts.map(Gazetteer.shape)))
                trie.insert(norms, value: Int32(forms.count - 1))
            }
            // A person is also named by the surname alone: the first word of a Chinese name
            // ("Xi"), else the last ("Hasina", "Zardari").
            if cluster.label == .person, let n = cluster.spans.max(by: { nameRange(spans[$0]).count < nameRange(spans[$1]).count }) {
                let words = nameRange(spans[n]).filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
                if words.count >= 2 {
                    let first = tokens[words[0]]
                    let surname = cues.chineseSurnames.contains(first.norm) ? first : tokens[words[words.count - 1]]
                    // A word that is never a name alone ("An", "He") is no surname to look for.
                    if seen.insert(surname.norm).inserted, surname.norm.count > 1,
                        !cues.nonNames.contains(surname.norm), !surnameIsShared(surname.norm, except: c)
                    {
                        forms.append((c, [.capitalized]))
                        trie.insert([surname.norm], value: Int32(forms.count - 1))
                    }
                }
            }
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for (n, s) in spans.enumerated() where clusterOfSpan[n] != nil {
            for k in s.tokenRange { covered[k] = true }
        }
        let ids = tokens.map { trie.wordID($0.norm) }
        var added: [(Span, Int)] = []
        for sentence in doc.sentences where !sentence.isFurniture {
            var k = sentence.firstToken
            while k < sentence.endToken {
                guard !covered[k], tokens[k].isCapitalized else {
                    k += 1
                    continue
                }
                let found = trie.matches(startingAt: k, limit: sentence.endToken, tokens: tokens, wordIDs: ids)
                var took = false
                for m in found.reversed() where !(m.start..<m.end).contains(where: { covered[$0] }) {
                    let (c, shapes) = forms[Int(m.values[0])]
                    guard shapesAgree(shapes, m.start, m.end), !continuesName(m.start, m.end) else { continue }
                    let label = clusters[c].label
                    added.append((Span(firstToken: m.start, endToken: m.end, label: label, rule: "entity.known-name"), c))
                    for j in m.start..<m.end { covered[j] = true }
                    k = m.end
                    took = true
                    break
                }
                if !took { k += 1 }
            }
        }
        for (s, c) in added {
            spans.append(s)
            clusterOfSpan[spans.count - 1] = c
            clusters[c].spans.append(spans.count - 1)
        }
    }

    /// Whether another person of the article shares this surname (then it names neither).
    func surnameIsShared(_ norm: String, except c: Int) -> Bool {
        clusters.indices.contains { $0 != c && clusters[$0].label == .person && clusters[$0].nameTokens.contains(norm) }
    }

    func nameRange(_ s: Span) -> Range<Int> {
        var r = s.nameRange
        while r.count > 1, tokens[r.lowerBound].norm == "the" { r = (r.lowerBound + 1)..<r.upperBound }
        return r
    }

    func shapesAgree(_ shapes: [Gazetteer.Shape], _ a: Int, _ b: Int) -> Bool {
        var i = 0
        for k in a..<b where !(k > a && PhraseTrie.isSkippable(tokens[k])) {
            guard i < shapes.count else { return false }
            switch shapes[i] {
            case .allCaps: if !tokens[k].isAllCaps && tokens[k].norm.count > 1 { return false }
            case .capitalized: if !tokens[k].isCapitalized { return false }
            default: break
            }
            i += 1
        }
        return true
    }

    /// A match that is only the start or end of a longer capitalised name is not a mention.
    func continuesName(_ a: Int, _ b: Int) -> Bool {
        let before = a > 0 && tokens[a - 1].kind == .word && tokens[a - 1].isCapitalized
            && !tokens[a].flags.contains(.lineBreakBefore) && doc.sentenceOfToken[a - 1] == doc.sentenceOfToken[a]
            && !cues.nonNames.contains(tokens[a - 1].norm) && cues.titleLength(at: a - 1, limit: a, tokens: tokens) == 0
            && !isSentenceInitial(a - 1)
        let after = b < tokens.count && tokens[b].kind == .word && tokens[b].isCapitalized
            && !tokens[b].flags.contains(.lineBreakBefore) && doc.sentenceOfToken[b] == doc.sentenceOfToken[b - 1]
            && cues.speechVerbs.contains(tokens[b].norm) == false && !isTitleCaseHeadingToken(b)
        return before || after
    }

    func isSentenceInitial(_ k: Int) -> Bool {
        doc.sentences[doc.sentenceOfToken[k]].firstToken == k
    }

    func isTitleCaseHeadingToken(_ k: Int) -> Bool {
        doc.sentences[doc.sentenceOfToken[k]].isHeading
    }

    // MARK: - Output

    func makeEntities() -> ([Entity], [Int], [Span]) {
        // Keep spans that belong to a cluster, in text order.
        let keptIndices = spans.indices.filter { clusterOfSpan[$0] != nil }.sorted {
            (spans[$0].firstToken, spans[$0].endToken) < (spans[$1].firstToken, spans[$1].endToken)
        }
        // Entities ordered by first mention.
        var firstMention: [Int: Int] = [:]
        for n in keptIndices {
            let c = clusterOfSpan[n] ?? 0
            if firstMention[c] == nil { firstMention[c] = firstMention.count }
        }
        let clusterOrder = firstMention.sorted { $0.value < $1.value }.map(\.key)
        var entityIndex: [Int: Int] = [:]
        var entities: [Entity] = []
        for c in clusterOrder {
            entityIndex[c] = entities.count
            entities.append(makeEntity(c, id: "e\(entities.count + 1)", spanIndices: keptIndices.filter { clusterOfSpan[$0] == c }))
        }
        let outSpans = keptIndices.map { spans[$0] }
        let owner = keptIndices.map { entityIndex[clusterOfSpan[$0] ?? 0] ?? 0 }
        return (entities, owner, outSpans)
    }

    /// A body's name as the text ties it to its country — "Iran's Ministry of Foreign Affairs",
    /// "Ministry of Foreign Affairs of the Kingdom of Thailand" — kept as aliases, so that the
    /// generic name can be told apart and found by either form.
    func countryForms(_ s: Span) -> [String] {
        // Generic names of several words ("Ministry of Commerce"), not one-word names or acronyms.
        guard s.label == .org, nameText(s).split(separator: " ").count >= 3 else { return [] }
        var out: [String] = []
        let first = tokens[s.firstToken]
        let last = tokens[s.endToken - 1]
        if s.firstToken >= 2, tokens[s.firstToken - 1].norm == "'s",
            let owner = spans.first(where: { $0.endToken == s.firstToken - 1 && $0.label == .gpe })
        {
            out.append(doc.text(bytes: tokens[owner.firstToken].start, last.end))
        }
        if s.endToken + 1 < tokens.count, tokens[s.endToken].norm == "of" {
            let k = tokens[s.endToken + 1].norm == "the" ? s.endToken + 2 : s.endToken + 1
            if let place = spans.first(where: { $0.firstToken == k && $0.label == .gpe }),
                doc.sentenceOfToken[place.endToken - 1] == doc.sentenceOfToken[s.firstToken]
            {
                out.append(doc.text(bytes: first.start, tokens[place.endToken - 1].end))
            }
        }
        return out
    }

    func makeEntity(_ c: Int, id: String, spanIndices: [Int]) -> Entity {
        let cluster = clusters[c]
        let entry = cluster.lexiconID.flatMap { gazetteer.entry(id: $0) }
        var forms: [String] = []
        var seenForms = Set<String>()
        var votes: [String: Int] = [:]
        var rules = Set<String>()
        var mentions: [Mention] = []
        var labelVotes: [EntityType: Int] = [:]
        for n in spanIndices {
            let s = spans[n]
            let bare = nameText(s)
            for form in [bare, doc.text(tokens: s.tokenRange)] + countryForms(s) where seenForms.insert(TextFolding.key(form)).inserted {
                forms.append(form)
            }
            if let country = s.country { votes[country, default: 0] += 1 }
            rules.insert(s.rule)
            // The fullest confirmed forms decide the type; acronyms and re-found names do not vote.
            let weight = ["entity.known-name", "entity.acronym", "entity.acronym-definition"].contains(s.rule) ? 0 : s.nameRange.count
            labelVotes[s.label, default: 0] += weight
            let first = tokens[s.firstToken]
            let last = tokens[s.endToken - 1]
            mentions.append(
                Mention(
                    text: doc.text(bytes: first.start, last.end), range: doc.textRange(bytes: first.start, last.end),
                    sentence: doc.sentenceOfToken[s.firstToken], rule: s.rule))
        }
        let name: String
        if let entry {
            name = entry.name
        } else {
            // The longest bare form by words, acronyms last.
            let bareForms = spanIndices.map { nameText(spans[$0]) }
            name =
                bareForms.max { a, b in
                    let wa = a.split(separator: " ").count
                    let wb = b.split(separator: " ").count
                    return (wa, a.count) < (wb, b.count)
                } ?? forms[0]
        }
        let nameKey = TextFolding.key(name)
        let aliases = forms.filter { TextFolding.key($0) != nameKey }
        let country =
            entry?.country ?? votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let label = entry?.label ?? labelVotes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? cluster.label
        return Entity(
            id: id, name: name, type: label, aliases: aliases, country: country, mentions: mentions,
            rules: rules.sorted(), lexiconID: entry?.id, coordinate: entry?.coordinate)
    }
}
