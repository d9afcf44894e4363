public import CorridorModel

/// Finds named projects — ports, railways, roads, airports, mines, power plants, dams, zones, data
/// centres, satellites, programmes — with their sector, place and reported status.
///
/// A project is named by
/// - a facility or programme entity whose last word is a project head ("Gwadar Port", "Karakoram
///   Highway", "China-Pakistan Economic Corridor", "Saindak Copper-Gold Project"), in a sentence
///   about building, upgrading, financing, running or handing it over — or whose head alone makes
///   it a project ("… Project", "… Corridor", "… Dam", "… Mission");
/// - a name followed by a lowercase project head ("ML-1 railway", "Gwadar port", "SKY47 data
///   centers", "the Saindak and Siadak mines", "Lady Health Workers Workstations project");
/// - a lowercase head before a place ("a tunnel at Babusar", "Desalination Plant in Gwadar").
///
/// Reports of one project merge by shared names and aliases. The status is the last status cue
/// (`project.status.*`) in a sentence that names it.
struct ProjectExtractor {
    let context: FactContext
    /// The sector of a project's words.
    let sector: (Range<Int>) -> Sector?
    var records: [Project] = []
    /// For each record, every lookup key of its names.
    var keys: [Set<String>] = []
    /// The status cue of the sentence being read, and its rule id.
    var sentenceStatus: LifecycleStatus?
    var statusRule: String?
    /// Whether the sentence being read is about developing or running something.
    var sentenceDevelops = false

    init(context: FactContext, sector: @escaping (Range<Int>) -> Sector?) {
        self.context = context
        self.sector = sector
    }

    var tokens: [Token] { context.tokens }

    /// Heads that make a name a project wherever it is mentioned.
    static let strongHeads: Set<String> = [
        "project", "projects", "corridor", "dam", "mission", "satellite", "programme", "program", "zone", "zones",
        "railway", "motorway", "expressway", "seaport", "pipeline", "refinery", "mine", "mines",
    ]

    mutating func run() -> [Project] {
        for (n, sentence) in context.doc.sentences.enumerated() where !sentence.isFurniture {
            let range = sentence.tokenRange
            let found = status(in: range)
            sentenceStatus = found?.0
            statusRule = found?.1
            sentenceDevelops = range.contains { context.triggers.projectContext.contains(tokens[$0].norm) } || sentenceStatus != nil
            let development = sentenceDevelops
            for (t, e) in context.entities(in: range) {
                let span = context.spanOfToken[t].map { context.doc.entitySpans[$0] }
                let end = span?.endToken ?? t + 1
                if let (names, stop) = headAfter(e, start: t, end: end, in: range) {
                    for name in names { add(name, entity: name.entity, sentence: n, range: t..<stop, rule: "project.name-head") }
                    continue
                }
                guard isProjectEntity(e, development: development), !isLocation(t, in: range) else { continue }
                add(Name(text: context.doc.entities[e].name, entity: e), entity: e, sentence: n, range: t..<end, rule: "project.entity")
            }
            capitalisedRuns(in: range, sentence: n)
            headBeforePlace(in: range, sentence: n)
            enumeratedProjects(in: range, sentence: n)
        }
        return records.enumerated().map { n, r in
            var r = r
            r.id = "p\(n + 1)"
            return r
        }
    }

    /// A project name and the entity it comes from.
    struct Name {
        var text: String
        var entity: Int?
        var aliases: [String] = []
    }

    // MARK: - Rules

    /// Whether an entity names a project by itself.
    func isProjectEntity(_ e: Int, development: Bool) -> Bool {
        let entity = context.doc.entities[e]
        guard [.fac, .law, .org].contains(entity.type) else { return false }
        // A facility the lexicon knows (a mine, a dam, a plant, a port) in a sentence about building
        // or running something ("the Reko Diq copper and gold project").
        if entity.type == .fac, entity.lexiconID?.hasPrefix("fac.") == true, development { return true }
        guard let head = headWord(entity.name) else { return false }
        guard isProjectHead(head) else { return false }
        if entity.type == .org && !["corridor", "zone", "zones", "project"].contains(head) { return false }
        return Self.strongHeads.contains(head) || development
    }

