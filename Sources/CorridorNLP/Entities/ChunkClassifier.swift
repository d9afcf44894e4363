import CorridorModel

/// Chunks one sentence into runs of capitalised words and types each run.
///
/// Rule ids (stable; see `docs/rules.md`):
/// - `gaz:<entry id>` — a lexicon hit;
/// - `entity.title-person` — a name after a title ("Federal Minister Shaza Fatima Khawaja");
/// - `entity.org-head`, `entity.company-suffix`, `entity.facility-head`, `entity.event-head`,
///   `entity.law-head` — a run ending in (or starting with "X of") a head word;
/// - `entity.name-shape` — two or more name-like words ("Jiang Zaidong", "Mohammad Ali Gandapur");
/// - `entity.acronym` — an all-caps word ("NTC");
/// - `entity.speaker` — a lone name before a verb of saying ("Gandapur said");
/// - `entity.place-context` — a lone name after "in", "at", "from" …;
/// - `entity.lowercase-event` — a name completed by a lowercase event noun ("… B2B conference");
/// - `entity.embassy` — a nationality before "embassy" ("the Chinese embassy");
/// - `entity.unknown-name` — a lone unknown capitalised word, tentative until resolution.
struct ChunkClassifier {
    let doc: Document
    let tokens: [Token]
    let sentence: Sentence
    let gazetteer: Gazetteer
    let cues: CueIndex
    let wordIDs: [Int32?]
    var spans: [Span] = []
    /// Lexicon hits by start token, non-overlapping, longest first.
    var hits: [Int: Gazetteer.Hit] = [:]
    /// The first word of the sentence (after opening quotes and brackets).
    var sentenceStart: Int

    init(doc: Document, sentence: Sentence, gazetteer: Gazetteer, cues: CueIndex, wordIDs: [Int32?]) {
        self.doc = doc
        self.tokens = doc.tokens
        self.sentence = sentence
        self.gazetteer = gazetteer
        self.cues = cues
        self.wordIDs = wordIDs
        var k = sentence.firstToken
        while k < sentence.endToken, tokens[k].kind != .word { k += 1 }
        sentenceStart = k
    }

