public import CorridorModel

/// Finds reported meetings, visits, attacks, conferences, condemnations and appeals, each with
/// its CAMEO code, actors, place and — for attacks — casualties.
///
/// A trigger (`event.*` in `facts.json`) in a sentence that is not page furniture proposes an
/// event; kind-specific rules find its actors: the visitor and the place visited ("X's visit to
/// China", "X is in Beijing on a state visit" — a city counts as its country), the parties of a
/// meeting ("a meeting between X and Y", "X met Y", "X held talks with Y"), the victims'
/// nationality and the place of an attack ("five Chinese nationals were killed … in Dasu"), who
/// condemns, who appeals to whom. Generic mentions are dropped: "talks" or "attacks" with no actor,
/// no number and no place. Reports of one event are merged: a back reference ("the meeting",
/// "during the visit"), a headline, or the same kind with the same actors and no conflicting date.
struct EventExtractor {
    let context: FactContext
    var records: [Event] = []
    /// For each record, its defining actors (visitor, meeting parties, victims' country).
    var keys: [Set<Int>] = []
    /// For each record, a stated year that sets it apart ("in 2021", "last year").
    var years: [Int?] = []
    /// For each visit record, the countries it goes to.
    var destinations: [Set<String>] = []
    /// For each ceremony record, what kind of ceremony it is (see `ceremonyFamily`).
    var families: [String] = []
    /// For each ceremony record, the content words of what it opens or founds.
    var objects: [Set<String>] = []
    /// For each record, the sentence that created it.
    var origins: [Int] = []
    /// For each record, the named conference it is (its EVENT entity), to merge reports by name.
    var names: [String?] = []
    /// For each record, whether its first report tells it as the article's news: neither scheduled
    /// ("will visit", "next week") nor background ("an earlier visit", "years ago").
    var current: [Bool] = []
    /// Triggers in the headline block that report no event of their own ("Ruto Arrives In Beijing
    /// For State Visit" names no visitor): they join the first body event of their kind.
    var headlineMentions: [(kind: EventKind, sentence: Int, rule: String)] = []

    init(context: FactContext) {
        self.context = context
    }

    var tokens: [Token] { context.tokens }

    mutating func run() -> [Event] {
        for (n, sentence) in context.doc.sentences.enumerated() where !sentence.isFurniture {
            extract(sentence: n, range: sentence.tokenRange)
        }
        // An undated event told as the news happened on the story's day ("… held talks" after
        // "Pakistan and China on Friday signed 23 MoUs"); reactions (condemnations, appeals) may
        // come days later and stay undated.
        if let day = context.storyDate {
            for r in records.indices where records[r].date == nil && current[r] {
                if records[r].kind != .condemnation && records[r].kind != .appeal { records[r].date = day }
            }
        }
        mergeHeadlines()
        return records.enumerated().map { n, r in
            var r = r
            r.id = "v\(n + 1)"
            return r
        }
    }

    // MARK: - Sentences

    mutating func extract(sentence n: Int, range: Range<Int>) {
        var seenKinds = Set<EventKind>()
        var seenFamilies = Set<String>()
        var lastOtherEnd = -2
        for hit in context.triggers.events.hits(in: range, tokens: tokens) {
            var trigger = context.triggers.events.triggers[hit.trigger]
            if trigger.kind == "meeting", isAppealCall(hit, in: range),
                let appeal = context.triggers.events.triggers.first(where: { $0.kind == "appeal" })
            {
                trigger = appeal
            }
            guard let kind = EventKind(rawValue: trigger.kind ?? "") else { continue }
            defer { if kind == .other { lastOtherEnd = hit.end } }
            let family = kind == .other ? ceremonyFamily(hit) : ""
            // A second attack in a sentence is a new one only as a new noun phrase ("… and a November assault").
            // So is a ceremony of another kind ("inaugurated the line and laid the foundation stone of …").
            // ("a joint inauguration ceremony" is one: a ceremony word right after another is its noun).
            let newCeremony = kind == .other && !seenFamilies.contains(family) && hit.start > lastOtherEnd + 1
            // Appeals and condemnations of other people in one sentence are others; merging decides.
            let reaction = kind == .appeal || kind == .condemnation
            if seenKinds.contains(kind) && !(kind == .attack && opensNewReferent(hit, in: range)) && !newCeremony && !reaction {
                continue
            }
            let inHeadlineBlock = context.isHeadline(n)
            guard isEventUse(hit, kind: kind, in: range) else {
                if inHeadlineBlock && reportsKind(hit, kind: kind) { headlineMentions.append((kind, n, trigger.id)) }
                continue
            }
            let clause = [.other, .appeal, .condemnation].contains(kind)
                ? ownClause(of: hit, in: context.clause(around: hit.start)) : context.clause(around: hit.start)
            if isBackReference(hit, kind: kind, in: range), let r = records.indices.last(where: { records[$0].kind == kind }) {
                attach(sentence: n, to: r, rule: trigger.id)
                seenKinds.insert(kind)
                continue
            }
            // A heading inside the article (a section head, a related headline) names no new event.
            let firstBody = context.firstBody
            let words = range.filter { tokens[$0].kind == .word }.count
            let midHeading = context.doc.sentences[n].isHeading && n > firstBody && words <= 10
            guard var event = makeEvent(kind, hit: hit, clause: clause, sentence: range, trigger: trigger) else {
                if inHeadlineBlock && reportsKind(hit, kind: kind) { headlineMentions.append((kind, n, trigger.id)) }
                continue
            }
            let name = kind == .conference ? conferenceName(in: clause, near: hit).map(context.id) : nil
            event.evidence = [context.evidence(sentence: n, rule: trigger.id)]
            event.date = context.pointDate(in: clause, near: hit.start) ?? context.pointDate(in: range) ?? context.periodStart(in: clause)
            let isNewReferent = seenKinds.contains(kind) && !reaction
            seenKinds.insert(kind)
            if kind == .other { seenFamilies.insert(family) }
            let key = Set(event.actors.compactMap(context.entityIndex(id:)))
            let year = statedYear(near: hit, in: range)
            let destination: Set<String> = kind == .visit ? Set(event.actors.dropFirst().filter(context.isCountry(id:))) : []
            let object = kind == .other ? objectWords(after: hit, in: range) : []
            let also = (max(range.lowerBound, hit.start - 8)..<hit.start).contains { tokens[$0].norm == "also" }
            if !isNewReferent && !(kind == .attack && also),
                let r = sameEvent(
                    kind, key: key, year: year, place: kind == .conference ? name : event.place,
                    nationality: event.casualties?.victimNationality, date: event.date, destination: destination,
                    family: family, actors: event.actors, object: object)
            {
                destinations[r].formUnion(destination)
                if kind == .attack, let p = event.place, moreSpecific(p, than: records[r].place) { records[r].place = p }
                // "killed … in a blast": a later report may name the weapon the first one did not.
                if kind == .attack, records[r].cameo == trigger.cameo, event.cameo != trigger.cameo {
                    records[r].cameo = event.cameo
                }
                if records[r].place == nil { records[r].place = event.place }
                attach(sentence: n, to: r, rule: trigger.id)
                for a in event.actors where !records[r].actors.contains(a) { records[r].actors.append(a) }
                keys[r].formUnion(key)
                continue
            }
            if midHeading { continue }
            records.append(event)
            keys.append(key)
            years.append(year)
            destinations.append(destination)
            families.append(family)
            objects.append(object)
            origins.append(n)
            names.append(name)
            current.append(isCurrent(hit, in: clause))
        }
    }