    /// "ML-1 railway", "Gwadar port", "SKY47 data centers", "the Saindak and Siadak mines": a
    /// name followed by a lowercase project head (and "project"), each coordinated name its own.
    func headAfter(_ e: Int, start: Int, end: Int, in range: Range<Int>) -> ([Name], Int)? {
        guard end < range.upperBound, tokens[end].flags.contains(.isLowercase) || tokens[end].kind == .punct else {
            return nil
        }
        // "the Raxaul-Kathmandu railway", "Uzbekistan-Afghanistan-Pakistan railway": places joined by
        // hyphens or dashes name one route; the name starts with the first of them.
        var first = start
        while first >= 2, tokens[first - 1].kind == .punct, ["-", "--"].contains(tokens[first - 1].norm),
            !tokens[first - 1].flags.contains(.spaceBefore) || !tokens[first].flags.contains(.spaceBefore),
            tokens[first - 2].kind == .word, tokens[first - 2].isCapitalized
        {
            var j = first - 2
            while j > range.lowerBound, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized,
                context.entityOfToken[j - 1] != nil && context.entityOfToken[j - 1] == context.entityOfToken[j]
            {
                j -= 1
            }
            first = j
        }
        if first < start, let stop = headEnd(from: end, in: range), !context.doc.text(tokens: end..<stop).isEmpty {
            let name = context.doc.text(tokens: first..<stop)
            return ([Name(text: name, entity: nil)], stop)
        }
        // "India's first bullet train": a possessive place, then the head.
        var names = [Name(text: context.doc.entities[e].name, entity: e)]
        var k = end
        var possessive = false
        if tokens[k].norm == "'s", context.type(e) == .gpe {
            possessive = true
            k += 1
        }
        // Coordinated names: "Saindak and Siadak mining initiatives" (the second may be unknown).
        if !possessive, tokens[k].norm == "and", k + 1 < range.upperBound, tokens[k + 1].isCapitalized, end - start == 1 {
            if let other = context.entityOfToken[k + 1], other != e,
                context.type(other) == context.type(e) || [.gpe, .fac, .org].contains(context.type(other))
            {
                let otherEnd = context.spanOfToken[k + 1].map { context.doc.entitySpans[$0].endToken } ?? k + 2
                names.append(Name(text: context.doc.entities[other].name, entity: other))
                k = otherEnd
            } else if context.entityOfToken[k + 1] == nil, k + 2 < range.upperBound, tokens[k + 2].flags.contains(.isLowercase),
                !context.triggers.modifierFollowers.contains(tokens[k + 2].norm)
            {
                names.append(Name(text: context.doc.text(of: tokens[k + 1]), entity: nil))
                k += 2
            }
        }
        guard let stop = headEnd(from: k, in: range) else { return nil }
        return finish(names, base: e, start: start, headStart: k, stop: stop, possessive: possessive, range: range)
    }

    /// The end of a lowercase project head starting at `k`: up to two modifiers (no verbs,
    /// prepositions or articles) and a head word, optionally followed by "project".
    func headEnd(from k: Int, in range: Range<Int>) -> Int? {
        var stop = k
        var words: [String] = []
        while stop < min(range.upperBound, k + 6), words.count < 4 {
            // "high-speed railway": a hyphen glued inside the head.
            if tokens[stop].flags.contains(.isJoiner), !words.isEmpty {
                stop += 1
                continue
            }
            guard tokens[stop].kind == .word, tokens[stop].flags.contains(.isLowercase) else { break }
            let w = tokens[stop].norm
            // "copper and gold project": "and" between modifiers.
            if w == "and" && words.isEmpty { return nil }
            words.append(w)
            let phrase = words.joined(separator: " ")
            let pair = words.count >= 2 ? words[words.count - 2] + " " + w : ""
            let glued = stop > k && tokens[stop - 1].flags.contains(.isJoiner) && words.count >= 2
                ? words[words.count - 2] + "-" + w : ""
            stop += 1
            if w == "and" { continue }
            if isProjectHead(w) || isProjectHead(phrase) || isProjectHead(pair) || (!glued.isEmpty && isProjectHead(glued)) {
                if stop < range.upperBound, ["project", "projects"].contains(tokens[stop].norm) { stop += 1 }
                return stop
            }
            if context.triggers.modifierFollowers.contains(w) || ["the", "a", "an", "his", "her", "its", "their", "said"].contains(w)
                || (w.hasSuffix("ed") && w.count > 4)
            {
                return nil
            }
        }
        return nil
    }

