public import CorridorModel

/// Finds forward-looking promises by a named actor: "China has pledged to provide 3,000 training
/// opportunities", "the two countries will advance space cooperation", "Pakistan vowed to protect".
///
/// A commitment needs a trigger (`commitment.*` in `facts.json`: pledged to, vowed to, committed
/// to, agreed to, resolved to, assured, "will provide" …) that is not negated, and an actor: the
/// subject of its clause — a person, body or country; "both countries", "the two sides", "they"
/// stand for the article's two countries, "he"/"it" for the last person or body named. Clauses
/// whose subject is an analyst, an expert or a report are opinions, not commitments. One
/// commitment is kept per clause; two reports of the same promise by the same actor are one.
struct CommitmentExtractor {
    let context: FactContext
    var records: [Commitment] = []
    /// Content words of each record's promise, to merge repeated reports.
    var contents: [Set<String>] = []

    init(context: FactContext) {
        self.context = context
    }

    var tokens: [Token] { context.tokens }

    mutating func run() -> [Commitment] {
        var lastPerson: Int?
        var lastBody: Int?
        let firstBody = context.doc.sentences.firstIndex { !$0.isHeading && !$0.isFurniture } ?? 0
        var headlines: [(Commitment, Set<String>)] = []
        for (n, sentence) in context.doc.sentences.enumerated() where !sentence.isFurniture {
            let range = sentence.tokenRange
            var lastTrigger: Int?
            var lastActor: Int?
            let promises = context.triggers.commitments.hits(in: range, tokens: tokens).filter { isPromise($0, in: range) }
            for (i, hit) in promises.enumerated() {
                let clause = context.clause(around: hit.start)
                // A second promise in one clause needs its own subject right before it ("… and
                // Pakistan will ensure"), or a repeated "and would" ("India would provide Rs 2.4
                // billion … and would install solar panels …": two promises of India); "… its Fund
                // (EDCF), double the amount pledged" is none.
                let again = lastTrigger.map { clause.contains($0) } == true
                let repeated = again && repeatsModal(hit)
                if again, !repeated, let last = lastTrigger, ownSubject(before: hit.start, after: last) == nil {
                    continue
                }
                guard !isNegated(hit.start, in: clause), !isOpinion(clause, before: hit.start) else { continue }
                let actor: Int?
                if again, let last = lastTrigger {
                    // The second promise of a clause belongs to the actor named just before it.
                    actor = ownSubject(before: hit.start, after: last).map { context.actor($0) } ?? (repeated ? lastActor : nil)
                } else if let agent = passiveAgent(hit, in: clause) {
                    // "The railway will be financed by China": the agent promises, not the subject.
                    actor = agent
                } else {
                    actor = self.actor(before: hit.start, in: clause, lastPerson: lastPerson, lastBody: lastBody)
                }
                guard let actor else { continue }
                // A second promise of the clause reads its figures from its own part only.
                let from = again ? hit.start : clause.lowerBound
                lastTrigger = hit.start
                lastActor = actor
                let trigger = context.triggers.commitments.triggers[hit.trigger]
                // What is promised runs to the next promise of the clause, if any.
                let next = promises[(i + 1)...].first { clause.contains($0.start) && (repeatsModal($0) || ownSubject(before: $0.start, after: hit.start) != nil) }
                let stop = next.map { max(hit.end, $0.start - 1) } ?? clause.upperBound
                let what = context.doc.text(tokens: hit.end..<max(hit.end, min(stop, trimmedEnd(clause))))
                let after = hit.end..<stop
                // A count of time ("over five years") is the promise's duration, and a count inside
                // the subject ("the two countries") counts the actors: neither is what is promised.
                let actors = context.triggers.pairPronouns.hits(in: clause, tokens: tokens).map { $0.start..<$0.end }
                let counted = { [context] (q: QuantityMatch) in
                    !context.isDuration(q) && !actors.contains { $0.overlaps(q.tokens) }
                }
                let quantity =
                    context.quantities(in: after).first { counted($0) && (!$0.isModifier || $0.canonicalUnit == nil) }
                    ?? context.quantities(in: from..<hit.start).last { counted($0) && !$0.isModifier }
                let record = Commitment(
                    id: "", actor: context.id(actor), what: what, quantity: quantity?.quantity,
                    amount: (context.amounts(in: after).first ?? context.amounts(in: from..<clause.upperBound).first)?.amount,
                    period: context.period(in: range) ?? context.duration(in: after),
                    modality: modality(of: trigger, at: hit.start, in: clause),
                    sectors: context.sectors(in: after),
                    evidence: [context.evidence(sentence: n, rule: trigger.id)])
                let content = contentWords(after)
                if n < firstBody && sentence.isHeading {
                    headlines.append((record, content))
                } else {
                    add(record, content: content)
                }
            }
            for (_, e) in context.entities(in: range) {
                switch context.type(e) {
                case .person: lastPerson = e
                case .org, .gpe: lastBody = e
                default: break
                }
            }
        }
        // A headline promise is the first body promise of the same actor, or a promise of its own.
        for (record, content) in headlines {
            if let i = records.firstIndex(where: { $0.actor == record.actor }) {
                records[i].evidence += record.evidence
            } else {
                add(record, content: content)
            }
        }
        return records.enumerated().map { n, r in
            var r = r
            r.id = "c\(n + 1)"
            return r
        }
    }