    /// Whether a trigger tells its event as the article's news: no marker of a plan ("will", "to
    /// be", "scheduled", "next") or of the past before the story ("earlier", "previous", "ago")
    /// in its clause up to a few words after it ("met Xi ahead of the summit expected to …" is news).
    func isCurrent(_ hit: TriggerIndex.Hit, in clause: Range<Int>) -> Bool {
        let window = clause.lowerBound..<min(clause.upperBound, hit.end + 4)
        return !window.contains { context.triggers.future.contains(tokens[$0]) || context.triggers.otherTime.contains(tokens[$0]) }
    }

    /// "… during Xi's state visit in April 2015, and its foundation stone was laid by Imran Khan in
    /// March 2019": after ", and" and a determiner a new clause with its own subject and date begins.
    func ownClause(of hit: TriggerIndex.Hit, in clause: Range<Int>) -> Range<Int> {
        var k = hit.start - 1
        while k > clause.lowerBound + 1 {
            // (or a new named subject: "…, and Chinese Premier Li Qiang asked Thailand to …").
            if tokens[k].norm == "and", tokens[k - 1].norm == ",",
                ["its", "his", "her", "their", "the", "this", "that"].contains(tokens[k + 1].norm)
                    || context.entityOfToken[k + 1].map(context.canAct) == true
            {
                return (k + 1)..<clause.upperBound
            }
            k -= 1
        }
        return clause
    }

    /// "called on the government to …": an appeal, not a courtesy call.
    func isAppealCall(_ hit: TriggerIndex.Hit, in range: Range<Int>) -> Bool {
        let words = (hit.start..<hit.end).map { tokens[$0].norm }
        guard words.first == "called" || words.first == "calls" else { return false }
        return (hit.end..<min(range.upperBound, hit.end + 8)).contains { tokens[$0].norm == "to" }
    }

    /// "… and a November assault", ", a blast": an indefinite noun phrase after a conjunction.
    func opensNewReferent(_ hit: TriggerIndex.Hit, in range: Range<Int>) -> Bool {
        var j = hit.start - 1
        while j > range.lowerBound, j >= hit.start - 3, tokens[j].kind == .word, !["a", "an"].contains(tokens[j].norm) { j -= 1 }
        guard j > range.lowerBound, ["a", "an"].contains(tokens[j].norm) else { return false }
        return ["and", ","].contains(tokens[j - 1].norm)
    }

