import CorridorModel

// MARK: - Titles with a portfolio

extension ChunkClassifier {
    /// "Minister for Maritime Affairs Qaiser Ahmed Sheikh", "Minister of State for Finance Bilal Azhar
    /// Kayani", "President of the Asian Development Bank Masato Kanda": a title, "for", "of" or "on",
    /// a portfolio, then a personal name.
    ///
    /// The portfolio is capitalised ordinary words, head words, places and bodies; the name starts
    /// at the first word that is none of these. The person is an `entity.title-person` span; lexicon
    /// hits inside the portfolio are emitted as they are. When the portfolio holds no hit, the title
    /// and portfolio are part of the mention, as other titles are.
    ///
    /// - Returns: the token ranges the rule has typed, in text order; chunking skips them.
    mutating func portfolioRule() -> [Range<Int>] {
        var claims: [Range<Int>] = []
        var p = sentence.firstToken + 1
        while p < end {
            let link = tokens[p]
            guard link.flags.contains(.isLowercase), link.norm == "of" || link.norm == "for" || link.norm == "on",
                let titleStart = titleEnding(at: p), let (after, nameStart, nameEnd) = portfolioName(after: p)
            else {
                p += 1
                continue
            }
            let portfolioHits = hits.filter { $0.key > p && $0.key < after }.sorted { $0.key < $1.key }.map(\.value)
            // The country before the title, else the one country of the bodies and places in the
            // portfolio ("Governor of the State Bank of Pakistan …").
            let country = countryBefore(titleStart) ?? soleCountry(portfolioHits)
            let start = portfolioHits.isEmpty ? titleStart : after
            for hit in portfolioHits { emitHit(hit) }
            if let hit = hits[nameStart], let entry = personEntry(hit) {
                spans.append(
                    Span(
                        firstToken: start, endToken: nameEnd, label: .person, rule: "gaz:\(entry.id)",
                        lexiconID: entry.id, country: entry.country, titleTokens: nameStart - start))
            } else {
                spans.append(
                    Span(
                        firstToken: start, endToken: nameEnd, label: .person, rule: "entity.title-person",
                        country: country, titleTokens: nameStart - start))
            }
            claims.append((portfolioHits.isEmpty ? titleStart : p)..<nameEnd)
            p = nameEnd
        }
        return claims
    }

    /// The first token of the title phrase (modifiers included) that ends right before `p`, when the
    /// longest title starting there ends at `p` too ("Secretary of State" is one title, not
    /// "Secretary" of "State").
    func titleEnding(at p: Int) -> Int? {
        var found: Int?
        for n in 1...min(cues.maxTitleWords + 3, 6) where p - n >= sentence.firstToken {
            let s = p - n
            if hits[s] != nil || isCoveredByHit(s) { break }
            if cues.titleLength(at: s, limit: p, tokens: tokens) == n { found = s }
        }
        guard var s = found, cues.titleLength(at: s, limit: end, tokens: tokens) == p - s else { return nil }
        // "Adviser to the Prime Minister on Finance": the office is the adviser's.
        var to = s - 1
        if to > sentence.firstToken, tokens[to].norm == "the" { to -= 1 }
        if to > sentence.firstToken, tokens[to].norm == "to", let outer = titleEnding(at: to) {
            s = outer
        }
        return s
    }

    /// The personal name after the portfolio that follows the link word at `p`: the first token
    /// after the portfolio, and the start and end of the name (after any title of its own).
    func portfolioName(after p: Int) -> (Int, Int, Int)? {
        var k = p + 1
        if k < end, tokens[k].norm == "the" { k += 1 }
        var words = 0
        while k < end {
            if let hit = hits[k] {
                if personEntry(hit) != nil || startsName(hit, nameRunEnd(from: k)) { break }
                words += 1
                k = hit.end
                continue
            }
            let t = tokens[k]
            if isPortfolioWord(t) {
                words += 1
                k += 1
            } else if (t.flags.contains(.isLowercase) && cues.connectors.contains(t.norm)) || t.norm == ","
                || t.flags.contains(.isJoiner)
            {
                k += 1
            } else {
                break
            }
        }
        guard words > 0, k < end, tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
        // A title of the person's own ("… on Finance Dr. Abdul Hafeez Shaikh") belongs to the mention.
        let lead = hits[k] == nil ? cues.titleLength(at: k, limit: end, tokens: tokens) : 0
        guard let (nameStart, nameEnd) = name(at: k + lead) else { return nil }
        return (k, nameStart, nameEnd)
    }

    /// The personal name that starts at `k`, as (start, end).
    func name(at k: Int) -> (Int, Int)? {
        guard k < end, tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
        if let hit = hits[k] {
            if personEntry(hit) != nil { return (k, hit.end) }
            guard startsName(hit, nameRunEnd(from: k)) else { return nil }
        }
        let stop = nameRunEnd(from: k)
        guard stop > k, isNameLike(k, stop) else { return nil }
        if stop - k == 1 && (cues.isCommonWord(tokens[k].norm) || cues.nonNames.contains(tokens[k].norm)) { return nil }
        let innerTitle = ((k + 1)..<stop).contains { cues.titleLength(at: $0, limit: stop, tokens: tokens) > 0 }
        if innerTitle { return nil }
        return (k, stop)
    }

    /// A capitalised ordinary word, head word or title modifier that is not a name part: "Maritime",
    /// "Affairs", "Finance", "Railways".
    func isPortfolioWord(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, !cues.isNamePart(t.norm), !cues.nonNames.contains(t.norm) else {
            return false
        }
        return cues.isCommonWord(t.norm) || cues.headLabel(t.norm) != nil || cues.titleModifiers.contains(t.norm)
    }

    /// The end of the run of capitalised words (with particles and glued hyphens) starting at `k`.
    func nameRunEnd(from k: Int) -> Int {
        var j = k
        while j < end {
            let t = tokens[j]
            if t.kind == .word && t.isCapitalized && (j == k || (hits[j] == nil && !isCoveredByHit(j))) {
                j += 1
            } else if j > k, j + 1 < end, t.flags.contains(.isJoiner) || cues.particles.contains(t.norm),
                tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized
            {
                j += 1
            } else {
                break
            }
        }
        while j > k + 1, cues.nonNames.contains(tokens[j - 1].norm), !endsName(j - 1, from: k) { j -= 1 }
        return j
    }

    /// The one country the hits belong to, if they agree.
    func soleCountry(_ found: [Gazetteer.Hit]) -> String? {
        var countries = Set<String>()
        for hit in found {
            if let c = hit.entries.compactMap({ gazetteer.entries[$0].country }).first { countries.insert(c) }
        }
        return countries.count == 1 ? countries.first : nil
    }

    /// The person entry of a lexicon hit, if it has one.
    func personEntry(_ hit: Gazetteer.Hit) -> LexiconEntry? {
        hit.entries.map { gazetteer.entries[$0] }.first { $0.label == .person }
    }

    /// The country of a place or nationality right before `a` ("Chinese Minister …"), or of a
    /// possessive ("Pakistan's Minister …").
    func countryBefore(_ a: Int) -> String? {
        for (_, hit) in hits where hit.end == a {
            let e = hit.entries.map { gazetteer.entries[$0] }.first { $0.label == .gpe || $0.label == .norp }
            if let e { return e.country }
        }
        return possessiveCountry(before: a)
    }
}