    /// The trigger's modality; a bare "will"/"would" takes that of the verb that reports it:
    /// "announced it would invest" is announced, "pledged that it will provide" pledged.
    func modality(of trigger: FactCues.Trigger, at k: Int, in clause: Range<Int>) -> Commitment.Modality {
        let own = Commitment.Modality(rawValue: trigger.modality ?? "other") ?? .other
        guard own == .will else { return own }
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) where Self.reportingVerbs.contains(tokens[j]) {
            return Self.reportedModality[tokens[j].norm] ?? own
        }
        return own
    }

    static let reportedModality: [String: Commitment.Modality] = [
        "announced": .announced, "pledged": .pledged, "vowed": .vowed, "promised": .assured, "assured": .assured,
    ]

    /// Whether a trigger is a promise: not inside a name ("Agency-Guaranteed"), not after a relative
    /// pronoun ("deals that will help"), "will" followed by a verb of doing, and "commitment to"
    /// followed by a verb ("commitment to deepen", not "commitment to the …" or "to deepening").
    func isPromise(_ hit: TriggerIndex.Hit, in range: Range<Int>) -> Bool {
        if context.entityOfToken[hit.start] != nil { return false }
        // "Agency-Guaranteed": a capitalised word mid-sentence is part of a name.
        let heading = context.doc.sentences[context.sentence(of: hit.start)].isHeading
        if !heading && tokens[hit.start].isCapitalized && hit.start > range.lowerBound { return false }
        if hit.start > range.lowerBound, ["that", "which", "who"].contains(tokens[hit.start - 1].norm),
            ["will", "shall", "would"].contains(tokens[hit.start].norm)
        {
            return false
        }
        let words = (hit.start..<hit.end).map { tokens[$0].norm }
        // "agreed on a defence industrial roadmap": a document agreed is an agreement, not a promise.
        if words == ["agreed", "on"] || words == ["agreed", "upon"] {
            let ahead = hit.end..<min(range.upperBound, hit.end + 6)
            if !context.triggers.agreementNouns.hits(in: ahead, tokens: tokens).isEmpty { return false }
        }
        // "committed $500 million": without "to", the verb promises only the money that follows it.
        if words == ["committed"] || words == ["commits"] {
            return !context.amounts(in: hit.end..<min(range.upperBound, hit.end + 4)).isEmpty
        }
        if words == ["will"] || words == ["shall"] || words == ["would"] {
            // "would" promises only in reported speech: "Xi said China would continue to support".
            if words == ["would"] {
                let clause = context.clause(around: hit.start)
                guard (clause.lowerBound..<hit.start).contains(where: { Self.reportingVerbs.contains(tokens[$0]) }) else {
                    return false
                }
            }
            var k = hit.end
            while k < range.upperBound, context.triggers.willAdverbs.contains(tokens[k].norm) || tokens[k].norm == "to" {
                k += 1
            }
            guard k < range.upperBound, tokens[k].kind == .word, tokens[k].flags.contains(.isLowercase) else { return false }
            // "Japan will not fund the airport", "would never": a negated promise is none — except a
            // pledge of restraint ("would not allow its territory to be used against India").
            if context.triggers.negations.contains(tokens[k].norm) {
                return k + 1 < range.upperBound && Self.restraintVerbs.contains(tokens[k + 1].norm)
            }
            if tokens[k].norm == "be", k + 1 < range.upperBound {
                return context.triggers.passiveWillVerbs.contains(tokens[k + 1].norm)
            }
            if context.triggers.willVerbs.contains(tokens[k].norm) { return true }
            // A verb of doing promises; a verb of being or a prediction does not ("will remain", "will boost").
            // "will carry out a study" is a promise, "will carry a fixed rate" is not.
            let phrasal = k + 1 < range.upperBound && tokens[k + 1].norm == "out"
            return (phrasal || !context.triggers.willNonCommitments.contains(tokens[k].norm)) && !tokens[k].norm.hasSuffix("ly")
        }
        if words.contains(where: { $0.hasPrefix("commitment") }) {
            // "commitment to deepen" is a promise; "commitment to deepening", "… to the …" are not.
            var k = hit.end
            if words.last != "to" {
                guard k < range.upperBound, tokens[k].norm == "to" else { return words.last != "commitment" }
                k += 1
            }
            guard k < range.upperBound else { return false }
            let next = tokens[k]
            return next.kind == .word && next.flags.contains(.isLowercase) && !next.norm.hasSuffix("ing")
                && !["the", "a", "an", "its", "their", "this", "our"].contains(next.norm)
        }
        return true
    }

    /// "… and would install": a modal repeated after "and" opens a second promise of the same actor.
    func repeatsModal(_ hit: TriggerIndex.Hit) -> Bool {
        guard hit.end - hit.start == 1, ["will", "would", "shall"].contains(tokens[hit.start].norm), hit.start > 0 else { return false }
        return tokens[hit.start - 1].norm == "and"
    }

    /// The actor named right before a trigger (adverbs and auxiliaries aside) and after `last`,
    /// not inside a prepositional phrase: the subject of a second promise in one clause.
    func ownSubject(before k: Int, after last: Int) -> Int? {
        guard let (t, e) = context.entities(in: (last + 1)..<k).last, context.canAct(e) else { return nil }
        var end = context.spanOfToken[t].map { context.doc.entitySpans[$0].endToken } ?? t + 1
        while end < k, context.triggers.willAdverbs.contains(tokens[end].norm) || ["would", "will", "shall", "has", "have", "had"].contains(tokens[end].norm) {
            end += 1
        }
        // One more word may stand between: a title after the name, or the noun a nationality
        // qualifies ("Russian engineers would …").
        let between = end + 1 == k && tokens[end].kind == .word
            && (!tokens[end].flags.contains(.isLowercase) || (context.type(e) == .norp && tokens[end].norm.hasSuffix("s")))
        guard end == k || between else { return nil }
        // "… in the Eastern Province and would install …": a place inside a phrase is no subject,
        // but "with Prime Minister Shehbaz reaffirming commitment to …" (an absolute clause) has one.
        if let p = prepositionBefore(t, from: last + 1), !(tokens[p].norm == "with" && tokens[k].norm.hasSuffix("ing")) {
            return nil
        }
        return e
    }

    /// Adds a record, or merges it into an earlier report of the same promise by the same actor.
    mutating func add(_ record: Commitment, content: Set<String>) {
        // Two promises told in one sentence are two ("Russia would keep … supplied and Russian
        // engineers would start work …"); a repeat comes in another sentence.
        let sentence = record.evidence.first?.sentenceIndex
        for i in records.indices where records[i].actor == record.actor && !records[i].evidence.contains(where: { $0.sentenceIndex == sentence }) {
            let inter = contents[i].intersection(content).count
            let union = contents[i].union(content).count
            if union > 0 && inter >= 2 && Double(inter) / Double(union) >= 0.3 {
                records[i].evidence += record.evidence
                return
            }
        }
        records.append(record)
        contents.append(content)
    }

    func contentWords(_ r: Range<Int>) -> Set<String> {
        Set(
            r.filter {
                tokens[$0].kind == .word && tokens[$0].norm.count > 3
                    && !context.triggers.modifierFollowers.contains(tokens[$0].norm)
            }.map { tokens[$0].norm })
    }

    func trimmedEnd(_ clause: Range<Int>) -> Int {
        var b = clause.upperBound
        while b > clause.lowerBound, tokens[b - 1].kind == .punct { b -= 1 }
        return b
    }

    // MARK: - Actor

    /// The subject of the clause before the trigger: the first entity not inside a prepositional
    /// phrase, after any "X said (that)"; else a pronoun standing for the pair, a person or a body.
    /// The agent of a passive promise: "will be financed by China", "will be built by the China
    /// Road and Bridge Corporation" — the first actor after "by" in the clause.
    func passiveAgent(_ hit: TriggerIndex.Hit, in clause: Range<Int>) -> Int? {
        guard ["will", "shall", "would"].contains(tokens[hit.end - 1].norm) else { return nil }
        var k = hit.end
        while k < clause.upperBound, context.triggers.willAdverbs.contains(tokens[k].norm) { k += 1 }
        guard k + 1 < clause.upperBound, tokens[k].norm == "be", context.triggers.passiveWillVerbs.contains(tokens[k + 1].norm)
        else { return nil }
        var j = k + 2
        while j < clause.upperBound, tokens[j].norm != "by" { j += 1 }
        guard j < clause.upperBound else { return nil }
        return context.entities(in: (j + 1)..<min(clause.upperBound, j + 6)).first { context.canAct($0.entity) }
            .map { context.actor($0.entity) }
    }

    func actor(before k: Int, in clause: Range<Int>, lastPerson: Int?, lastBody: Int?) -> Int? {
        var start = clause.lowerBound
        var speaker: Int?
        // "Xi said China will continue …": the subject of the reported clause; the speaker stands in
        // when that clause has no subject at all ("He added that by the end of this year, …").
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1)
        where Self.reportingVerbs.contains(tokens[j]) || Self.clauseVerbs.contains(tokens[j])
            || (tokens[j].norm == "that" && j > clause.lowerBound && tokens[j - 1].flags.contains(.isLowercase)
                && tokens[j - 1].kind == .word && !["so", "such", "now"].contains(tokens[j - 1].norm))
        {
            switch subject(in: clause.lowerBound..<j, lastPerson: lastPerson, lastBody: lastBody) {
            case .actor(let e), .pronoun(let e): speaker = e
            case .thing, .notAnActor, .none: break
            }
            start = j + 1
            if start < k, tokens[start].norm == "that" { start += 1 }
            if tokens[j].norm == "that", j > clause.lowerBound {
                // "X highlighted that …": the speaker is the subject before the verb.
                switch subject(in: clause.lowerBound..<(j - 1), lastPerson: lastPerson, lastBody: lastBody) {
                case .actor(let e), .pronoun(let e): speaker = e
                case .thing, .notAnActor, .none: speaker = nil
                }
            }
            break
        }
        if (start..<min(k, start + 3)).contains(where: { context.triggers.nonActors.contains(tokens[$0]) }) { return nil }
        switch subject(in: start..<k, lastPerson: lastPerson, lastBody: lastBody) {
        case .actor(let e): return e
        case .pronoun(let e): return context.type(e) == .person ? e : speaker ?? e
        // "Huawei said the program will also extend to 15 universities": a body reports its own plan.
        case .thing: return speaker.flatMap { context.type($0) == .org ? $0 : nil }
        case .notAnActor: return nil
        case .none: return speaker
        }
    }

    /// What stands in subject position.
    enum Subject {
        case actor(Int)
        /// A pronoun or a definite description ("the initiative") that stands for this actor.
        case pronoun(Int)
        /// A common noun with its article ("the program", "the project"): no actor by itself.
        case thing
        /// A subject that is no actor: a named thing or an adjective use ("CPEC's next stage",
        /// "Chinese investment").
        case notAnActor
        case none
    }

    /// The subject of a stretch of words, after an opening phrase that ends in a comma ("To build
    /// human capital, China …"): the first actor not inside a prepositional phrase (a possessive
    /// hands over to what it owns), a pronoun, or a common noun that is no actor.
    func subject(in window: Range<Int>, lastPerson: Int?, lastBody: Int?) -> Subject {
        var a = window.lowerBound
        if let comma = window.last(where: { tokens[$0].norm == "," }), comma + 1 < window.upperBound,
            context.entities(in: (comma + 1)..<window.upperBound).contains(where: { context.canAct($0.entity) })
                || window.upperBound - comma > 2
        {
            a = comma + 1
        }
        let window = a..<window.upperBound
        if let pair = context.triggers.pairPronouns.hits(in: window, tokens: tokens).first,
            context.entities(in: window.lowerBound..<pair.start).allSatisfy({
                !context.canAct($0.entity) || isInPrepositionalPhrase($0.token, from: window.lowerBound)
            })
        {
            return context.pair.first.map(Subject.actor) ?? .none
        }
        // "The project will …", "The development of a corridor …": a common noun leads the clause.
        if window.count >= 2, ["the", "a", "an", "this", "these", "its"].contains(tokens[window.lowerBound].norm),
            context.entityOfToken[window.lowerBound + 1] == nil, tokens[window.lowerBound + 1].flags.contains(.isLowercase),
            !context.triggers.personPronouns.contains(tokens[window.lowerBound + 1].norm),
            !context.triggers.bodyPronouns.contains("the " + tokens[window.lowerBound + 1].norm)
        {
            return .thing
        }
        // The first noun phrase decides when it is a name: a thing ("CPEC's next stage", "The FTA")
        // is no actor, nor is a nationality or country used as an adjective ("Chinese investment",
        // "Pak-China joint efforts", "Pakistani astronaut").
        var firstWord = window.first { tokens[$0].kind == .word && !["the", "a", "an"].contains(tokens[$0].norm) }
        // "Pak-China …": a word glued by a hyphen to the name belongs to it.
        if let f = firstWord, context.entityOfToken[f] == nil, f + 2 < window.upperBound, tokens[f + 1].flags.contains(.isJoiner),
            context.entityOfToken[f + 2] != nil
        {
            firstWord = f + 2
        }
        if let first = firstWord, let e = context.entityOfToken[first] {
            if !context.canAct(e) { return .notAnActor }
            var end = context.spanOfToken[first].map { context.doc.entitySpans[$0].endToken } ?? first + 1
            // "The Mombasa-Kisumu railway …": places joined by a dash name a route, a modifier.
            while end + 1 < window.upperBound, tokens[end].flags.contains(.isJoiner),
                let next = context.entityOfToken[end + 1], [.gpe, .loc].contains(context.type(next))
            {
                end = context.spanOfToken[end + 1].map { context.doc.entitySpans[$0].endToken } ?? end + 2
            }
            if [.norp, .gpe].contains(context.type(e)), end < window.upperBound, isNounModifierUse(end),
                !["side", "government", "leadership", "authorities", "officials"].contains(tokens[end].norm)
            {
                return .notAnActor
            }
        }
        for (t, e) in context.entities(in: window) where context.canAct(e) && !isInPrepositionalPhrase(t, from: window.lowerBound) {
            let span = context.spanOfToken[t].map { context.doc.entitySpans[$0] }
            let after = span?.endToken ?? t + 1
            // "Zambian President Hakainde Hichilema vowed …": the nationality describes the person.
            if [.norp, .gpe].contains(context.type(e)), let person = personIntroduced(after: after, before: window.upperBound) {
                return .actor(person)
            }
            // "Pakistan’s Petroleum Minister": the possessive owns the subject — an actor, or nothing.
            if after < window.upperBound, tokens[after].norm == "'s" {
                guard after + 1 < window.upperBound, let next = context.entityOfToken[after + 1], context.canAct(next)
                else { return .notAnActor }
                return .actor(context.actor(next))
            }
            // "the Chinese company": a nationality before a common noun is an adjective.
            if context.type(e) == .norp, after < window.upperBound, tokens[after].flags.contains(.isLowercase),
                !["side", "government", "leadership", "authorities"].contains(tokens[after].norm)
            {
                continue
            }
            return .actor(context.actor(e))
        }
        // "He said …", "the DG assured …", "the initiative aims to …".
        for j in window {
            let w = tokens[j].norm
            if w == "he" || w == "she" { return lastPerson.map(Subject.pronoun) ?? .none }
            if w == "the", j + 1 < window.upperBound {
                let next = tokens[j + 1].norm
                if context.triggers.personPronouns.contains(next) { return lastPerson.map(Subject.pronoun) ?? .none }
                if context.triggers.bodyPronouns.contains("the " + next) { return lastBody.map(Subject.pronoun) ?? .none }
            }
            if ["they", "we"].contains(w) { return context.pair.first.map(Subject.actor) ?? .none }
        }
        return .none
    }

    /// The person a nationality or country introduces: "Zambian President Hakainde Hichilema",
    /// "Chinese Ambassador Jiang Zaidong" (title words may stand outside both names).
    func personIntroduced(after k: Int, before end: Int) -> Int? {
        var j = k
        while j < end, j < k + 3, context.entityOfToken[j] == nil, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
        guard j < end, let e = context.entityOfToken[j], context.type(e) == .person else { return nil }
        return e
    }

    /// Whether the word after a name makes the name an adjective ("China joint efforts"): a
    /// lowercase word that is no verb, preposition or adverb ("China pledged", "China highly values").
    func isNounModifierUse(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.flags.contains(.isLowercase) else { return false }
        let w = t.norm
        if context.triggers.modifierFollowers.contains(t) || Self.reportingVerbs.contains(t) { return false }
        if w.hasSuffix("ed") || w.hasSuffix("ly") { return false }
        return true
    }

    /// Whether an entity follows a preposition within its noun phrase ("in Pakistan’s IT sector").
    func isInPrepositionalPhrase(_ t: Int, from start: Int) -> Bool {
        prepositionBefore(t, from: start) != nil
    }

    /// The preposition whose object the entity at token `t` is, if any.
    func prepositionBefore(_ t: Int, from start: Int) -> Int? {
        var j = t - 1
        while j >= start {
            let w = tokens[j].norm
            if ["in", "on", "at", "for", "to", "from", "with", "of", "by", "under", "during", "against", "about", "into"]
                .contains(w)
            {
                return j
            }
            if tokens[j].kind == .punct || (context.entityOfToken[j] != nil && context.entityOfToken[j] != context.entityOfToken[t]) {
                return nil
            }
            if tokens[j].kind == .word, tokens[j].flags.contains(.isLowercase), !["the", "a", "an", "its", "their"].contains(w)
            {
                // A verb or another word between: the entity is not the object of an earlier preposition.
                return nil
            }
            j -= 1
        }
        return nil
    }

    // MARK: - Modality

    func isNegated(_ k: Int, in clause: Range<Int>) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= clause.lowerBound, steps < 3 {
            if context.triggers.negations.contains(tokens[j].norm) { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    /// Verbs whose negation is itself an undertaking: "will not allow", "would never permit".
    static let restraintVerbs: Set<String> = ["allow", "permit", "tolerate", "let"]

    static let reportingVerbs: WordSet = [
        "said", "says", "told", "added", "announced", "stated", "promised", "assured", "confirmed", "pledged", "vowed",
        "insisted", "noted", "declared",
    ]

    /// Verbs that introduce a reported clause ("highlighted that …").
    static let clauseVerbs: WordSet = [
        "highlighted", "stressed", "emphasised", "emphasized", "underlined", "underscored", "reiterated", "explained",
        "warned", "argued", "remarked", "observed", "recalled", "reported", "tweeted", "wrote",
    ]

    static let opinionVerbs: WordSet = ["believe", "believes", "hope", "hopes", "think", "thinks", "expect", "expects"]

    /// "Analysts believe …", "Experts say …", "could help": an opinion or a hope, not a promise.
    func isOpinion(_ clause: Range<Int>, before k: Int) -> Bool {
        (clause.lowerBound..<k).contains { j in
            Self.opinionVerbs.contains(tokens[j]) || context.triggers.nonActors.contains(tokens[j])
        }
    }
}