    /// Whether a trigger reports an event rather than naming the idea ("talks were ongoing",
    /// "attacks on Chinese nationals" in general, "a visit" inside a name).
    func isEventUse(_ hit: TriggerIndex.Hit, kind: EventKind, in range: Range<Int>) -> Bool {
        // A capitalised trigger inside a name is the name's business ("Business Forum" is a conference).
        if let e = context.entityOfToken[hit.start], context.type(e) != .event { return false }
        if tokens[hit.start].isCapitalized && hit.start > range.lowerBound && context.entityOfToken[hit.start] == nil
            && kind != .conference
        {
            return false
        }
        let clause = context.clause(around: hit.start)
        let actors = context.entities(in: clause).filter { [.person, .org, .gpe, .norp].contains(context.type($0.entity)) }
        switch kind {
        case .attack:
            // A specific attack: casualties, a place, a date or a definite article, not "attacks on …" in general.
            let plural = tokens[hit.end - 1].norm.hasSuffix("s") && tokens[hit.end - 1].norm != "attacks" ? false
                : tokens[hit.end - 1].norm == "attacks" || tokens[hit.end - 1].norm == "bombings"
            let specific = casualties(in: range).killed != nil || place(in: clause, after: clause.lowerBound) != nil
                || statedYear(near: hit, in: range) != nil || hasDayOrMonth(range)
            return !plural && specific
        case .meeting:
            let word = context.doc.text(tokens: hit.start..<hit.end).lowercased()
            // "spoke to reporters": only a person spoken to makes a meeting (or a call).
            if word == "spoke to" {
                let spoken = context.entities(in: hit.end..<min(range.upperBound, hit.end + 6)).first { context.type($0.entity) != .norp && context.type($0.entity) != .gpe }
                guard let spoken, context.type(spoken.entity) == .person else { return false }
            }
            // "landed at Jaipur airport and was received by the Governor": a welcome on arrival
            // belongs to the visit.
            if word == "received", hit.start > range.lowerBound, ["was", "were"].contains(tokens[hit.start - 1].norm),
                context.triggers.events.hits(in: range, tokens: tokens).contains(where: {
                    context.triggers.events.triggers[$0.trigger].kind == "visit"
                })
            {
                return false
            }
            if ["talks", "meeting", "meetings", "discussed"].contains(word),
                !clause.contains(where: { ["between", "with", "held", "hold", "holding", "during"].contains(tokens[$0].norm) })
            {
                return false
            }
            return Set(meetingParties(hit, clause: clause)).count >= 2
        case .visit:
            let words = (hit.start..<hit.end).map { tokens[$0].norm }
            // "a visiting fellow", "a visiting professor": a post, not a visit.
            if words == ["visiting"], hit.end < range.upperBound,
                ["fellow", "professor", "scholar", "researcher", "lecturer", "faculty", "team"].contains(tokens[hit.end].norm)
            {
                return false
            }
            // "was in stable condition": "be in" is a visit only with a place right after it.
            if words.count == 2, words[1] == "in", ["is", "are", "was", "were"].contains(words[0]) {
                guard let e = context.entityOfToken[hit.end], [.gpe, .loc].contains(context.type(e)) else { return false }
            }
            // "has been invited to visit Pakistan": an invitation, not a visit.
            let to = words.first == "to" ? hit.start : hit.start - 1
            if to >= 1, tokens[to].norm == "to", ["invited", "invitation", "invite", "invites"].contains(tokens[to - 1].norm) {
                return false
            }
            let (visitor, destination) = visitParties(hit, clause: clause)
            // "Modi left for Tamil Nadu": going home is no visit.
            if let v = visitor, let d = destination, let home = context.doc.entities[v].country,
                context.type(d) == .gpe, context.doc.entities[d].country == home
            {
                return false
            }
            return visitor != nil
        case .conference:
            if let e = context.entityOfToken[hit.start] { return context.type(e) == .event }
            if tokens[hit.start].isCapitalized && hit.start > range.lowerBound { return false }
            if conferenceName(in: clause, near: hit) != nil { return true }
            // "ahead of Beijing's international forum": a possessive place or body owns it.
            if (max(clause.lowerBound, hit.start - 3)..<hit.start).contains(where: { tokens[$0].norm == "'s" }) { return true }
            // "the BRICS summit", "a summit of the Shanghai Cooperation Organisation", "an investment conference".
            if hit.start > range.lowerBound, let e = context.entityOfToken[hit.start - 1], [.org, .gpe].contains(context.type(e)) {
                return true
            }
            if hit.end + 1 < range.upperBound, tokens[hit.end].norm == "of" {
                let next = tokens[hit.end + 1].norm == "the" ? hit.end + 2 : hit.end + 1
                if next < range.upperBound, let e = context.entityOfToken[next], context.type(e) == .org { return true }
            }
            return hit.start > range.lowerBound && ["an", "a"].contains(tokens[max(range.lowerBound, hit.start - 2)].norm)
                && ["investment", "business", "trade", "donor", "energy", "mining", "security"].contains(tokens[hit.start - 1].norm)
        case .other:
            guard isCeremony(hit, in: range) else { return false }
            return !actors.isEmpty || !leadersNamed(in: clause).isEmpty
        case .condemnation, .appeal:
            return !actors.isEmpty || !leadersNamed(in: clause).isEmpty
        }
    }

    /// Words that open something built ("commissioned the Lekki Deep Sea Port", "opened a military
    /// complex", "laid the foundation of a gas pipeline") hold only with a built thing as their
    /// object; "ceremony" only as one attended or held ("attended a ceremony", "at a ceremony in
    /// Colombo"), and never a signing ceremony — the signing is the agreement's record.
    func isCeremony(_ hit: TriggerIndex.Hit, in range: Range<Int>) -> Bool {
        let first = tokens[hit.start].norm
        let last = tokens[hit.end - 1].norm
        if ["commissioned", "opened"].contains(first) || (last == "foundation" && hit.end - hit.start == 3) {
            return opensBuiltThing(after: hit.end, in: range)
        }
        // "chief guest", "guest of honour": at a parade or a celebration, not at a summit.
        if (hit.start..<hit.end).contains(where: { tokens[$0].norm == "guest" }) {
            return range.contains { ["parade", "parades", "celebrations", "celebration", "ceremony"].contains(tokens[$0].norm) }
        }
        guard last == "ceremony" else { return true }
        if range.contains(where: { ["signing", "sign", "signed", "signs", "inked"].contains(tokens[$0].norm) }) { return false }
        var j = hit.start - 1
        while j > range.lowerBound, j >= hit.start - 3, tokens[j].kind == .word,
            !["a", "an", "the", "at", "in", "attended", "attend", "attends", "attending", "held", "hosted"].contains(tokens[j].norm)
        {
            j -= 1
        }
        guard j >= range.lowerBound else { return false }
        let det = tokens[j].norm
        if ["a", "an", "the"].contains(det), j > range.lowerBound {
            let verb = tokens[j - 1].norm
            return ["attended", "attend", "attends", "attending", "at", "held", "hosted", "holds", "hosts"].contains(verb)
                || (verb == "in" && det != "the")
        }
        return ["attended", "attend", "attends", "attending"].contains(det)
            || (hit.end < range.upperBound && tokens[hit.end].norm == "attended")
    }

    /// Whether the object after a verb of opening is a built thing: a facility, a project's head
    /// word or a building word before the next preposition or comma.
    func opensBuiltThing(after k: Int, in range: Range<Int>) -> Bool {
        let buildings: Set<String> = [
            "complex", "terminal", "building", "museum", "temple", "embassy", "consulate", "centre", "center",
            "factory", "school", "university", "stadium", "hall",
        ]
        var j = k
        if j < range.upperBound, tokens[j].norm == "of" { j += 1 }
        while j < range.upperBound, j < k + 10 {
            let t = tokens[j]
            if (t.kind == .punct && !t.flags.contains(.isJoiner))
                || ["for", "to", "with", "in", "on", "at", "by", "and", "as", "after", "during"].contains(t.norm)
            {
                break
            }
            if let e = context.entityOfToken[j], context.type(e) == .fac { return true }
            if context.triggers.projectHeadWords.contains(t) || buildings.contains(t.norm) { return true }
            j += 1
        }
        return false
    }

