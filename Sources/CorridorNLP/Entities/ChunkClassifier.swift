import CorridorModel

/// Chunks one sentence into runs of capitalised words and types each run.
///
/// Rule ids (stable; see `docs/rules.md`):
/// - `gaz:<entry id>` — a lexicon hit;
/// - `entity.title-person` — a name after a title ("Federal Minister Shaza Fatima Khawaja");
/// - `entity.org-head`, `entity.company-suffix`, `entity.facility-head`, `entity.event-head`,
///   `entity.law-head` — a run ending in (or with "X of" holding) a head word;
/// - `entity.name-shape` — two or more name-like words ("Jiang Zaidong", "Mohammad Ali Gandapur");
/// - `entity.proper-phrase` — a proper name followed by ordinary capitalised words
///   ("Alibaba International Digital Commerce");
/// - `entity.acronym` — an all-caps word ("NTC");
/// - `entity.dateline` — an all-caps place opening a line ("PESHAWAR, Pakistan -");
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
    let sentenceStart: Int

    /// Company suffixes that close a name on their own ("… Holdings", "… Airlines").
    static let strongCompanySuffixes: Set<String> = [
        "holdings", "holding", "enterprises", "industries", "technologies", "ventures", "partners", "airlines", "airways",
    ]

    /// Facility heads that also name the undertaking that runs the network ("State Railway of Thailand").
    static let networkHeads: Set<String> = ["railway", "railroad"]

    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]

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

    // MARK: - Driver

    mutating func run() {
        findHits()
        if isTitleCase() {
            for (_, hit) in hits.sorted(by: { $0.key < $1.key }) { emitHit(hit) }
            return
        }
        // Titles with a portfolio claim their tokens before chunking ("Minister for Maritime Affairs …").
        let claims = portfolioRule()
        var c = 0
        var i = sentence.firstToken
        while i < end {
            while c < claims.count, claims[c].upperBound <= i { c += 1 }
            if c < claims.count, claims[c].contains(i) {
                i = claims[c].upperBound
                continue
            }
            guard startsChunk(i) else {
                i += 1
                continue
            }
            var j = chunkEnd(from: i)
            if c < claims.count { j = min(j, claims[c].lowerBound) }
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
                if let inner = longerHit(inside: hit) {
                    // "Sheikh Tamim" | "Tamim bin Hamad Al Thani": the longer name wins, the words
                    // before it are left to the other rules.
                    i = inner
                    continue
                }
                hits[i] = hit
                i = hit.end
            } else {
                i += 1
            }
        }
    }

    /// The start of a longer lexicon hit that begins inside `hit` and runs past its end, if any.
    func longerHit(inside hit: Gazetteer.Hit) -> Int? {
        var k = hit.start + 1
        while k < hit.end {
            if wordIDs[k] != nil, let h = gazetteer.longestHit(at: k, limit: end, doc: doc, wordIDs: wordIDs),
                h.end > hit.end, h.end - h.start > hit.end - hit.start, acceptable(h)
            {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Whether a lexicon hit may stand: ambiguous entries need a preposition of place before them,
    /// and "US" glued to "$" (or a code such as "U.S." before "$") is a currency, not a country.
    func acceptable(_ hit: Gazetteer.Hit) -> Bool {
        if hit.end < end, tokens[hit.end].kind == .symbol {
            let next = tokens[hit.end]
            let code = hit.end - hit.start == 1 && tokens[hit.start].isAllCaps && tokens[hit.start].norm.count <= 4
            if !next.flags.contains(.spaceBefore) || (code && next.norm.unicodeScalars.count == 1) { return false }
        }
        let entries = hit.entries.map { gazetteer.entries[$0] }
        if entries.contains(where: { $0.ambiguous != true }) { return true }
        var k = hit.start - 1
        if k > sentence.firstToken, tokens[k].norm == "the" { k -= 1 }
        return k >= sentence.firstToken && cues.placePrepositions.contains(tokens[k].norm)
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
        guard t.flags.contains(.hasDigit), t.kind == .word, let f = t.norm.unicodeScalars.first,
            f.properties.numericType != nil
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
            if t.kind == .number && isHead(last - 1) && (j + 1 >= end || !isCapWord(j + 1)) {
                // "Forum 2026", "Motorway 9": a number closing a named thing.
                return j + 1
            }
            // "Thermal Power Plant No. 3": a numbered unit of a named thing.
            if t.kind == .number, last - 2 >= i, tokens[last - 1].norm == "no", isHead(last - 2) {
                return j + 1
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
            // "People's Bank": a possessive inside a name after an ordinary capitalised word.
            if t.norm == "'s", j + 1 < end, isCapWord(j + 1), hits[j - 1] == nil, tokens[j - 1].kind == .word,
                cues.isCommonWord(tokens[j - 1].norm), !cues.isNamePart(tokens[j - 1].norm)
            {
                j += 1
                continue
            }
            if t.flags.contains(.isLowercase) && (cues.connectors.contains(t.norm) || cues.particles.contains(t.norm)) {
                // "on", "for", "in" join only after a head ("Agreement on", "Fund for"); "of", "and" always.
                // "on", "for", "in" join after a head ("Agreement on", "Fund for"), or after a name opened
                // by a head when only a word or two follow ("Coalition of Patriots for Change").
                // A facility is located "on" or "in" a place, not named by it ("… Project on the Jhelum").
                let needsHead = ["on", "for", "in"].contains(t.norm)
                func opens(_ h: CueIndex.HeadKind?) -> Bool {
                    h != nil && h != .company && !(h == .facility && t.norm != "for")
                }
                var joins = !needsHead || opens(cues.headLabel(tokens[j - 1].norm))
                if !joins && needsHead && opens(cues.headLabel(tokens[i].norm)) {
                    var r = j + 1
                    while r < end, isCapWord(r) { r += 1 }
                    joins = r - (j + 1) <= 2 && r - (j + 1) >= 1
                }
                if joins {
                    var k = j + 1
                    if k < end, tokens[k].norm == "the", t.norm != "the" { k += 1 }
                    if k < end, isCapWord(k) || hits[k] != nil {
                        j = k
                        continue
                    }
                }
            }
            if t.norm == ",", let k = commaListEnd(chunkStart: i, comma: j) {
                j = k
                continue
            }
            break
        }
        return last
    }

    /// "Ministry of Planning, Development and Reform", "Saudi Standards, Metrology and Quality
    /// Organisation": a comma inside a name whose list closes with "and" and a head word.
    func commaListEnd(chunkStart i: Int, comma j: Int) -> Int? {
        let headOf = (i + 1 < j) && (i..<j).contains { tokens[$0].norm == "of" && headBefore(of: $0) != nil }
        let shortProper = j - i <= 2 && (hits[i] == nil || isPlaceOrNationality(hits[i]))
        guard headOf || shortProper, j + 1 < end, isCapWord(j + 1), hits[j + 1] == nil else { return nil }
        var k = j + 1
        var sawAnd = false
        while k < end, k - j <= 10 {
            let t = tokens[k]
            if hits[k] != nil || t.norm == "the" { return nil }
            if isCapWord(k) {
                k += 1
                if sawAnd {
                    let closes = k >= end || !isCapWord(k)
                    if closes && (headOf || cues.headLabel(tokens[k - 1].norm) != nil) { return j + 1 }
                }
                continue
            }
            if t.norm == "," {
                k += 1
                continue
            }
            if t.norm == "and" && !sawAnd {
                sawAnd = true
                k += 1
                continue
            }
            return nil
        }
        return nil
    }

    func isHead(_ k: Int) -> Bool {
        k >= 0 && cues.headLabel(tokens[k].norm) != nil
    }

    // MARK: - Classification

    /// Types the chunk `start..<stop`, recursing into parts where it holds several names.
    mutating func classify(_ start: Int, _ stop: Int) {
        let (a, b) = trimmed(start, stop)
        guard a < b else { return }
        if let hit = hits[a], hit.end == b {
            if lowercaseEventRule(a, b) { return }
            if foreignNamesake(hit) { return }
            emitHit(hit)
            return
        }
        if lowercaseEventRule(a, b) { return }
        if let k = splitPoint(a, b) {
            classify(a, k)
            // "Director of Operations Kestrel Mining Corporation": after a title, the portfolio too.
            let title = cues.titleLength(at: a, limit: k, tokens: tokens) == k - a && tokens[k].norm == "of"
            classify(title ? afterPortfolio(k + 1, b) : k + 1, b)
            return
        }
        if let t = innerTitle(a, b) {
            classify(a, t)
            classify(t, b)
            return
        }
        if headRule(a, b) { return }
        if titleRule(a, b) { return }
        splitAndClassify(a, b)
    }

    /// Drops words that are never names, and a common word opening the sentence, from both ends.
    func trimmed(_ start: Int, _ stop: Int) -> (Int, Int) {
        var a = start
        var b = stop
        while a < b {
            let t = tokens[a]
            if hits[a] != nil { break }
            if a + 1 < b && tokens[a + 1].flags.contains(.isJoiner) && !cues.connectors.contains(t.norm) { break }
            if Self.ordinalWords.contains(t.norm) && a + 1 < b && isCapWord(a + 1) && a != sentenceStart { break }
            if cues.nonNames.contains(t.norm) || cues.connectors.contains(t.norm) || t.flags.contains(.isJoiner)
                || t.kind != .word || (t.isAllCaps && cues.nonAcronyms.contains(t.norm))
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
            if hits[b - 1] != nil || isCoveredByHit(b - 1) { break }
            let gluedNumber = t.kind == .number && b - 2 >= a && tokens[b - 2].flags.contains(.isJoiner)
            if gluedNumber { break }
            if cues.connectors.contains(t.norm) || t.flags.contains(.isJoiner) || t.kind == .punct || t.norm == "'s" {
                b -= 1
                continue
            }
            if cues.nonNames.contains(t.norm) && !endsName(b - 1, from: a) {
                b -= 1
                continue
            }
            break
        }
        return (a, b)
    }

    /// "Đặng Hoàng An", "Li He": a word that is never a name alone (an article, a pronoun) still ends
    /// a personal name when it is a known name part, capitalised inside the sentence, right after a
    /// name-like word and not before a number.
    func endsName(_ k: Int, from a: Int) -> Bool {
        guard k > a, k != sentenceStart, tokens[k].isCapitalized, !tokens[k].isAllCaps, cues.isNamePart(tokens[k].norm),
            !(k + 1 < end && tokens[k + 1].kind == .number)
        else { return false }
        let prev = tokens[k - 1]
        return prev.kind == .word && prev.isCapitalized && !cues.nonNames.contains(prev.norm) && hits[k - 1] == nil
            && !isCoveredByHit(k - 1) && cues.headLabel(prev.norm) == nil
    }

    func isCoveredByHit(_ k: Int) -> Bool {
        hits.contains { $0.value.start <= k && k < $0.value.end }
    }

    /// Where a chunk holding a head word is two names, not one: "Gwadar Port and New Gwadar
    /// International Airport" (both sides complete names), "Leo Fong of China Overseas Port
    /// Holdings" (a person or a bare title before "of").
    func splitPoint(_ a: Int, _ b: Int) -> Int? {
        // "the Department of Trade, Industry and Competition of South Africa and the Ministry of
        // Commerce of China": "and the" starts a second name before any bare "and" does.
        for k in a..<max(a, b - 2) where hits[k] == nil {
            if tokens[k].flags.contains(.isLowercase), tokens[k].norm == "and", tokens[k + 1].norm == "the",
                !isCoveredByHit(k), isComplete(a, k), isComplete(k + 2, b)
            {
                return k
            }
        }
        // "Ministry of Commerce of the People's Republic of China": a country after a complete
        // "Ministry/Department of Portfolio" says whose it is and is not part of the name (the
        // country becomes its `country`); a board or bank keeps it ("Board of Investment of Sri Lanka").
        for k in a..<b where tokens[k].norm == "of" && hits[k] == nil && !isCoveredByHit(k) {
            if (a..<k).contains(where: { $0 > a && tokens[$0].norm == "of" && ["ministry", "department"].contains(tokens[$0 - 1].norm) }),
                isComplete(a, k), namesCountry(k + 1, b)
            {
                return k
            }
        }
        var k = a
        while k < b {
            if let hit = hits[k] {
                k = hit.end
                continue
            }
            let t = tokens[k]
            if t.flags.contains(.isLowercase), t.norm == "and" || t.norm == "&",
                (isComplete(a, k) && isComplete(k + 1, b)) || startsWithTitle(k + 1, b)
            {
                return k
            }
            if t.flags.contains(.isLowercase), t.norm == "of", k > a, headBefore(of: k) == nil,
                cues.headLabel(tokens[a].norm) == nil, isComplete(k + 1, b)
            {
                let titles = cues.titleLength(at: a, limit: k, tokens: tokens)
                let noHeadBefore = !(a..<k).contains { cues.headLabel(tokens[$0].norm) != nil }
                if titles == k - a || (noHeadBefore && isPeople(a + titles, k)) { return k }
            }
            k += 1
        }
        return nil
    }

    /// One person's name, or several joined by commas and "and" ("Gabriel Galipolo and Pan Gongsheng").
    func isPeople(_ a: Int, _ b: Int) -> Bool {
        var start = a
        var k = a
        while k <= b {
            if k == b || (tokens[k].flags.contains(.isLowercase) && ["and", "&"].contains(tokens[k].norm))
                || tokens[k].norm == ","
            {
                guard start < k else { return false }
                let person = hits[start].map { h in
                    h.end == k && h.entries.contains { gazetteer.entries[$0].label == .person }
                }
                if person != true && !isPersonShaped(start, k) { return false }
                start = k + 1
            }
            k += 1
        }
        return true
    }

    /// "State Bank of Pakistan Governor Tariq Bajwa", "Gwadar Port Authority Chairman Syed Pervez
    /// Abbas": a title inside a chunk, after a complete name and before a person's name.
    func innerTitle(_ a: Int, _ b: Int) -> Int? {
        var k = a + 1
        while k < b - 1 {
            if let hit = hits[k] {
                k = hit.end
                continue
            }
            let n = cues.titleLength(at: k, limit: b, tokens: tokens)
            if n > 0, k + n < b, tokens[k].isCapitalized, isNameLike(k + n, b), isComplete(a, k), !startsWithTitle(a, b) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// The part opens with a title, possibly after places and nationalities ("Chinese Ambassador …").
    func startsWithTitle(_ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b, let hit = hits[k],
            hit.entries.contains(where: { [.gpe, .norp].contains(gazetteer.entries[$0].label) })
        {
            k = hit.end
        }
        let n = k < b ? cues.titleLength(at: k, limit: b, tokens: tokens) : 0
        return n > 0 && k + n < b && isNameLike(k + n, b)
    }

    /// Whether tokens `a..<b` make a whole name on their own.
    func isComplete(_ start: Int, _ b: Int) -> Bool {
        var a = start
        while a < b, tokens[a].norm == "the" { a += 1 }
        guard a < b else { return false }
        if let hit = hits[a], hit.end == b { return true }
        if isGluedGroup(a, b) { return isAcronym(tokens[a]) }
        let kind = headKind(a, b)
        if kind == .company {
            return Self.strongCompanySuffixes.contains(tokens[b - 1].norm) || cues.companyPrefixes.contains(tokens[a].norm)
        }
        return kind != nil
    }

    /// Tokens with no space between them ("CPPA-G", "NTC").
    func isGluedGroup(_ a: Int, _ b: Int) -> Bool {
        !((a + 1)..<max(b, a + 1)).contains { tokens[$0].flags.contains(.spaceBefore) }
    }

    /// The head word right before an "of", "on" or "for" ("Bank of", "Hall of", "Agreement on").
    func headBefore(of k: Int) -> CueIndex.HeadKind? {
        guard k > sentence.firstToken, ["of", "on", "for"].contains(tokens[k].norm) else { return nil }
        let head = cues.headLabel(tokens[k - 1].norm)
        return head == .company ? nil : head
    }

    /// The kind of name a head word makes of `a..<b`, if any.
    func headKind(_ a: Int, _ b: Int) -> CueIndex.HeadKind? {
        var last = b - 1
        // A number, year or roman numeral may close a name after its head ("Forum 2026", "Phase II").
        if b - a >= 2, tokens[last].kind == .number || isRoman(tokens[last].norm),
            cues.headLabel(tokens[last - 1].norm) != nil
        {
            last -= 1
        } else if b - a >= 3, tokens[last].kind == .number, tokens[last - 1].norm == "no",
            cues.headLabel(tokens[last - 2].norm) != nil
        {
            last -= 2
        }
        var kind: CueIndex.HeadKind?
        if hits[last] == nil && !isCoveredByHit(last) {
            kind = cues.headLabel(tokens[last].norm)
        } else if last > a, let hit = hits[last], hit.end == last + 1, let head = cues.headLabel(tokens[last].norm),
            hit.entries.allSatisfy({ gazetteer.entries[$0].kind != "country" })
        {
            // "Steppe Policy Centre": a head word that is also the name of some region ("Centre")
            // closes the name.
            kind = head
        } else if last > a, let hit = hits.first(where: { $0.value.end == last + 1 })?.value, hit.start > a,
            let head = cues.headLabel(tokens[hit.start - 1].norm), head == .org,
            hit.entries.contains(where: { gazetteer.entries[$0].label == .gpe })
        {
            // "Provincial Government Balochistan": an organisation head before a place.
            kind = head
        }
        if kind == .company {
            // "Dhaka Power", "Huawei Technologies": a company suffix needs a proper name before it.
            let proper = (a..<last).contains { k in
                hits[k] != nil || (tokens[k].kind == .word && !cues.isCommonWord(tokens[k].norm))
            }
            if last == a || !proper { kind = nil }
        }
        if kind == nil {
            for k in (a + 1)..<max(b - 1, a + 1) where tokens[k].flags.contains(.isLowercase) {
                if let head = headBefore(of: k) {
                    // "State Railway of Thailand": a network "of" a whole country names the national
                    // body that runs it; "Port of Mombasa" and "Great Hall of China" are places.
                    let network = Self.networkHeads.contains(tokens[k - 1].norm)
                    kind = network && tokens[k].norm == "of" && namesCountry(k + 1, b) ? .org : head
                    break
                }
            }
        }
        // "PT Kereta Api Indonesia", "JSC Kazakhstan Temir Zholy": a legal form opening the name.
        if kind == nil, b - a >= 2, tokens[a].isAllCaps, cues.companyPrefixes.contains(tokens[a].norm) { return .company }
        if kind != nil && b - a == 1 && hits[a] == nil { return nil }  // a head word alone ("Ministry")
        return kind
    }

    /// Whether `a..<b` is one country ("Thailand", "the Philippines").
    func namesCountry(_ start: Int, _ b: Int) -> Bool {
        var a = start
        if a < b, tokens[a].norm == "the" { a += 1 }
        guard let hit = hits[a], hit.end == b else { return false }
        return hit.entries.contains { gazetteer.entries[$0].kind == "country" }
    }

    /// The chunk is one organisation, facility, event or document named by its head word.
    mutating func headRule(_ a: Int, _ b: Int) -> Bool {
        guard let kind = headKind(a, b) else { return false }
        // "DG China Railway Group": a title before an organisation is not part of it, unless the
        // title names the institution itself ("Prime Minister Office", "President House").
        let titles = cues.titleLength(at: a, limit: b, tokens: tokens)
        if titles > 0 && titles < b - a - 1 {
            // "Director of Operations Zorvex Logistics": the title's portfolio (capitalised ordinary
            // words, no head word) belongs to the title, not to the organisation after it.
            let k = a + titles
            return headRule(["of", "for"].contains(tokens[k].norm) ? afterPortfolio(k + 1, b) : k, b)
        }
        let (label, rule) = Self.labelAndRule(kind)
        spans.append(Span(firstToken: a, endToken: b, label: label, rule: rule, country: countryCue(a, b)))
        return true
    }

    /// Where the organisation starts after a title's link word: past the portfolio, capitalised
    /// ordinary words that are no head ("Director of Operations Zorvex Logistics"), when a name
    /// with a head remains; else right after the link ("Director of Bank of China").
    func afterPortfolio(_ start: Int, _ b: Int) -> Int {
        var k = start
        while k < b - 1, tokens[k].isCapitalized, hits[k] == nil, cues.isCommonWord(tokens[k].norm),
            cues.headLabel(tokens[k].norm) == nil
        {
            k += 1
        }
        return k > start && headKind(k, b) != nil ? k : start
    }

    /// The label and rule id of a head-word rule.
    static func labelAndRule(_ kind: CueIndex.HeadKind) -> (EntityType, String) {
        switch kind {
        case .org: (.org, "entity.org-head")
        case .company: (.org, "entity.company-suffix")
        case .facility: (.fac, "entity.facility-head")
        case .event: (.event, "entity.event-head")
        case .law: (.law, "entity.law-head")
        }
    }

    /// "China's Ministry of Commerce", "Egypt's Ministry of Foreign Affairs": a lexicon name made of
    /// ordinary words only, after a possessive naming a country none of its entries belongs to, is
    /// that country's body — typed by its head word, not the lexicon's namesake.
    mutating func foreignNamesake(_ hit: Gazetteer.Hit) -> Bool {
        guard let country = possessiveCountry(before: hit.start) ?? countryAfter(hit.end),
            !hit.entries.contains(where: { gazetteer.entries[$0].country == country })
        else { return false }
        var ofHead: CueIndex.HeadKind?
        for k in hit.start..<hit.end where tokens[k].kind == .word {
            let t = tokens[k]
            guard !t.isAllCaps, cues.isCommonWord(t.norm) || cues.connectors.contains(t.norm) || isHead(k) else {
                return false
            }
            if ofHead == nil, k > hit.start, let h = headBefore(of: k) { ofHead = h }
        }
        let last = cues.headLabel(tokens[hit.end - 1].norm)
        guard let head = last == .company ? ofHead : last ?? ofHead, hit.end - hit.start > 1 else { return false }
        let (label, rule) = Self.labelAndRule(head)
        spans.append(Span(firstToken: hit.start, endToken: hit.end, label: label, rule: rule, country: country))
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
        var prefixAcronyms: [Int] = []
        var country: String?
        while k < b {
            if let hit = hits[k], firstTitle == nil || hit.end < b {
                // "Foreign Minister Badr Abdelatty": a town that is also a given name opens the name.
                if firstTitle != nil, startsName(hit, b) { break }
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
            // "Chairman SUPARCO Mohammad Yousuf Khan": a body's acronym between title and name.
            if firstTitle != nil, isAcronym(tokens[k]), k + 1 < b {
                prefixAcronyms.append(k)
                k += 1
                continue
            }
            break
        }
        guard let firstTitle else { return false }
        if k == b {
            // Titles and places only ("Chief Minister Balochistan"): keep the places.
            for hit in prefixHits { emitHit(hit) }
            for p in prefixAcronyms { spans.append(Span(firstToken: p, endToken: p + 1, label: .org, rule: "entity.acronym")) }
            return true
        }
        if let hit = hits[k], hit.end == b, let entry = hit.entries.first.map({ gazetteer.entries[$0] }),
            entry.label == .person
        {
            // "Shaheed Mohtarma Benazir Bhutto": titles before a known person.
            for h in prefixHits { emitHit(h) }
            spans.append(
                Span(firstToken: firstTitle, endToken: b, label: .person, rule: "gaz:\(entry.id)", lexiconID: entry.id,
                    country: entry.country, titleTokens: k - firstTitle))
            return true
        }
        guard isNameLike(k, b) else { return false }
        for hit in prefixHits { emitHit(hit) }
        for p in prefixAcronyms { spans.append(Span(firstToken: p, endToken: p + 1, label: .org, rule: "entity.acronym")) }
        if country == nil { country = possessiveCountry(before: a) }
        // The mention starts at the title nearest the name when bodies stand between.
        let titleStart = (prefixHits.last.map { $0.end > firstTitle ? $0.end : firstTitle } ?? firstTitle)
        let start = prefixAcronyms.last.map { max($0 + 1, titleStart) } ?? titleStart
        spans.append(
            Span(
                firstToken: start, endToken: b, label: .person, rule: "entity.title-person", country: country,
                titleTokens: k - start))
        return true
    }

    /// No head and no title: split at connectors and type each part on its own.
    mutating func splitAndClassify(_ a: Int, _ b: Int) {
        var k = a
        var partStart = a
        var parts: [(Int, Int)] = []
        while k <= b {
            let atBoundary =
                k == b
                || (hits[k] == nil && tokens[k].flags.contains(.isLowercase) && cues.connectors.contains(tokens[k].norm))
            if atBoundary {
                if partStart < k { parts.append((partStart, k)) }
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
        if parts.count == 1 {
            segment(a, b)
        } else {
            for (s, e) in parts { classify(s, e) }
        }
    }

    /// Emits the lexicon hits inside a part and types the runs between them.
    mutating func segment(_ a: Int, _ b: Int) {
        var k = a
        var run = a
        while k < b {
            guard let hit = hits[k], hit.end <= b else {
                k += 1
                continue
            }
            // "Liu Jian", "Lloyd Austin": a known name part before a town's name makes a person.
            if run < k, cues.isNamePart(tokens[k - 1].norm), hit.end - hit.start == 1, isMinorPlace(hit) {
                k = hit.end
                continue
            }
            // "Badr Abdelatty", "Hassan Ali": a town that is a given name, then the rest of a name.
            if startsName(hit, b) {
                k = hit.end
                continue
            }
            if run < k { unknownRun(run, k) }
            if let stop = extendedOrganisation(hit, limit: b) {
                spans.append(
                    Span(firstToken: hit.start, endToken: stop, label: .org, rule: "entity.org-extension",
                        country: gazetteer.entries[hit.entries[0]].country))
                k = stop
                run = k
                continue
            }
            emitHit(hit)
            k = hit.end
            run = k
        }
        if run < b { unknownRun(run, b) }
    }

    /// "Alibaba International Digital Commerce", "Shanghai Lingang International Data", "Jiangsu
    /// Etern": a known company, or a town or province, followed by capitalised words no lexicon
    /// knows is a longer company name.
    func extendedOrganisation(_ hit: Gazetteer.Hit, limit b: Int) -> Int? {
        guard hit.end < b, tokens[hit.end].kind == .word, tokens[hit.end].isCapitalized, hits[hit.end] == nil,
            !tokens[hit.end].isAllCaps || tokens[hit.end].norm.count > 4
        else { return nil }
        var stop = hit.end
        while stop < b, hits[stop] == nil, tokens[stop].kind == .word, tokens[stop].isCapitalized,
            cues.titleLength(at: stop, limit: b, tokens: tokens) == 0
        {
            stop += 1
        }
        let entries = hit.entries.map { gazetteer.entries[$0] }
        guard let entry = entries.first else { return nil }
        let words = (hit.end..<stop).map { tokens[$0].norm }
        if entry.label == .org && entry.kind != "intl-org" && entry.kind != "media" {
            // A company name runs on in ordinary capitalised words ("International Digital Commerce").
            return words.allSatisfy({ cues.isCommonWord($0) }) ? stop : nil
        }
        if entry.label == .gpe && ["city", "admin1", "capital"].contains(entry.kind ?? "") {
            // A place then a word that is no ordinary word and no name part opens a company name.
            guard let first = words.first, !cues.isCommonWord(first), !cues.isNamePart(first),
                !cues.nonNames.contains(first)
            else { return nil }
            return stop
        }
        return nil
    }

    func isPlaceOrNationality(_ hit: Gazetteer.Hit?) -> Bool {
        guard let hit else { return false }
        return hit.entries.contains { [.gpe, .norp].contains(gazetteer.entries[$0].label) }
    }

    /// A one-word town that is also a given name ("Badr", "Hassan") followed by the rest of a
    /// personal name up to `b`.
    func startsName(_ hit: Gazetteer.Hit, _ b: Int) -> Bool {
        hit.end - hit.start == 1 && hit.end < b && cues.isNamePart(tokens[hit.start].norm) && isMinorPlace(hit)
            && !(hit.end..<b).contains { hits[$0] != nil } && isPersonShaped(hit.start, b)
    }

    /// A town or city (not a country, province or capital) that may also be a name.
    func isMinorPlace(_ hit: Gazetteer.Hit) -> Bool {
        hit.entries.allSatisfy { i in
            let e = gazetteer.entries[i]
            return e.label == .gpe && (e.kind == "city" || e.kind == nil)
        }
    }

    /// Types a run of capitalised words that no lexicon knows.
    mutating func unknownRun(_ start: Int, _ stop: Int) {
        var a = start
        var b = stop
        while a < b, tokens[a].kind != .word || cues.nonNames.contains(tokens[a].norm) || tokens[a].flags.contains(.isJoiner) {
            a += 1
        }
        while b > a, tokens[b - 1].kind != .word || tokens[b - 1].flags.contains(.isJoiner) {
            if tokens[b - 1].kind == .number && b - 2 > a && tokens[b - 2].flags.contains(.isJoiner) { break }
            b -= 1
        }
        guard a < b else { return }
        // A run glued by a hyphen to a place ("Pakistan-MMI") is a product or project code, not a body.
        if (a > 0 && tokens[a].flags.contains(.spaceBefore) == false && tokens[a - 1].flags.contains(.isJoiner))
            || (b < tokens.count && tokens[b].flags.contains(.isJoiner))
        {
            return
        }
        // A title inside the run starts a new name ("Separately Mr. Sun Yangjun").
        if let t = ((a + 1)..<b).first(where: { cues.titleLength(at: $0, limit: b, tokens: tokens) > 0 && tokens[$0].isCapitalized }),
            isNameLike(t + cues.titleLength(at: t, limit: b, tokens: tokens), b) || t + 1 == b
        {
            unknownRun(a, t)
            unknownRun(t, b)
            return
        }
        // "US$24 billion", "U.S. $16.9 billion": a currency, not a country or a body.
        if b - a == 1, b < tokens.count, tokens[b].kind == .symbol, tokens[a].norm.count <= 4 { return }
        // Trailing titles ("Sun Yangjun DG") are not part of the name.
        while b - a > 1, cues.titleLength(at: b - 1, limit: b, tokens: tokens) == 1, tokens[b - 1].isAllCaps { b -= 1 }
        let country = possessiveCountry(before: a)
        let lead = cues.titleLength(at: a, limit: b, tokens: tokens)
        if lead > 0, a + lead < b, isNameLike(a + lead, b) {
            spans.append(
                Span(firstToken: a, endToken: b, label: .person, rule: "entity.title-person", country: country,
                    titleTokens: lead))
            return
        }
        if precededByTitle(a) && isNameLike(a, b) {
            spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.title-person", country: country))
            return
        }
        let words = (a..<b).filter { tokens[$0].kind == .word && !tokens[$0].flags.contains(.isJoiner) }
        if words.count >= 2 {
            if isPersonShaped(a, b) {
                spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.name-shape", country: country))
            } else if isProperPhrase(words) {
                spans.append(Span(firstToken: a, endToken: b, label: .org, rule: "entity.proper-phrase", country: country))
            }
            return
        }
        let t = tokens[a]
        if isDateline(a) {
            spans.append(Span(firstToken: a, endToken: b, label: .gpe, rule: "entity.dateline"))
            return
        }
        if isAcronym(t) || (words.count == 1 && b - a > 1 && isAcronym(t)) {
            spans.append(Span(firstToken: a, endToken: b, label: .org, rule: "entity.acronym", country: country))
            return
        }
        guard !cues.nonNames.contains(t.norm), t.norm.count > 1, b - a == 1 else { return }
        // A common word ("Xi", "Sun") is only ever a guess, kept if it is part of a person's name.
        if cues.isCommonWord(t.norm) && !cues.isNamePart(t.norm) {
            spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.unknown-name", isTentative: true))
            return
        }
        if isCounterparty(a) {
            spans.append(Span(firstToken: a, endToken: b, label: .org, rule: "entity.counterparty", country: country))
        } else if b < end, cues.speechVerbs.contains(tokens[b].norm) {
            spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.speaker", country: country))
        } else if a > sentenceStart, cues.placePrepositions.contains(tokens[a - 1].norm), !cues.isNamePart(t.norm) {
            spans.append(Span(firstToken: a, endToken: b, label: .gpe, rule: "entity.place-context"))
        } else {
            spans.append(Span(firstToken: a, endToken: b, label: .person, rule: "entity.unknown-name", isTentative: true))
        }
    }

    /// "signed with Ignite", "a partnership with Ignite": the other side of a deal is a body.
    func isCounterparty(_ a: Int) -> Bool {
        guard a >= 2, ["with", "between"].contains(tokens[a - 1].norm) else { return false }
        let verb = tokens[a - 2].norm
        return ["signed", "partnered", "partnership", "agreement", "mou", "deal", "contract", "pact", "inked"].contains(verb)
    }

    /// "Alibaba International Digital Commerce", "AKD Security": a proper name, then ordinary
    /// capitalised words — a company or body whose head word we do not know.
    func isProperPhrase(_ words: [Int]) -> Bool {
        guard let first = words.first, words.count >= 2 else { return false }
        let t = tokens[first]
        let proper = !cues.isCommonWord(t.norm) && !cues.isNamePart(t.norm) && !cues.nonNames.contains(t.norm)
        let common = words.dropFirst().contains { cues.isCommonWord(tokens[$0].norm) }
        // "Socio-Economic Development" is a phrase, "Junaco Cultivation … project" a project.
        let compound = first + 1 < tokens.count && tokens[first + 1].flags.contains(.isJoiner)
        let last = words[words.count - 1]
        let project = last + 1 < end && ["project", "projects", "programme", "program", "scheme"].contains(tokens[last + 1].norm)
        return proper && common && first != sentenceStart && !compound && !project
    }

    // MARK: - Context rules

    /// "the Chinese embassy", "the Indian foreign ministry", "the Khyber Pakhtunkhwa police": an
    /// institution named in lowercase after its nationality or place.
    mutating func embassyRule() {
        let institutions: Set<String> = ["embassy", "consulate", "ministry", "police"]
        let modifiers: Set<String> = ["foreign", "defence", "defense", "interior", "commerce", "finance", "provincial"]
        for (_, hit) in hits.sorted(by: { $0.key < $1.key }) {
            guard let entry = hit.entries.first.map({ gazetteer.entries[$0] }),
                entry.label == .norp || (entry.label == .gpe && entry.kind != "country")
            else { continue }
            var k = hit.end
            while k < end, tokens[k].flags.contains(.isLowercase), modifiers.contains(tokens[k].norm) { k += 1 }
            guard k < end, institutions.contains(tokens[k].norm), tokens[k].flags.contains(.isLowercase),
                entry.label == .norp || tokens[k].norm == "police"
            else { continue }
            spans.append(
                Span(firstToken: hit.start, endToken: k + 1, label: .org, rule: "entity.embassy", country: entry.country))
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
        let opensLine =
            a == sentence.firstToken || t.flags.contains(.lineBreakBefore)
            || (a > 0 && tokens[a - 1].norm == "(" && tokens[a - 1].flags.contains(.lineBreakBefore))
        guard t.isAllCaps, t.norm.count >= 4, opensLine, a + 1 < tokens.count else { return false }
        return [":", ",", "-", "/", ")", "("].contains(tokens[a + 1].norm)
    }

    mutating func emitHit(_ hit: Gazetteer.Hit) {
        let entries = hit.entries.map { gazetteer.entries[$0] }
        // Several entries share the name ("MCC"): prefer one of the article's countries.
        guard let entry = entries.first(where: { e in e.country.map { doc.pair.contains($0) } ?? false }) ?? entries.first
        else { return }
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
        // "PRESIDENT", "WORLD": an ordinary word set in capitals is no acronym.
        if t.isAllCaps && t.norm.count >= 4 && (cues.isCommonWord(t.norm)
            || cues.titles.contains(t.norm))
        {
            return false
        }
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
            if hits[k] != nil || isCoveredByHit(k) {
                // A place or body inside is no personal name, unless it is a town that is also a name part.
                if !(cues.isNamePart(t.norm) || hits[k].map(isMinorPlace) == true) { return false }
            }
            if cues.headLabel(t.norm) != nil && !cues.isNamePart(t.norm) { return false }
            if t.isAllCaps && t.norm.count > 1 && k == a && b - a > 1 && !cues.isNamePart(t.norm) { return false }
            if !cues.isCommonWord(t.norm) || cues.isNamePart(t.norm) { sawName = true }
        }
        return sawName
    }

    /// Two or more words that look like a personal name.
    func isPersonShaped(_ a: Int, _ b: Int) -> Bool {
        guard a < b, isNameLike(a, b) else { return false }
        let words = (a..<b).filter { tokens[$0].kind == .word && !tokens[$0].flags.contains(.isJoiner) }
        guard !words.isEmpty else { return false }
        if words.allSatisfy({ tokens[$0].isAllCaps && tokens[$0].norm.count > 1 }) { return false }
        // "Raikot-Thakot", "Karachi-Peshawar": words glued only by hyphens name a route or a pair.
        if isGluedGroup(a, b) { return false }
        let known = words.contains { cues.isNamePart(tokens[$0].norm) }
        let first = tokens[words[0]].norm
        if cues.chineseSurnames.contains(first) { return true }
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
        if found.isEmpty { return possessiveCountry(before: a) ?? countryAfter(b) }
        return nil
    }

    /// "… Ministry of Education of China": the country an "of" right after a name gives it.
    func countryAfter(_ b: Int) -> String? {
        guard b + 1 < end, tokens[b].norm == "of" else { return nil }
        let k = tokens[b + 1].norm == "the" ? b + 2 : b + 1
        guard k < end, let hit = hits[k] else { return nil }
        return hit.entries.map { gazetteer.entries[$0] }.first { $0.kind == "country" }?.country
    }
}