    var end: Int { sentence.endToken }

    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]

    // MARK: - Driver

    mutating func run() {
        findHits()
        if isTitleCase() {
            for (_, hit) in hits.sorted(by: { $0.key < $1.key }) { emitHit(hit) }
            return
        }
        var i = sentence.firstToken
        while i < end {
            guard startsChunk(i) else {
                i += 1
                continue
            }
            let j = chunkEnd(from: i)
            classify(i, j)
            i = max(j, i + 1)
        }
        embassyRule()
    }

    mutating func findHits() {
        var i = sentence.firstToken
        while i < end {
            if tokens[i].flags.contains(.isFurniture) || wordIDs[i] == nil {
                i += 1
                continue
            }
            if let hit = gazetteer.longestHit(at: i, limit: end, doc: doc, wordIDs: wordIDs), acceptable(hit) {
                hits[i] = hit
                i = hit.end
            } else {
                i += 1
            }
        }
    }

    /// Ambiguous entries (a city that is also a surname) need a preposition of place before them.
    func acceptable(_ hit: Gazetteer.Hit) -> Bool {
        let entries = hit.entries.map { gazetteer.entries[$0] }
        if entries.contains(where: { $0.ambiguous != true }) { return true }
        return hit.start > sentence.firstToken && cues.placePrepositions.contains(tokens[hit.start - 1].norm)
    }

    /// A headline in title case: most words, function words included, are capitalised.
    func isTitleCase() -> Bool {
        guard sentence.isHeading else { return false }
        var words = 0
        var caps = 0
        var functionCaps = 0
        for t in tokens[sentence.tokenRange] where t.kind == .word {
            words += 1
            if t.isCapitalized {
                caps += 1
                if cues.nonNames.contains(t.norm) || cues.connectors.contains(t.norm) || cues.isCommonWord(t.norm) {
                    functionCaps += 1
                }
            }
        }
        return words >= 4 && caps * 10 >= words * 8 && functionCaps >= 2
    }

    // MARK: - Chunking

    func isCapWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && (t.isCapitalized || isOrdinal(t)) && !t.flags.contains(.isFurniture)
    }

    /// "21st", "2nd", "9th": a numeric ordinal, which may open or sit inside a name.
    func isOrdinal(_ t: Token) -> Bool {
        guard t.flags.contains(.hasDigit), t.kind == .word, let f = t.norm.unicodeScalars.first, f.properties.numericType != nil
        else { return false }
        return t.norm.hasSuffix("st") || t.norm.hasSuffix("nd") || t.norm.hasSuffix("rd") || t.norm.hasSuffix("th")
    }

    func startsChunk(_ k: Int) -> Bool {
        // "phase-II", "China-proposed": no name starts inside a word glued to a lowercase word.
        if k >= 2, tokens[k - 1].flags.contains(.isJoiner), tokens[k - 2].flags.contains(.isLowercase) { return false }
        if isOrdinal(tokens[k]) && !(k + 1 < end && isCapWord(k + 1)) { return false }
        return hits[k] != nil || isCapWord(k)
    }

    /// The end of the chunk that starts at `i`.
    func chunkEnd(from i: Int) -> Int {
        var j = i
        var last = i
        while j < end {
            let t = tokens[j]
            if let hit = hits[j] {
                j = hit.end
                last = j
                continue
            }
            if isCapWord(j) && !(j > i && t.flags.contains(.lineBreakBefore)) {
                j += 1
                last = j
                continue
            }
            guard last == j, j > i else { break }
            if t.kind == .number && isHead(last - 1) && (j + 1 >= end || !isCapWord(j + 1))
            {
                // "Forum 2026", "Motorway 9": a number closing a named thing.
                j += 1
                last = j
                break
            }
            if t.flags.contains(.isJoiner), j + 1 < end {
                if let hit = hits[j + 1] {
                    j = hit.end
                    last = j
                    continue
                }
                let n = tokens[j + 1]
                if isCapWord(j + 1) || n.kind == .number || (n.kind == .word && n.flags.contains(.hasDigit)) {
                    // "ML-1", "Phase-II", "Al-Nahyan", "CPPA-G".
                    j += 2
                    last = j
                    continue
                }
            }
            if t.flags.contains(.isLowercase) && (cues.connectors.contains(t.norm) || cues.particles.contains(t.norm)) {
                var k = j + 1
                if k < end, tokens[k].norm == "the", t.norm != "the" { k += 1 }
                if k < end, isCapWord(k) || hits[k] != nil {
                    j = k
                    continue
                }
            }
            break
        }
        return last
    }

    func isHead(_ k: Int) -> Bool {
        k >= 0 && cues.headLabel(tokens[k].norm) != nil
    }

    // MARK: - Classification

    mutating func classify(_ start: Int, _ stop: Int) {
        var a = start
        var b = stop
        // Trim words that are never names, and a common word opening the sentence.
        while a < b {
            let t = tokens[a]
            if hits[a] != nil { break }
            let glued = a + 1 < b && tokens[a + 1].flags.contains(.isJoiner)
            if glued { break }
            if Self.ordinalWords.contains(t.norm) && a + 1 < b && isCapWord(a + 1) && a != sentenceStart { break }
            if cues.nonNames.contains(t.norm) || cues.connectors.contains(t.norm) || t.flags.contains(.isJoiner)
                || (t.isAllCaps && cues.nonAcronyms.contains(t.norm))
            {
                a += 1
                continue
            }
            let alone = a + 1 == b || cues.connectors.contains(tokens[a + 1].norm)
            if a == sentenceStart && alone && cues.isCommonWord(t.norm) && !t.isAllCaps && !cues.isNamePart(t.norm)
                && cues.titleLength(at: a, limit: b, tokens: tokens) == 0 && cues.headLabel(t.norm) == nil
            {
                a += 1
                continue
            }
            break
        }
        while b > a {
            let t = tokens[b - 1]
            if hits[b - 1] == nil
                && (cues.connectors.contains(t.norm) || t.flags.contains(.isJoiner)
                    || (cues.nonNames.contains(t.norm) && !isCoveredByHit(b - 1)))
            {
                b -= 1
                continue
            }
            break
        }
        guard a < b else { return }
        if let hit = hits[a], hit.end == b {
            if lowercaseEventRule(a, b) { return }
            emitHit(hit)
            return
        }
        if lowercaseEventRule(a, b) { return }
        if let k = splitPoint(a, b) {
            classify(a, k)
            classify(k + 1, b)
            return
        }
        if headRule(a, b) { return }
        if titleRule(a, b) { return }
        splitAndClassify(a, b)
    }

    /// Where a chunk holding a head word is two names, not one: "Gwadar Port and New Gwadar
    /// International Airport" (both sides complete names), "Leo Fong of China Overseas Port
    /// Holdings" (a person or a bare title before "of").
    func splitPoint(_ a: Int, _ b: Int) -> Int? {
        var k = a
        while k < b {
            if let hit = hits[k] {
                k = hit.end
                continue
            }
            let t = tokens[k]
            if t.flags.contains(.isLowercase), t.norm == "and" || t.norm == "&", isComplete(a, k), isComplete(k + 1, b) {
                return k
            }
            if t.flags.contains(.isLowercase), t.norm == "of", k > a, headBefore(of: k) == nil,
                cues.headLabel(tokens[a].norm) == nil, isComplete(k + 1, b)
            {
                let titles = cues.titleLength(at: a, limit: k, tokens: tokens)
                if titles == k - a || (isPersonShaped(a + titles, k) && !(a..<k).contains { cues.headLabel(tokens[$0].norm) != nil }) {
                    return k
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether tokens `a..<b` make a whole name on their own.
    func isComplete(_ start: Int, _ b: Int) -> Bool {
        var a = start
        while a < b, tokens[a].norm == "the" { a += 1 }
        guard a < b else { return false }
        if let hit = hits[a], hit.end == b { return true }
        if b - a == 1 { return isAcronym(tokens[a]) }
        if let head = cues.headLabel(tokens[b - 1].norm), head != .company { return true }
        return (a..<b).contains { tokens[$0].norm == "of" && headBefore(of: $0) != nil }
    }

    /// The head word right before an "of", "on" or "for" ("Bank of", "Hall of", "Agreement on").
    func headBefore(of k: Int) -> CueIndex.HeadKind? {
        guard k > sentence.firstToken, ["of", "on", "for"].contains(tokens[k].norm) else { return nil }
        let head = cues.headLabel(tokens[k - 1].norm)
        return head == .company ? nil : head
    }

    func isCoveredByHit(_ k: Int) -> Bool {
        hits.contains { $0.value.start <= k && k < $0.value.end }
    }

    /// The chunk ends in (or starts with "X of") a head word: one organisation, facility, event or law.
    mutating func headRule(_ a: Int, _ b: Int) -> Bool {
        var kind: CueIndex.HeadKind?
        var last = b - 1
        // A number, year or roman numeral may close a name after its head ("Forum 2026", "Phase II").
        if b - a >= 2, tokens[last].kind == .number || isRoman(tokens[last].norm), cues.headLabel(tokens[last - 1].norm) != nil {
            last -= 1
        }
        if last > a || hits[a] == nil || hits[a]?.end != last + 1 {
            kind = cues.headLabel(tokens[last].norm)
        }
        if kind == .company {
            // "Dhaka Power", "Huawei Technologies": a company suffix needs a proper name before it.
            let modifiers = a..<last
            let proper = modifiers.contains { k in
                hits[k] != nil || (tokens[k].kind == .word && !cues.isCommonWord(tokens[k].norm))
            }
            if modifiers.isEmpty || !proper { kind = nil }
        }
        if kind == nil {
            for k in (a + 1)..<max(b - 1, a + 1) where tokens[k].flags.contains(.isLowercase) {
                if let head = headBefore(of: k) {
                    kind = head
                    break
                }
            }
        }
        guard let kind, b - a >= 1 else { return false }
        // A single head word alone ("Ministry") is not a name.
        if b - a == 1 && hits[a] == nil { return false }
        // "DG China Railway Group": a title before an organisation is not part of it, unless the
        // title names the institution itself ("Prime Minister Office", "President House").
        let titles = cues.titleLength(at: a, limit: b, tokens: tokens)
        if titles > 0 && titles < b - a - 1 {
            return headRule(a + titles, b)
        }
        // "Prime Minister Office": a title inside an organisation's name is part of it.
        let label: EntityType =
            switch kind {
            case .org, .company: .org
            case .facility: .fac
            case .event: .event
            case .law: .law
            }
        let rule =
            switch kind {
            case .org: "entity.org-head"
            case .company: "entity.company-suffix"
            case .facility: "entity.facility-head"
            case .event: "entity.event-head"
            case .law: "entity.law-head"
            }
        spans.append(Span(firstToken: a, endToken: b, label: label, rule: rule, country: countryCue(a, b)))
        return true
    }

    func isRoman(_ s: String) -> Bool {
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(s)
    }

    /// The chunk starts with titles (possibly after places and bodies): the rest is a person.
    mutating func titleRule(_ a: Int, _ b: Int) -> Bool {
        var k = a
        var firstTitle: Int?
        var prefixHits: [Gazetteer.Hit] = []
        var country: String?
        while k < b {
            if let hit = hits[k], firstTitle == nil || hit.end < b {
                let labels = Set(hit.entries.map { gazetteer.entries[$0].label })
                if labels.isDisjoint(with: [.gpe, .norp, .org, .loc]) { break }
                prefixHits.append(hit)
                let g = gazetteer
                if let c = hit.entries.compactMap({ g.entries[$0].country }).first { country = c }
                k = hit.end
                continue
            }
            let n = cues.titleLength(at: k, limit: b, tokens: tokens)
            if n > 0 {
                if firstTitle == nil { firstTitle = k }
                k += n
                continue
            }
            break
        }
        guard let firstTitle else { return false }
        if k == b {
            // Titles and places only ("Chief Minister Balochistan"): keep the places.
            for hit in prefixHits { emitHit(hit) }
            return true
        }
        guard isNameLike(k, b) else { return false }
        for hit in prefixHits where hit.start < firstTitle || hit.end <= k { emitHit(hit) }
        if country == nil { country = possessiveCountry(before: a) }
        spans.append(
            Span(
                firstToken: firstTitle, endToken: b, label: .person, rule: "entity.title-person", country: country,
                titleTokens: k - firstTitle))
        return true
    }

    /// No head and no title: split at connectors and type each part on its own.
    mutating func splitAndClassify(_ a: Int, _ b: Int) {
        var k = a
        var partStart = a
        while k <= b {
            let atBoundary =
                k == b || (hits[k] == nil && tokens[k].flags.contains(.isLowercase) && cues.connectors.contains(tokens[k].norm))
            if atBoundary {
                if partStart < k { segment(partStart, k) }
                partStart = k + 1
                k += 1
                continue
            }
            if let hit = hits[k] {
                k = hit.end
            } else {
                k += 1
            }
        }
    }

    /// Emits the lexicon hits inside a part and types the runs between them.
    mutating func segment(_ a: Int, _ b: Int) {
        var k = a
        var run = a
        while k < b {
            if let hit = hits[k], hit.end <= b {
                if run < k { unknownRun(run, k) }
                emitHit(hit)
                k = hit.end
                run = k
            } else {
                k += 1
            }
        }
        if run < b { unknownRun(run, b) }
    }

    /// Types a run of capitalised words that no lexicon knows.
    mutating func unknownRun(_ start: Int, _ stop: Int) {
        var a = start
        var b = stop
        while a < b, tokens[a].kind != .word || cues.nonNames.contains(tokens[a].norm) || tokens[a].flags.contains(.isJoiner) {
            a += 1
        }
        while b > a, tokens[b - 1].kind != .word || tokens[b - 1].flags.contains(.isJoiner) { b -= 1 }
        guard a < b else { return }
        let country = possessiveCountry(before: a)
        if precededByTitle(a) && isNameLike(a, b) {
            spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.title-person", country: country))
            return
        }
        let words = (a..<b).filter { tokens[$0].kind == .word }
        if words.count >= 2 {
            if isPersonShaped(a, b) {
                spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.name-shape", country: country))
            }
            return
        }
        let t = tokens[a]
        if isDateline(a) {
            spans.append(Span(firstToken: a, endToken: b, label: .gpe, rule: "entity.dateline"))
            return
        }
        if isAcronym(t) {
            spans.append(Span(firstToken: a, endToken: b, label: .org, rule: "entity.acronym", country: country))
            return
        }
        guard !cues.isCommonWord(t.norm) || cues.isNamePart(t.norm), !cues.nonNames.contains(t.norm),
            t.norm.count > 1
        else { return }
        if b < end, cues.speechVerbs.contains(tokens[b].norm) {
            spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.speaker", country: country))
        } else if a > sentenceStart, cues.placePrepositions.contains(tokens[a - 1].norm), !cues.isNamePart(t.norm) {
            spans.append(Span(firstToken: a, endToken: b, label: .gpe, rule: "entity.place-context"))
        } else {
            spans.append(
                Span(firstToken: a, endToken: b, label: .person, rule: "entity.unknown-name", isTentative: true))
        }
    }

    // MARK: - Context rules

    /// "the Chinese embassy", "Pakistan's embassy": an embassy named by its country.
    mutating func embassyRule() {
        for k in sentence.tokenRange where k + 1 < end {
            guard ["embassy", "consulate"].contains(tokens[k + 1].norm), tokens[k + 1].flags.contains(.isLowercase),
                let hit = hits.first(where: { $0.value.end == k + 1 })?.value,
                let entry = hit.entries.first.map({ gazetteer.entries[$0] }), entry.label == .norp
            else { continue }
            spans.append(
                Span(firstToken: hit.start, endToken: k + 2, label: .org, rule: "entity.embassy", country: entry.country))
        }
    }

    /// "the second Pakistan-China B2B conference": a name completed by a lowercase event noun.
    mutating func lowercaseEventRule(_ a: Int, _ b: Int) -> Bool {
        guard b < end, cues.lowercaseEventHeads.contains(tokens[b].norm), tokens[b].flags.contains(.isLowercase),
            !(a..<b).contains(where: { ["and", "&"].contains(tokens[$0].norm) })
        else { return false }
        // Only when some word is not a known place or nationality ("B2B"): "the China-Africa summit" is no name.
        var k = a
        var unknown = false
        while k < b {
            if let hit = hits[k] {
                let labels = Set(hit.entries.map { gazetteer.entries[$0].label })
                if !labels.isSubset(of: [.gpe, .norp, .loc]) { return false }
                k = hit.end
            } else {
                if tokens[k].kind == .word { unknown = true }
                k += 1
            }
        }
        guard unknown else { return false }
        spans.append(Span(firstToken: a, endToken: b + 1, label: .event, rule: "entity.lowercase-event"))
        return true
    }

    // MARK: - Helpers

    /// "ISLAMABAD:", "PESHAWAR, Pakistan -": an all-caps place opening a line.
    func isDateline(_ a: Int) -> Bool {
        let t = tokens[a]
        guard t.isAllCaps, t.norm.count >= 4, a == sentence.firstToken || tokens[a].flags.contains(.lineBreakBefore)
                || (a > 0 && tokens[a - 1].norm == "(" && tokens[a - 1].flags.contains(.lineBreakBefore)),
            a + 1 < tokens.count
        else { return false }
        return [":", ",", "-", "/", ")", "("].contains(tokens[a + 1].norm)
    }

    mutating func emitHit(_ hit: Gazetteer.Hit) {
        let entries = hit.entries.map { gazetteer.entries[$0] }
        guard let entry = entries.first else { return }
        spans.append(
            Span(
                firstToken: hit.start, endToken: hit.end, label: entry.label, rule: "gaz:\(entry.id)",
                lexiconID: entry.id, country: entry.country))
    }

    func isAcronym(_ t: Token) -> Bool {
        guard t.kind == .word, !cues.nonAcronyms.contains(t.norm) else { return false }
        let text = doc.text(of: t)
        let upper = text.unicodeScalars.filter { $0.properties.isUppercase }.count
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        // "NTC", "MoITT", "SKY47": mostly capitals, short.
        return letters >= 2 && text.count <= 10 && upper >= 2 && upper * 2 > letters && t.isCapitalized
    }

    /// Every word capitalised (or an initial, particle or suffix), at least one not a common word.
    func isNameLike(_ a: Int, _ b: Int) -> Bool {
        var sawName = false
        for k in a..<b {
            let t = tokens[k]
            if t.flags.contains(.isJoiner) { continue }
            if t.kind != .word { return false }
            if cues.particles.contains(t.norm) || cues.nameSuffixes.contains(t.norm) { continue }
            guard t.isCapitalized else { return false }
            if cues.headLabel(t.norm) != nil && !cues.isNamePart(t.norm) { return false }
            if t.isAllCaps && t.norm.count > 1 && k == a && b - a > 1 && !cues.isNamePart(t.norm) { return false }
            if !cues.isCommonWord(t.norm) || cues.isNamePart(t.norm) { sawName = true }
        }
        return sawName
    }

    /// Two or more words that look like a personal name.
    func isPersonShaped(_ a: Int, _ b: Int) -> Bool {
        guard isNameLike(a, b) else { return false }
        let words = (a..<b).filter { tokens[$0].kind == .word && !tokens[$0].flags.contains(.isJoiner) }
        guard !words.isEmpty else { return false }
        if words.allSatisfy({ tokens[$0].isAllCaps && tokens[$0].norm.count > 1 }) { return false }
        // "Raikot-Thakot", "Karachi-Peshawar": words glued only by hyphens name a route or a pair.
        if !(a + 1..<b).contains(where: { tokens[$0].flags.contains(.spaceBefore) }) { return false }
        let known = words.contains { cues.isNamePart(tokens[$0].norm) }
        let first = tokens[words[0]].norm
        if cues.names.chineseSurnames.contains(first) { return true }
        let common = words.filter { cues.isCommonWord(tokens[$0].norm) && !cues.isNamePart(tokens[$0].norm) }.count
        return common == 0 || (known && common < words.count - 1)
    }

    /// A title (possibly lowercase, possibly followed by a comma) right before token `a`.
    func precededByTitle(_ a: Int) -> Bool {
        var k = a
        if k > sentence.firstToken, tokens[k - 1].norm == "," { k -= 1 }
        for n in 1...min(cues.maxTitleWords + 1, 4) where k - n >= sentence.firstToken {
            if cues.titleLength(at: k - n, limit: k, tokens: tokens) == n { return true }
        }
        return false
    }

    /// "Pakistan's …", "China's …": the country of a possessive right before `a`.
    func possessiveCountry(before a: Int) -> String? {
        guard a >= 2, tokens[a - 1].norm == "'s" else { return nil }
        for (_, hit) in hits where hit.end == a - 1 {
            let entries = hit.entries.map { gazetteer.entries[$0] }
            if let e = entries.first(where: { $0.label == .gpe || $0.label == .norp }) { return e.country }
        }
        return nil
    }

    /// The one country named inside a chunk ("Pakistan Software Export Board"), or before it.
    func countryCue(_ a: Int, _ b: Int) -> String? {
        var found = Set<String>()
        var k = a
        while k < b {
            if let hit = hits[k] {
                for e in hit.entries.map({ gazetteer.entries[$0] }) where [.gpe, .norp].contains(e.label) {
                    if let c = e.country {
                        found.insert(c)
                        break
                    }
                }
                k = hit.end
            } else {
                k += 1
            }
        }
        if found.count == 1 { return found.first }
        if found.isEmpty { return possessiveCountry(before: a) }
        return nil
    }
}