    func isBackReference(_ hit: TriggerIndex.Hit, kind: EventKind, in range: Range<Int>) -> Bool {
        guard hit.start > range.lowerBound else { return false }
        let before = tokens[hit.start - 1].norm
        guard ["the", "this", "that", "his", "her", "their", "its", "'s"].contains(before) else { return false }
        // "President Xi Jinping's state visit" refers back only to a visit of Xi's.
        if before == "'s", hit.start >= 2, let owner = context.entityOfToken[hit.start - 2],
            context.type(owner) == .person,
            let r = records.indices.last(where: { records[$0].kind == kind }), !keys[r].contains(owner)
        {
            return false
        }
        // Of the ceremonies only a noun for the whole occasion refers back ("the ceremony"); "its
        // foundation stone was laid by …" is a ceremony of its own.
        if kind == .other, !["ceremony", "inauguration", "roadshow", "swearing-in"].contains(tokens[hit.end - 1].norm) { return false }
        // "the meeting between X and Y" or "his visit to X" names the event anew when no record of its kind exists.
        return records.contains { $0.kind == kind }
    }

    // MARK: - Events

    mutating func makeEvent(
        _ kind: EventKind, hit: TriggerIndex.Hit, clause: Range<Int>, sentence: Range<Int>, trigger: FactCues.Trigger
    ) -> Event? {
        var cameo = trigger.cameo ?? "010"
        var actors: [Int] = []
        var place: Int?
        var casualties: Casualties?
        switch kind {
        case .visit:
            let (visitor, destination) = visitParties(hit, clause: clause)
            actors = [visitor, destination].compactMap { $0 }
            if actors.isEmpty { return nil }
        case .meeting:
            actors = meetingParties(hit, clause: clause)
            if actors.isEmpty { return nil }
            place = self.place(in: clause, after: clause.lowerBound)
        case .attack:
            let c = self.casualties(in: sentence)
            casualties = c
            place = self.place(in: clause, after: clause.lowerBound)
            if let code = c.victimNationality, let victim = context.countryEntity(code) { actors.append(context.actor(victim)) }
            if let place { actors.append(place) }
            if actors.isEmpty, let target = context.pair.first { actors = [target] }
            cameo = attackCode(from: hit, in: clause) ?? cameo
        case .conference:
            let people = context.entities(in: clause).filter { context.type($0.entity) == .person }.map(\.entity)
            actors = people.isEmpty ? Array(context.pair) : people
            // Where it was held ("held in Lahore"); the conference's own name is no place.
            place = self.place(in: clause, after: clause.lowerBound)
        case .condemnation, .appeal, .other:
            let subject = subjectActor(before: hit.start, in: clause)
                ?? (kind == .other ? pronounPerson(before: hit.start, in: clause) : nil)
            // The addressee stands right after the verb ("urged Islamabad to", "asked the minister to").
            // A ceremony's object is what it opens ("laid the foundation stone of Bharat Mart"), not an actor.
            let objectTypes: [EntityType] = kind == .other ? [.person] : [.person, .org, .gpe]
            let object = context.entities(in: hit.end..<min(clause.upperBound, hit.end + 4)).first {
                objectTypes.contains(context.type($0.entity)) && !isPlace($0.token)
            }
            // "the Afghan side", "the Chinese government": a nationality before a word for a state.
            let side = object == nil ? context.entities(in: hit.end..<min(clause.upperBound, hit.end + 4)).first {
                context.type($0.entity) == .norp && $0.token + 1 < clause.upperBound
                    && ["side", "government", "authorities", "leadership"].contains(tokens[$0.token + 1].norm)
            } : nil
            // '"We urge the Afghan side to …," Chinese foreign ministry spokesman Wang Wenbin said.'
            let speaker = subject == nil && kind != .other ? quotedSpeaker(after: hit, in: sentence) : nil
            actors = [subject ?? speaker, (object ?? side).map { context.actor($0.entity) }].compactMap { $0 }
            // "its foundation stone was laid by former prime minister Imran Khan": the passive's agent.
            if kind == .other, subject == nil,
                let by = (hit.end..<min(clause.upperBound, hit.end + 4)).first(where: { tokens[$0].norm == "by" }),
                let agent = context.entities(in: by + 1..<min(clause.upperBound, by + 6)).first(where: {
                    [.person, .org, .gpe].contains(context.type($0.entity)) && !isPlace($0.token)
                })
            {
                actors.insert(context.actor(agent.entity), at: 0)
            }
            if actors.isEmpty { actors = leadersNamed(in: clause) }
            if actors.isEmpty { return nil }
            if kind == .other { place = self.place(in: clause, after: hit.start) }
        }
        var unique: [Int] = []
        for a in actors where !unique.contains(a) { unique.append(a) }
        return Event(
            id: "", kind: kind, cameo: cameo, actors: unique.map(context.id), place: place.map(context.id),
            casualties: casualties)
    }

    /// The finest CAMEO code the attack's words give: "killed when a suicide bomber rammed" is a
    /// suicide bombing (1831), "killed in a blast" a bombing (183). The words are read from the
    /// trigger to the end of its clause, up to an attack introduced as a new noun phrase.
    func attackCode(from hit: TriggerIndex.Hit, in clause: Range<Int>) -> String? {
        for other in context.triggers.events.hits(in: hit.start..<clause.upperBound, tokens: tokens) {
            guard context.triggers.events.triggers[other.trigger].kind == EventKind.attack.rawValue else { continue }
            if other.start > hit.start && opensNewReferent(other, in: clause) { break }
            let word = context.doc.text(tokens: other.start..<other.end).lowercased()
            if let code = context.cues.attackCameo[word] { return code }
        }
        return nil
    }

    /// Whether a trigger in a headline reports its kind of event at all, even without the actors
    /// a body sentence would name: not inside a name, and not a plural of attacks in general.
    func reportsKind(_ hit: TriggerIndex.Hit, kind: EventKind) -> Bool {
        if let e = context.entityOfToken[hit.start], context.type(e) != .event { return false }
        return !(kind == .attack && ["attacks", "bombings"].contains(tokens[hit.end - 1].norm))
    }