    /// Builds the names of a name-plus-head project.
    func finish(
        _ names: [Name], base e: Int, start: Int, headStart k: Int, stop: Int, possessive: Bool, range: Range<Int>
    ) -> ([Name], Int)? {
        let head = context.doc.text(tokens: k..<stop)
        // A place before a generic head is a project only in a development sentence ("Karachi airport" is not).
        let strong = (k..<stop).contains { Self.strongHeads.contains(tokens[$0].norm) }
        if !strong && !hasDevelopmentCue(range) { return nil }
        // Persons and nationalities do not name projects.
        guard names.allSatisfy({ [.gpe, .fac, .org, .law, .loc].contains(context.type($0.entity ?? e)) }) else { return nil }
        if possessive {
            // "India's first bullet train": named as written, no alias for the country.
            return ([Name(text: context.doc.text(tokens: start..<stop), entity: nil)], stop)
        }
        let single = names.count == 1
        return (
            names.map { n in
                var n = n
                let base = n.text
                let surface = n.entity.flatMap { context.doc.entities[$0].mentions.first?.text } ?? base
                if single {
                    n.text = surface + " " + head
                    n.aliases = [base]
                } else {
                    n.aliases = [base + " " + singular(head)]
                }
                return n
            }, stop
        )
    }

    /// "IT industrial parks", "the Lady Health Workers Workstations project", "Pakistan Manned
    /// Mission": capitalised words no entity covers, closed by a project head.
    mutating func capitalisedRuns(in range: Range<Int>, sentence n: Int) {
        var k = range.lowerBound
        while k < range.upperBound {
            guard tokens[k].kind == .word, tokens[k].isCapitalized, k > range.lowerBound || context.entityOfToken[k] != nil else {
                k += 1
                continue
            }
            var j = k
            var covered = true
            while j < range.upperBound {
                if tokens[j].kind == .word && tokens[j].isCapitalized {
                    if context.entityOfToken[j].map({ context.type($0) == .person }) ?? true { covered = false }
                    j += 1
                } else if tokens[j].flags.contains(.isJoiner) || (tokens[j].norm == "and" && j + 1 < range.upperBound && tokens[j + 1].isCapitalized) {
                    j += 1
                } else {
                    break
                }
            }
            defer { k = max(j, k + 1) }
            guard !covered else { continue }
            let last = tokens[j - 1].norm
            // "Saindak and Siadak mines": one-word names joined by "and" are projects each.
            let words = (k..<j).filter { tokens[$0].kind == .word }
            if words.count == 3, tokens[words[1]].norm == "and", let stop = headEnd(from: j, in: range) {
                let head = context.doc.text(tokens: j..<stop)
                for w in [words[0], words[2]] {
                    var named = Name(text: context.doc.text(of: tokens[w]), entity: nil)
                    named.aliases = [context.doc.text(of: tokens[w]) + " " + singular(head)]
                    add(named, entity: context.entityOfToken[w], sentence: n, range: w..<stop, rule: "project.capitalised-head")
                }
                j = stop
                continue
            }
            if j - k >= 2, Self.strongHeads.contains(last) && isProjectHead(last) && last != "program" && last != "programme" {
                let name = context.doc.text(tokens: k..<j)
                add(Name(text: name, entity: nil), entity: nil, sentence: n, range: k..<j, rule: "project.capitalised-head")
                continue
            }
            if let stop = headEnd(from: j, in: range) {
                let name = context.doc.text(tokens: k..<stop)
                var named = Name(text: name, entity: nil)
                if ["project", "projects"].contains(tokens[stop - 1].norm) {
                    named.aliases = [context.doc.text(tokens: k..<(stop - 1))]
                }
                add(named, entity: nil, sentence: n, range: k..<stop, rule: "project.capitalised-head")
                j = stop
            }
        }
    }

