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
            let located = appositives(in: range, sentence: n)
            for (t, e) in context.entities(in: range) {
                let span = context.spanOfToken[t].map { context.doc.entitySpans[$0] }
                let end = span?.endToken ?? t + 1
                if let (names, stop, first) = headAfter(e, start: t, end: end, in: range) {
                    // "off the Nairobi-Mombasa highway": a place on the way, unless its head makes it
                    // a project wherever it is named ("on CPEC projects").
                    let strong = (end..<stop).contains { Self.strongHeads.contains(tokens[$0].norm) }
                    guard strong || !isLocation(first, in: range) else { continue }
                    for name in names { add(name, entity: name.entity, sentence: n, range: t..<stop, rule: "project.name-head") }
                    continue
                }
                // A "… Project" is an undertaking, never only the place where something happens.
                let undertaking = headWord(context.doc.entities[e].name) == "project"
                guard isProjectEntity(e, development: development),
                    undertaking || (!isLocation(t, in: range) && !located.contains(t))
                else {
                    continue
                }
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
    func headAfter(_ e: Int, start: Int, end: Int, in range: Range<Int>) -> ([Name], Int, Int)? {
        guard end < range.upperBound, tokens[end].flags.contains(.isLowercase) || tokens[end].kind == .punct else {
            return nil
        }
        // "the Mombasa-Kisumu (MKR) railway": an acronym in brackets between the
        // name and its head is another name of the project.
        var headStart = end
        var acronym: String?
        if end + 3 < range.upperBound, tokens[end].norm == "(", tokens[end + 2].norm == ")", tokens[end + 1].kind == .word,
            tokens[end + 1].isAllCaps, tokens[end + 3].flags.contains(.isLowercase)
        {
            acronym = context.doc.text(of: tokens[end + 1])
            headStart = end + 3
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
        if first < start, let stop = headEnd(from: headStart, in: range), !context.doc.text(tokens: headStart..<stop).isEmpty {
            let head = context.doc.text(tokens: headStart..<stop)
            var name = Name(text: context.doc.text(tokens: first..<stop), entity: nil)
            if let acronym {
                name.text = context.doc.text(tokens: first..<end) + " " + head
                name.aliases = [acronym + " " + head, acronym]
            }
            return ([name], stop, first)
        }
        // "India's first bullet train": a possessive place, then the head.
        var names = [Name(text: context.doc.entities[e].name, entity: e)]
        var k = headStart
        var possessive = false
        if tokens[k].norm == "'s", context.type(e) == .gpe {
            // "… and is Nigeria's first deep-water port": a description of a project named before.
            // So is an apposition: "The Phnom Penh-Sihanoukville Expressway, Cambodia's first expressway, …".
            if start > range.lowerBound, Self.copulas.contains(tokens[start - 1].norm) || tokens[start - 1].norm == "," {
                return nil
            }
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
        guard let stop = headEnd(from: k, in: range),
            var found = finish(names, base: e, start: start, headStart: k, stop: stop, possessive: possessive, range: range)
        else { return nil }
        if let acronym, found.count == 1 {
            found[0].aliases += [acronym + " " + context.doc.text(tokens: k..<stop), acronym]
        }
        return (found, stop, start)
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
            let compound = stop > k && tokens[stop - 1].flags.contains(.isJoiner)
            let glued = compound && words.count >= 2 ? words[words.count - 2] + "-" + w : ""
            stop += 1
            if w == "and" { continue }
            if isProjectHead(w) || isProjectHead(phrase) || isProjectHead(pair) || (!glued.isEmpty && isProjectHead(glued)) {
                // "credit line", "loan facility": money, not a facility.
                if words.count >= 2, Self.financeWords.contains(words[words.count - 2]) { return nil }
                // "railway line", "rail link": the longer head.
                if stop < range.upperBound, tokens[stop].flags.contains(.isLowercase), isProjectHead(w + " " + tokens[stop].norm) {
                    stop += 1
                }
                if stop < range.upperBound, ["project", "projects"].contains(tokens[stop].norm) { stop += 1 }
                return stop
            }
            // A participle ends the head ("the Gwadar port handed over"), but not inside a hyphenated
            // modifier ("high-speed railway", "coal-fired plant").
            if context.triggers.modifierFollowers.contains(w) || ["the", "a", "an", "his", "her", "its", "their", "said"].contains(w)
                || (WordShape.isPastParticiple(w) && !compound)
            {
                return nil
            }
        }
        return nil
    }

    /// Builds the names of a name-plus-head project.
    func finish(
        _ names: [Name], base e: Int, start: Int, headStart k: Int, stop: Int, possessive: Bool, range: Range<Int>
    ) -> [Name]? {
        let head = context.doc.text(tokens: k..<stop)
        // A place before a generic head is a project only in a development sentence ("Karachi airport" is not).
        let strong = (k..<stop).contains { Self.strongHeads.contains(tokens[$0].norm) }
        if !strong && !hasDevelopmentCue(range) { return nil }
        // Persons and nationalities do not name projects; a name read as an event does before a
        // head (a name ending in "Summit" before "highway").
        guard names.allSatisfy({ [.gpe, .fac, .org, .law, .loc, .event].contains(context.type($0.entity ?? e)) }) else {
            return nil
        }
        if possessive {
            // "India's first bullet train": named as written, no alias for the country.
            return [Name(text: context.doc.text(tokens: start..<stop), entity: nil)]
        }
        let single = names.count == 1
        return names.map { n in
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
            }
    }

    /// "IT industrial parks", "the Lady Health Workers Workstations project", "Pakistan Manned
    /// Mission": capitalised words no entity covers, closed by a project head.
    /// Rail words that name the same kind of route, longest first.
    static let railHeads = ["railway line", "rail line", "rail link", "railway", "railroad", "line", "rail"]

    static let copulas: Set<String> = ["is", "was", "are", "were", "become", "becomes", "became", "as", "remains"]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"]

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
            // '"The port is …"': an article opening a quote names nothing.
            if j - k == 1, Self.determiners.contains(tokens[k].norm) { continue }
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
            // A strong head closes a name anywhere: "Pakistan Manned Mission".
            let strong = Self.strongHeads.contains(last) && last != "program" && last != "programme"
            if j - k >= 2, isProjectHead(last), strong {
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
                continue
            }
            // A weak head closes a name only in a body sentence about building or financing (in a
            // title-case headline capitals say nothing): "Great Lakes Regional Transport Route".
            if j - k >= 2, words.count >= 3, isProjectHead(last), !context.doc.sentences[n].isHeading, sentenceDevelops {
                let name = context.doc.text(tokens: k..<j)
                add(Name(text: name, entity: nil), entity: nil, sentence: n, range: k..<j, rule: "project.capitalised-head")
            }
        }
    }

    /// "the Ramayana Trail, a heritage programme", "Kilimanjaro Gateway, a container terminal near Moshi",
    /// "Phase 2B, a 90-km line from Kisumu": a name that an indefinite noun
    /// phrase right after it calls a project or a facility. Returns the tokens of the places such an
    /// apposition locates the project in ("a storage facility in the Lekki Free Zone"), which are not projects.
    mutating func appositives(in range: Range<Int>, sentence n: Int) -> Set<Int> {
        var located = Set<Int>()
        for comma in range where tokens[comma].norm == "," && comma + 2 < range.upperBound
            && ["a", "an"].contains(tokens[comma + 1].norm)
        {
            guard let (_, after) = appositiveHead(from: comma + 2, in: range), let name = nameBefore(comma, in: range)
            else { continue }
            // The sector and place come from the name and the phrase that describes it ("a heritage programme").
            let described = name.lowerBound..<after
            if let e = context.entityOfToken[name.lowerBound],
                context.spanOfToken[name.lowerBound].map({ context.doc.entitySpans[$0].tokenRange == name }) == true
            {
                let named = Name(text: context.doc.entities[e].name, entity: e)
                add(named, entity: e, sentence: n, range: described, rule: "project.apposition")
            } else {
                let named = Name(text: context.doc.text(tokens: name), entity: nil)
                add(named, entity: nil, sentence: n, range: described, rule: "project.apposition")
            }
            // "… a storage facility in the Lekki Free Zone": where the project stands.
            if after + 1 < range.upperBound, ["in", "at", "near", "inside"].contains(tokens[after].norm) {
                let place = tokens[after + 1].norm == "the" ? after + 2 : after + 1
                if place < range.upperBound, context.entityOfToken[place] != nil { located.insert(place) }
            }
        }
        return located
    }

    /// The head of an indefinite noun phrase that names a project or facility ("a tourism
    /// programme", "a Chinese-built line", "a 90-km line"), and the token after it. The head
    /// must end the phrase: "a state-owned railway company" names no project.
    func appositiveHead(from k: Int, in range: Range<Int>) -> (Int, Int)? {
        var j = k
        var previous: String?
        while j < min(range.upperBound, k + 6) {
            let t = tokens[j]
            if t.kind == .punct && !t.flags.contains(.isJoiner) { return nil }
            let w = t.norm
            // A mission in apposition is mostly a diplomatic one ("the Chinese Mission, a diplomatic mission").
            if t.kind == .word && !t.flags.contains(.isJoiner) && w != "mission"
                && (Self.appositiveHeads.contains(w) || isProjectHead(w))
            {
                if let p = previous, Self.financeWords.contains(p) { return nil }
                let next = j + 1
                if next < range.upperBound, tokens[next].kind == .word, tokens[next].flags.contains(.isLowercase),
                    !Self.phraseEnders.contains(tokens[next].norm)
                {
                    // "a new rail line": the head goes on.
                    let w = tokens[next].norm
                    guard Self.appositiveHeads.contains(w) || isProjectHead(w) else { return nil }
                    previous = tokens[j].norm
                    j += 1
                    continue
                }
                return (j, next)
            }
            // "a copper and gold mine": "and" between modifiers.
            let joinsModifiers = w == "and" && j + 1 < range.upperBound && tokens[j + 1].flags.contains(.isLowercase)
                && !["a", "an", "the"].contains(tokens[j + 1].norm)
            if t.kind == .word && !joinsModifiers
                && (Self.phraseEnders.contains(w) || context.triggers.modifierFollowers.contains(w))
            {
                return nil
            }
            if t.kind == .word { previous = w }
            j += 1
        }
        return nil
    }

    /// The name right before a comma: capitalised words, labels with digits and hyphens ("Phase 2B",
    /// "Kilimanjaro Gateway"), not a person, a country, a city or a nationality, nor a plural
    /// ("Pakistan Railways, a state-owned railway" is the operator).
    func nameBefore(_ comma: Int, in range: Range<Int>) -> Range<Int>? {
        var a = comma
        while a > range.lowerBound {
            let t = tokens[a - 1]
            // "Port of Mombasa": "of" between capitalised words ("and" would join two names).
            let connector = ["of", "&"].contains(t.norm) && a - 2 >= range.lowerBound && tokens[a - 2].isCapitalized
                && a < comma
            guard (t.kind == .word && t.isCapitalized) || t.flags.contains(.hasDigit) || t.flags.contains(.isJoiner) || connector
            else { break }
            a -= 1
        }
        // A name the recogniser found starts where its span does.
        if a < comma, let span = context.spanOfToken[a].map({ context.doc.entitySpans[$0] }), span.firstToken < a,
            span.firstToken >= range.lowerBound
        {
            a = span.firstToken
        }
        while a < comma, tokens[a].flags.contains(.isJoiner) { a += 1 }
        if a < comma, tokens[a].norm == "the" { a += 1 }
        guard a < comma, a > range.lowerBound || context.entityOfToken[a] != nil else { return nil }
        let last = tokens[comma - 1]
        guard last.kind == .word || last.flags.contains(.hasDigit) else { return nil }
        if last.kind == .word, last.norm.hasSuffix("s"), !last.norm.hasSuffix("ss") { return nil }
        let found = context.entities(in: a..<comma)
        if found.contains(where: { [.person, .norp].contains(context.type($0.entity)) }) { return nil }
        // A place alone ("Gwadar, a port city") is no project.
        if found.count == 1, let (t, e) = found.first, t == a, [.gpe, .loc].contains(context.type(e)),
            context.spanOfToken[t].map({ context.doc.entitySpans[$0].endToken == comma }) == true
        {
            return nil
        }
        return a..<comma
    }

    /// Nouns that make an apposition name a project besides the project heads.
    static let appositiveHeads: Set<String> = ["facility", "link", "terminal"]

    /// Words after which a noun phrase has ended.
    static let phraseEnders: Set<String> = [
        "that", "which", "who", "where", "in", "on", "at", "of", "from", "to", "with", "for", "by", "between", "near",
        "along", "across", "linking", "connecting", "running", "built", "being", "and", "is", "was", "will", "would",
        "set", "meant", "designed", "aimed",
    ]

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
        // "to the nearby Lamu airport", "off the busy highway": a place adjective or two.
        var adjectives = 0
        while j > range.lowerBound, adjectives < 2, Self.placeAdjectives.contains(tokens[j].norm) {
            j -= 1
            adjectives += 1
        }
        if j >= range.lowerBound, tokens[j].norm == "the" { j -= 1 }
        guard j >= range.lowerBound else { return false }
        let w = tokens[j].norm
        if w == "on", j > range.lowerBound, isTopicNoun(j - 1) { return false }
        return Self.placePrepositions.contains(w)
    }

    static let placePrepositions: Set<String> = [
        "on", "at", "near", "along", "to", "from", "into", "inside", "outside", "off", "via", "beside", "past",
        "towards", "toward",
    ]

    static let placeAdjectives: Set<String> = ["nearby", "neighbouring", "neighboring", "adjacent", "busy", "existing", "old"]

    /// A noun whose "on" names what it is about: work, progress, a deal or a study.
    func isTopicNoun(_ k: Int) -> Bool {
        let w = tokens[k].norm
        if Self.topicNouns.contains(w) || context.triggers.projectContext.contains(w) { return true }
        return context.triggers.agreementNouns.hits(in: k..<(k + 1), tokens: tokens).contains { $0.end == k + 1 }
    }

    /// Words that make a "line" or "facility" a sum of money.
    static let financeWords: Set<String> = [
        "credit", "loan", "swap", "financing", "lending", "fund", "funding", "deposit", "overdraft",
    ]

    static let topicNouns: Set<String> = [
        "work", "works", "working", "worked", "progress", "talks", "study", "studies", "feasibility", "deal",
        "cooperation", "collaboration", "contract", "focus", "focused", "focusing",
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
        var nameKeys = Set(names.map(TextFolding.key)).union(names.map { "~" + Self.skeleton(TextFolding.key($0)) })
        // "the Budapest-Belgrade line" and "the Budapest-Belgrade railway": one route, whatever its rail word.
        for n in names {
            let key = TextFolding.key(n)
            for head in Self.railHeads where key.hasSuffix(" " + head) {
                nameKeys.insert("rail:" + key.dropLast(head.count + 1))
                break
            }
        }
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
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { TextFolding.key($0) }
        // "Thermal Power Plant No. 3": the unit number is not the head.
        if words.count >= 3, words[words.count - 1].first?.isNumber == true, ["no", "no."].contains(words[words.count - 2]) {
            words.removeLast(2)
        }
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