    /// The visitor and the place visited.
    func visitParties(_ hit: TriggerIndex.Hit, clause: Range<Int>) -> (Int?, Int?) {
        let found = context.entities(in: clause)
        var visitor: Int?
        var destination: Int?
        // The visitor: a person before the trigger (subject or possessor), or after a "by" that
        // follows it ("a visit by the Premier"; not "landed … and was received by the Governor").
        if let by = (hit.end..<min(clause.upperBound, hit.end + 3)).first(where: { tokens[$0].norm == "by" }),
            let p = context.entities(in: by..<clause.upperBound).first(where: { context.type($0.entity) == .person })
        {
            visitor = p.entity
        } else {
            // "X held talks with Y in Ulaanbaatar on a state visit": the subject is on the visit.
            // So is the owner of "his first visit to …" after a comma.
            let onAVisit = (max(clause.lowerBound, hit.start - 3)...hit.start).contains { ["on", "for", "his", "her"].contains(tokens[$0].norm) }
                && !(clause.lowerBound..<hit.start).contains { tokens[$0].norm == "'s" }
            let subject = onAVisit ? found.first { $0.token < hit.start && context.type($0.entity) == .person }?.entity : nil
            visitor = subject ?? found.last { $0.token < hit.start && context.type($0.entity) == .person }?.entity
                ?? titleReference(before: clause.upperBound, in: clause)
                ?? pronounPerson(before: hit.start, in: clause)
                ?? found.first { $0.token >= hit.end && context.type($0.entity) == .person }?.entity
        }
        // The destination: after "to", "in" or the verb itself ("visited X"), a city counting as its country.
        for (t, e) in found where e != visitor && [.gpe, .org, .fac].contains(context.type(e)) {
            let prev = t > clause.lowerBound ? tokens[t - 1].norm : ""
            let after = t >= hit.end
            if ["to", "in", "at"].contains(prev) || (after && t == hit.end) || (t < hit.start && prev == "in") {
                destination = countryOf(e)
                if after || prev == "to" { break }
            }
        }
        return (visitor, destination)
    }

    /// The parties of a meeting: "between X and Y", "X met Y", "X held talks with Y", "X and Y held talks".
    func meetingParties(_ hit: TriggerIndex.Hit, clause: Range<Int>) -> [Int] {
        var people = context.entities(in: clause).filter { context.type($0.entity) == .person && !isSource($0.token) }
            .map(\.entity)
        if let p = titleReference(before: clause.upperBound, in: clause), !people.contains(p) { people.append(p) }
        for p in leadersNamed(in: clause) where !people.contains(p) { people.append(p) }
        if people.count == 1, let he = pronounPerson(before: hit.start, in: clause), !people.contains(he) { people.insert(he, at: 0) }
        if people.count >= 2 { return Array(people.prefix(2)) }
        let bodies = context.entities(in: clause).filter { [.person, .org, .gpe].contains(context.type($0.entity)) }
            .filter { !isPlace($0.token) && !isSource($0.token) }.map { context.actor($0.entity) }
        var out: [Int] = []
        for b in bodies where !out.contains(b) { out.append(b) }
        return Array(out.prefix(2))
    }

    /// A place in "in X", "near X", "at X" after a token.
    func place(in clause: Range<Int>, after k: Int) -> Int? {
        for (t, e) in context.entities(in: k..<clause.upperBound) where [.gpe, .loc, .fac].contains(context.type(e)) {
            if isPlace(t) { return e }
        }
        return nil
    }

    /// "He left for Doha …": the person last named before the clause, when "he" or "she" is its subject.
    func pronounPerson(before k: Int, in clause: Range<Int>) -> Int? {
        guard (clause.lowerBound..<k).contains(where: { ["he", "she"].contains(tokens[$0].norm) }) else { return nil }
        var j = clause.lowerBound - 1
        while j >= 0 {
            if let e = context.entityOfToken[j], context.type(e) == .person { return e }
            j -= 1
        }
        return nil
    }

    /// "the two leaders", "both leaders": the two people the article names most.
    func leadersNamed(in clause: Range<Int>) -> [Int] {
        let words = clause.map { tokens[$0].norm }.joined(separator: " ")
        guard words.contains("two leaders") || words.contains("both leaders") || words.hasPrefix("the leaders") else { return [] }
        let people = context.doc.entities.indices.filter { context.doc.entities[$0].type == .person }
            .sorted { context.doc.entities[$0].mentions.count > context.doc.entities[$1].mentions.count }
        return Array(people.prefix(2))
    }

    /// Two actors are the same side when they are one entity, or a country and a body of it.
    func sameSide(_ a: Int, _ b: Int) -> Bool {
        if a == b { return true }
        let x = context.doc.entities[a]
        let y = context.doc.entities[b]
        guard let cx = x.country, cx == y.country, x.type != .person, y.type != .person else { return false }
        return (x.type == .gpe || x.type == .norp) != (y.type == .gpe || y.type == .norp)
    }

    /// "according to the Saudi Press Agency", "told Reuters": a source, not a party.
    func isSource(_ t: Int) -> Bool {
        let from = max(0, t - 3)
        return (from..<t).contains { ["according", "told", "quoted"].contains(tokens[$0].norm) }
    }

    /// An entity after "in", "near", "at", "outside", or "the town of".
    func isPlace(_ t: Int) -> Bool {
        guard t > 0 else { return false }
        var j = t - 1
        // "in the disputed Kashmir region", "in northwest Pakistan": adjectives before the place.
        var skipped = 0
        while j > 0, skipped < 2, tokens[j].kind == .word, tokens[j].flags.contains(.isLowercase),
            !["in", "near", "at", "outside", "of", "the"].contains(tokens[j].norm)
        {
            j -= 1
            skipped += 1
        }
        if tokens[j].norm == "the", j > 0 { j -= 1 }
        let w = tokens[j].norm
        if w == "of", j > 0 { return ["town", "city", "village", "district", "province", "region"].contains(tokens[j - 1].norm) }
        return ["in", "near", "at", "outside"].contains(w)
    }