    /// "six cooperative projects including a tunnel and a Confucius Institute": the named items.
    mutating func enumeratedProjects(in range: Range<Int>, sentence n: Int) {
        guard let including = range.first(where: { k in
            ["including", "include", "includes", "included"].contains(tokens[k].norm) && k > range.lowerBound
                && ["projects", "project"].contains(tokens[k - 1].norm)
        })
        else { return }
        for (t, e) in context.entities(in: (including + 1)..<range.upperBound) where [.org, .fac].contains(context.type(e)) {
            let end = context.spanOfToken[t].map { context.doc.entitySpans[$0].endToken } ?? t + 1
            add(Name(text: context.doc.entities[e].name, entity: e), entity: e, sentence: n, range: t..<end, rule: "project.enumeration")
        }
    }

    /// A facility named as where something is ("on the Mansehra-Chilas National Highway", "taken to
    /// Chinese Space Station") is a location, not a project — unless "on" follows a noun of work
    /// or of a deal, which makes the facility its topic ("Work on the Karot Hydropower Project",
    /// "progress on the ML-1 railway", "an agreement on the Karakoram Highway").
    func isLocation(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        if j >= range.lowerBound, tokens[j].norm == "the" { j -= 1 }
        guard j >= range.lowerBound else { return false }
        let w = tokens[j].norm
        if w == "on", j > range.lowerBound, isTopicNoun(j - 1) { return false }
        return ["on", "at", "near", "along", "to", "from", "into", "inside", "outside"].contains(w)
    }

    /// A noun whose "on" names what it is about: work, progress, a deal or a study.
    func isTopicNoun(_ k: Int) -> Bool {
        let w = tokens[k].norm
        if Self.topicNouns.contains(w) || context.triggers.projectContext.contains(w) { return true }
        return context.triggers.agreementNouns.hits(in: k..<(k + 1), tokens: tokens).contains { $0.end == k + 1 }
    }

    static let topicNouns: Set<String> = [
        "work", "works", "progress", "talks", "study", "studies", "feasibility", "deal", "cooperation", "contract",
    ]

    /// "a tunnel at Babusar", "Desalination Plant in Gwadar": a head before "at"/"in" and a place.
    mutating func headBeforePlace(in range: Range<Int>, sentence n: Int) {
        for hit in context.triggers.projectHeads.hits(in: range, tokens: tokens) {
            let k = hit.end
            guard k + 1 < range.upperBound, ["at", "in"].contains(tokens[k].norm),
                let place = context.entityOfToken[k + 1], [.gpe, .loc].contains(context.type(place)),
                context.entityOfToken[hit.start] == nil, hit.start > range.lowerBound,
                ["a", "an", "the"].contains(tokens[hit.start - 1].norm) || tokens[hit.start].isCapitalized
                    || context.triggers.projectContext.contains(tokens[hit.start - 1].norm)
            else { continue }
            let head = context.doc.text(tokens: hit.start..<hit.end)
            let last = tokens[hit.end - 1].norm
            guard Self.strongHeads.contains(last) || ["tunnel", "plant", "bridge", "port"].contains(last)
                || last.hasPrefix("data cent") || hit.end - hit.start >= 2
            else { continue }
            let placeEnd = context.spanOfToken[k + 1].map { context.doc.entitySpans[$0].endToken } ?? k + 2
            let placeName = context.doc.text(tokens: (k + 1)..<placeEnd)
            var name = Name(text: placeName + " " + head.lowercased(), entity: nil)
            name.aliases = ["\(head) \(tokens[k].norm) \(placeName)"]
            add(name, entity: nil, sentence: n, range: hit.start..<placeEnd, rule: "project.head-place")
        }
    }