    /// "the PM", "the prime minister", "the crown prince": the person the article named with that
    /// title; also a title left without its name ("Prime Minister Shari…" cut off).
    func titleReference(before k: Int, in clause: Range<Int>) -> Int? {
        for j in clause where (tokens[j].norm == "the" || (tokens[j].isCapitalized && context.entityOfToken[j] == nil))
            && j + 1 < clause.upperBound
        {
            var phrase = ""
            var best: String?
            let first = tokens[j].norm == "the" ? j + 1 : j
            for m in first..<min(clause.upperBound, first + 3) {
                phrase += (phrase.isEmpty ? "" : " ") + tokens[m].norm
                if context.titles.contains(phrase) { best = phrase }
            }
            guard let title = best else { continue }
            let alternatives = title == "pm" ? ["pm", "prime minister"] : title == "prime minister" ? ["prime minister", "pm"] : [title]
            // A reference looks back to someone already named; only a headline may name ahead.
            let headline = context.isHeadline(context.sentence(of: j))
            for e in context.doc.entities.indices where context.doc.entities[e].type == .person
                && (headline || context.firstMention[e] < j)
            {
                let named = context.doc.entities[e].mentions.contains { m in
                    let text = TextFolding.key(m.text)
                    return alternatives.contains { text.hasPrefix($0 + " ") || text.contains(" " + $0 + " ") }
                }
                if named { return e }
            }
        }
        return nil
    }

    /// The named conference the trigger belongs to, if any.
    func conferenceName(in clause: Range<Int>, near hit: TriggerIndex.Hit) -> Int? {
        if let e = context.entityOfToken[hit.start], context.type(e) == .event { return e }
        return context.entities(in: clause).first { context.type($0.entity) == .event }?.entity
    }

    /// Who condemns or appeals: the first actor of the clause before the trigger — the person a
    /// nationality introduces ("Indian Prime Minister Narendra Modi"), the institution a
    /// possessive names ("China's embassy" → the Chinese embassy).
    func subjectActor(before k: Int, in clause: Range<Int>) -> Int? {
        let found = context.entities(in: clause.lowerBound..<k)
        for (i, (t, e)) in found.enumerated() where context.canAct(e) {
            if t > clause.lowerBound, ["in", "on", "at", "of", "for", "to", "with", "from", "according"].contains(tokens[t - 1].norm) {
                continue
            }
            if context.type(e) == .norp, i + 1 < found.count, context.type(found[i + 1].entity) == .person { return found[i + 1].entity }
            let end = context.spanOfToken[t].map { context.doc.entitySpans[$0].endToken } ?? t + 1
            if end + 1 < k, tokens[end].norm == "'s", let institution = institution(named: tokens[end + 1].norm, of: e) {
                return institution
            }
            return context.actor(e)
        }
        return titleReference(before: k, in: clause)
    }

    /// The article's body named by an institution word and a country ("embassy" of China → "Chinese embassy").
    func institution(named word: String, of e: Int) -> Int? {
        guard ["embassy", "ministry", "government", "foreign", "consulate"].contains(word), let code = context.doc.entities[e].country
        else { return nil }
        return context.doc.entities.indices.first { i in
            let x = context.doc.entities[i]
            return x.type == .org && x.country == code && TextFolding.key(x.name).contains(word == "foreign" ? "foreign" : word)
        }
    }

    func countryOf(_ e: Int) -> Int {
        let entity = context.doc.entities[e]
        guard entity.type == .gpe, entity.lexiconID?.hasPrefix("country.") != true, let code = entity.country,
            let c = context.countryEntity(code), context.type(c) == .gpe
        else { return e }
        return c
    }

    // MARK: - Casualties and dates

    /// "Five Chinese nationals were killed", "killed 13 people, including nine Chinese nationals",
    /// "killed nine Chinese nationals and wounded two more", "…, killing three Kenyan police officers".
    func casualties(in range: Range<Int>) -> Casualties {
        var c = Casualties()
        var victims: Range<Int>?
        for k in range {
            let w = tokens[k].norm
            let isDeath = context.triggers.casualty.contains(w)
            let isInjury = context.triggers.injury.contains(w)
            guard isDeath || isInjury else { continue }
            // The number: right after the verb ("killed nine …") or a few words before it ("Five … were killed").
            var number: Int?
            for j in (k + 1)..<min(range.upperBound, k + 5) {
                if let v = CountWords.value(tokens[j]) { number = v; break }
                if !["at", "least", "more", "than", "over", "nearly", "about", "around", "some", "up", "to"].contains(tokens[j].norm) {
                    break
                }
            }
            // A participle ("…, killing three police officers") counts only what follows it: before
            // it stand the attackers and the target, not the dead.
            let numberFollows = number != nil
            if number == nil && !w.hasSuffix("ing") {
                for j in stride(from: k - 1, through: max(range.lowerBound, k - 6), by: -1) {
                    if let v = CountWords.value(tokens[j]) { number = v; break }
                }
            }
            if isDeath, c.killed == nil { c.killed = number }
            if isInjury, c.injured == nil { c.injured = number }
            if isDeath, victims == nil, number != nil { victims = victimPhrase(after: k, in: range) }
        }
        c.victimNationality = victimNationality(in: range, victims: victims)
        return c
    }

    /// The words that name the dead after a death word: "killing three Kenyan police officers".
    func victimPhrase(after k: Int, in range: Range<Int>) -> Range<Int> {
        var end = k + 1
        let stops: Set<String> = [",", ";", ".", "and", "in", "near", "at", "when"]
        while end < min(range.upperBound, k + 8), !stops.contains(tokens[end].norm) {
            end += 1
        }
        return (k + 1)..<end
    }

    /// The victims' country: a nationality or a national body in the words naming the dead ("three
    /// Kenyan police officers"), else the first nationality of the sentence that does not introduce
    /// a person ("Indian Prime Minister Narendra Modi condemned the bombing" names no victims).
    func victimNationality(in range: Range<Int>, victims: Range<Int>?) -> String? {
        if let victims {
            for (_, e) in context.entities(in: victims) where [.norp, .org].contains(context.type(e)) {
                if let code = context.doc.entities[e].country { return code }
            }
        }
        for (t, e) in context.entities(in: range) where context.type(e) == .norp && !introducesPerson(t) {
            return context.doc.entities[e].country
        }
        return nil
    }

    /// Whether the name at `t` stands before a person it describes: "Indian Prime Minister Narendra
    /// Modi", "Chinese Ambassador Jiang Zaidong" (title words between the two may be outside both).
    func introducesPerson(_ t: Int) -> Bool {
        var j = context.spanOfToken[t].map { context.doc.entitySpans[$0].endToken } ?? t + 1
        var titleWords = 0
        while j < tokens.count, titleWords < 3, context.entityOfToken[j] == nil, tokens[j].kind == .word,
            tokens[j].isCapitalized
        {
            j += 1
            titleWords += 1
        }
        guard j < tokens.count, context.sentence(of: j) == context.sentence(of: t), let e = context.entityOfToken[j] else {
            return false
        }
        return context.type(e) == .person
    }

    /// A year stated near the trigger ("the March 2024 attack", "in 2021"), or the year before
    /// the article's for "last year".
    func statedYear(near hit: TriggerIndex.Hit, in range: Range<Int>) -> Int? {
        let clause = context.clause(around: hit.start)
        let window = max(clause.lowerBound, hit.start - 4)..<clause.upperBound
        var nearest: (Int, Int)?
        for k in window {
            let t = tokens[k]
            var year: Int?
            if t.kind == .number, t.norm.count == 4, let y = Int(t.norm), (1900...2100).contains(y) { year = y }
            if t.norm == "last", k + 1 < range.upperBound, tokens[k + 1].norm == "year" {
                year = context.doc.publishedAt.map { $0.year - 1 } ?? -1
            }
            guard let year else { continue }
            // Not across another event noun or a clause break.
            let between = k < hit.start ? (k + 1)..<hit.start : hit.end..<k
            if between.contains(where: { [";", "and"].contains(tokens[$0].norm) }) && k > hit.end { continue }
            let distance = abs(k - hit.start)
            if nearest == nil || distance < nearest!.1 { nearest = (year, distance) }
        }
        return nearest?.0
    }

    /// A year stated anywhere in the sentence.
    func statedYear(in range: Range<Int>) -> Int? {
        for k in range {
            let t = tokens[k]
            if t.kind == .number, t.norm.count == 4, let y = Int(t.norm), (1900...2100).contains(y) { return y }
            if t.norm == "last", k + 1 < range.upperBound, tokens[k + 1].norm == "year" {
                return context.doc.publishedAt.map { $0.year - 1 } ?? -1
            }
        }
        return nil
    }