    // MARK: - Records

    mutating func add(_ name: Name, entity: Int?, sentence n: Int, range: Range<Int>, rule: String) {
        var names = [name.text] + name.aliases
        if let e = entity {
            names += context.doc.entities[e].aliases
        }
        // Spelling variants ("Gawadar Port", "Gwadar Port") share their consonants.
        let nameKeys = Set(names.map(TextFolding.key)).union(names.map { "~" + Self.skeleton(TextFolding.key($0)) })
        let status = sentenceStatus
        if let r = keys.firstIndex(where: { !$0.isDisjoint(with: nameKeys) }) {
            if !records[r].evidence.contains(where: { $0.sentenceIndex == n }) {
                records[r].evidence.append(context.evidence(sentence: n, rule: rule))
            }
            for a in names where TextFolding.key(a) != TextFolding.key(records[r].name) && !records[r].aliases.contains(a) {
                records[r].aliases.append(a)
            }
            keys[r].formUnion(nameKeys)
            if let status {
                records[r].status = status
                records[r].statusEvidence = context.evidence(sentence: n, rule: statusRule ?? rule)
            }
            return
        }
        let place = entity.flatMap { placeOf($0) } ?? context.entities(in: range).first { context.type($0.entity) == .gpe }?.entity
        var seen = Set([TextFolding.key(name.text)])
        let aliases = names.dropFirst().filter { seen.insert(TextFolding.key($0)).inserted }
        records.append(
            Project(
                id: "", name: name.text, aliases: aliases, sector: sector(range), place: place.map(context.id),
                status: status, statusEvidence: status.map { _ in context.evidence(sentence: n, rule: statusRule ?? rule) },
                evidence: [context.evidence(sentence: n, rule: rule)]))
        keys.append(nameKeys)
    }

    /// The place a project is in: a place named inside its name ("Gwadar Port" → Gwadar).
    func placeOf(_ e: Int) -> Int? {
        for m in context.doc.entities[e].mentions {
            let words = Set(m.text.split(separator: " ").map { TextFolding.key($0) })
            if let p = context.doc.entities.indices.first(where: { i in
                context.doc.entities[i].type == .gpe && words.contains(TextFolding.key(context.doc.entities[i].name))
            }) {
                return p
            }
        }
        return nil
    }

    /// The last status cue in a sentence that is not in the future or negated ("will be completed",
    /// "has not been completed", "called for a swift completion" carry no status).
    func status(in range: Range<Int>) -> (LifecycleStatus, String)? {
        for hit in context.triggers.projectStatus.hits(in: range, tokens: tokens).reversed() {
            let trigger = context.triggers.projectStatus.triggers[hit.trigger]
            guard let status = LifecycleStatus(rawValue: trigger.status ?? "") else { continue }
            let before = max(range.lowerBound, hit.start - 3)..<hit.start
            let hedged = before.contains { context.triggers.future.contains(tokens[$0]) || context.triggers.negations.contains(tokens[$0]) }
            if hedged && status != .planned { continue }
            return (status, trigger.id)
        }
        return nil
    }

    // MARK: - Words

    func hasDevelopmentCue(_ range: Range<Int>) -> Bool { sentenceDevelops }

    func isProjectHead(_ phrase: String) -> Bool {
        context.triggers.projectHeadWords.contains(phrase)
    }

    /// The last alphabetic word of a name ("Main Line-1" → "line").
    func headWord(_ name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { TextFolding.key($0) }
        return words.last { $0.first?.isLetter == true }
    }

    /// A name's consonants, for matching spelling variants of one name.
    static func skeleton(_ key: String) -> String {
        String(key.filter { !"aeiou".contains($0) })
    }

    func singular(_ head: String) -> String {
        let h = head.lowercased()
        if h.hasSuffix("ies") { return String(h.dropLast(3)) + "y" }
        if h.hasSuffix("s") && !h.hasSuffix("ss") { return String(h.dropLast()) }
        return h
    }
}