    func hasDayOrMonth(_ range: Range<Int>) -> Bool {
        let words: Set<String> = [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        return range.contains { words.contains(tokens[$0].norm) }
    }

    // MARK: - Merging

    /// The record this event repeats: same kind, sharing its defining actors, no conflicting year or place.
    func sameEvent(
        _ kind: EventKind, key: Set<Int>, year: Int?, place: String?, nationality: String?, date: PartialDate? = nil,
        destination: Set<String> = [], family: String = "", actors: [String] = [], object: Set<String> = []
    ) -> Int? {
        records.indices.last { r in
            guard records[r].kind == kind else { return false }
            if let y = year, let other = years[r], y != other { return false }
            if year != nil && years[r] == nil && kind == .attack { return false }
            if kind == .attack, !placesAgree(place, records[r].place) { return false }
            if kind == .attack, let a = date, let b = records[r].date, let ma = a.month, let mb = b.month,
                a.year != b.year || ma != mb
            {
                return false
            }
            let people = key.filter { context.type($0) == .person }
            let theirs = keys[r].filter { context.type($0) == .person }
            switch kind {
            case .attack:
                if let a = nationality, let b = records[r].casualties?.victimNationality, a != b { return false }
                return true
            case .conference: return conferencesAgree(place, names[r])
            case .other:
                // An inauguration and a foundation stone by the same leaders are two ceremonies; a
                // bare "ceremony" may be either.
                if family != "ceremony", families[r] != "ceremony", family != families[r] { return false }
                // "… was consecrated in a ceremony attended by thousands": a ceremony no one is
                // named at is the one already told.
                if family == "ceremony" && people.isEmpty { return true }
                // "the foundation stone for a signalling system" and "the groundbreaking of the Sampur
                // Solar Power Project" found two things.
                if family != "ceremony", !object.isEmpty, !objects[r].isEmpty, object.isDisjoint(with: objects[r]) { return false }
                if !people.isEmpty && !theirs.isEmpty { return !people.isDisjoint(with: theirs) }
                return key == keys[r]
            case .visit:
                // A visit to another country, or in another month, is another visit ("… due to fly on
                // to Dushanbe for a state visit to Tajikistan", "travelled to Xi'an in May 2023").
                if !destination.isEmpty, !destinations[r].isEmpty, destination.isDisjoint(with: destinations[r]) { return false }
                if let a = date, let b = records[r].date, let ma = a.month, let mb = b.month, a.year != b.year || ma != mb {
                    return false
                }
                if !people.isEmpty && !theirs.isEmpty { return !people.isDisjoint(with: theirs) }
                return !key.isDisjoint(with: keys[r])
            case .appeal, .condemnation:
                // The same appealer (and, when both name one, the same addressee): "Li asked Thailand
                // to …" and "Albanese urged Li to …" are two appeals.
                if let a = actors.first.flatMap(context.entityIndex(id:)),
                    let b = records[r].actors.first.flatMap(context.entityIndex(id:))
                {
                    guard sameSide(a, b) else { return false }
                    if let x = actors.dropFirst().first.flatMap(context.entityIndex(id:)),
                        let y = records[r].actors.dropFirst().first.flatMap(context.entityIndex(id:)),
                        !sameSide(x, y)
                    {
                        return false
                    }
                    return true
                }
                return key.isEmpty || key.contains { a in keys[r].contains { sameSide(a, $0) } }
            case .meeting:
                // Two meetings are one when their people are the same, or one side names only one of them.
                if people.count >= 2 && theirs.count >= 2 { return people.isSubset(of: theirs) || theirs.isSubset(of: people) }
                if !people.isEmpty && !theirs.isEmpty { return !people.isDisjoint(with: theirs) }
                return key == keys[r]
            default:
                if !people.isEmpty && !theirs.isEmpty { return !people.isDisjoint(with: theirs) }
                return key == keys[r]
            }
        }
    }

    /// The content words of what a ceremony opens or founds: the words after the trigger (and an
    /// "of"/"for"), up to punctuation or a preposition of place or time.
    func objectWords(after hit: TriggerIndex.Hit, in range: Range<Int>) -> Set<String> {
        var k = hit.end
        if k < range.upperBound, ["of", "for"].contains(tokens[k].norm) { k += 1 }
        var words = Set<String>()
        while k < range.upperBound, k < hit.end + 10 {
            let t = tokens[k]
            if (t.kind == .punct && !t.flags.contains(.isJoiner)) || ["in", "at", "on", "by", "with", "and", "near", "between"].contains(t.norm) {
                break
            }
            if t.kind == .word, t.norm.count > 3, !["the", "this", "that", "their", "upgraded"].contains(t.norm) { words.insert(t.norm) }
            k += 1
        }
        return words
    }

    /// The kind of ceremony a trigger names: opening, founding, wreath, welcome, guest, oath,
    /// roadshow, or a bare "ceremony".
    func ceremonyFamily(_ hit: TriggerIndex.Hit) -> String {
        let words = Set((hit.start..<hit.end).map { tokens[$0].norm })
        return Self.ceremonyFamilies.first { !$0.1.isDisjoint(with: words) }?.0 ?? "ceremony"
    }

    static let ceremonyFamilies: [(String, Set<String>)] = [
        ("found", ["foundation", "ground-breaking", "groundbreaking", "ground"]),
        ("wreath", ["wreath", "wreaths"]),
        ("welcome", ["salute", "21-gun", "welcome", "guard"]),
        ("guest", ["guest"]),
        ("oath", ["swearing-in"]),
        ("roadshow", ["roadshow"]),
        ("open", ["flag", "flagged", "flags", "inaugurated", "inaugurates", "inauguration", "commissioned", "opened"]),
    ]

    /// The speaker named after the closing quote of a quoted sentence the trigger is in.
    func quotedSpeaker(after hit: TriggerIndex.Hit, in sentence: Range<Int>) -> Int? {
        guard (sentence.lowerBound..<hit.start).contains(where: { ["we", "i"].contains(tokens[$0].norm) }),
            let close = (hit.end..<sentence.upperBound).first(where: { tokens[$0].norm == "\"" || tokens[$0].norm == "”" }),
            (close..<min(sentence.upperBound, close + 12)).contains(where: { ["said", "says", "told", "added"].contains(tokens[$0].norm) })
        else { return nil }
        let found = context.entities(in: close..<min(sentence.upperBound, close + 12))
        return found.first { context.type($0.entity) == .person }.map { context.actor($0.entity) }
            ?? found.first { context.canAct($0.entity) && context.type($0.entity) != .norp }.map { context.actor($0.entity) }
    }

    /// Whether place `a` is more specific than `b` (a town rather than its country).
    func moreSpecific(_ a: String, than b: String?) -> Bool {
        guard let b else { return true }
        return context.isCountry(id: b) && !context.isCountry(id: a)
    }

    /// Two places of one attack: the same, or one a country and the other inside it.
    func placesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, a != b,
            let x = context.doc.entities.first(where: { $0.id == a }), let y = context.doc.entities.first(where: { $0.id == b })
        else { return true }
        let xCountry = x.lexiconID?.hasPrefix("country.") == true
        let yCountry = y.lexiconID?.hasPrefix("country.") == true
        guard x.country != nil, x.country == y.country else { return false }
        return xCountry || yCountry
    }

    /// Two named conferences are one when their names share two words ("Pakistan Mineral
    /// Investment Forum" and "Mineral Investment Forum 2026").
    func conferencesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        func words(_ id: String) -> Set<String> {
            let name = context.doc.entities.first { $0.id == id }?.name ?? ""
            return Set(name.split(separator: " ").map { TextFolding.key($0) }.filter { $0.count > 3 })
        }
        return words(a).intersection(words(b)).count >= 2
    }

    mutating func attach(sentence n: Int, to r: Int, rule: String) {
        if !records[r].evidence.contains(where: { $0.sentenceIndex == n }) {
            records[r].evidence.append(context.evidence(sentence: n, rule: rule))
        }
        if records[r].date == nil {
            let range = context.doc.sentences[n].tokenRange
            records[r].date = context.pointDate(in: range) ?? context.periodStart(in: range)
        }
    }

    /// A headline event joins the first body event of its kind, and so does a headline trigger that
    /// named no actors of its own (a title-case headline is read against the lexicon only).
    mutating func mergeHeadlines() {
        let firstBody = context.firstBody
        var removed = Set<Int>()
        var merged = Set<Int>()
        for h in records.indices where origins[h] < firstBody && records[h].evidence.allSatisfy({ $0.sentenceIndex < firstBody }) {
            guard let body = records.indices.first(where: { $0 != h && origins[$0] >= firstBody && records[$0].kind == records[h].kind })
            else { continue }
            records[body].evidence += records[h].evidence
            if records[body].date == nil { records[body].date = records[h].date }
            for a in records[h].actors where !records[body].actors.contains(a) { records[body].actors.append(a) }
            removed.insert(h)
            merged.insert(body)
        }
        for mention in headlineMentions {
            guard let body = records.indices.first(where: { origins[$0] >= firstBody && records[$0].kind == mention.kind }),
                !records[body].evidence.contains(where: { $0.sentenceIndex == mention.sentence })
            else { continue }
            records[body].evidence.append(context.evidence(sentence: mention.sentence, rule: mention.rule))
            merged.insert(body)
        }
        // The headline comes first, as in the article.
        for r in merged { records[r].evidence.sort { $0.sentenceIndex < $1.sentenceIndex } }
        records = records.indices.filter { !removed.contains($0) }.map { records[$0] }
    }
}
