public import CorridorModel

extension LedgerWriter {
    /// Resolves one reported fact: finds the ledger fact it repeats or creates one, then adds the
    /// article's evidence and status assertions.
    func resolve<T: LedgerTransaction>(
        fact f: ReportedFact, article: Article, entityIDs: [String: String], taken: inout Set<String>, tx: inout T
    ) throws(StoreError) -> String {
        let draft = Self.draft(f, article: article, entityIDs: entityIDs)
        let keys = factKeys(draft, probing: false)
        var best: (score: Int, fact: LedgerFact)?
        for id in try tx.factIDs(kind: draft.kind, withKeys: factKeys(draft, probing: true), limit: Self.candidateLimit)
            .sorted() where !taken.contains(id)
        {
            guard let c = try tx.fact(id: id), let s = factMatcher.score(draft, c) else { continue }
            if best == nil || s > best?.score ?? 0 { best = (s, c) }
        }
        var record: LedgerFact
        if let best {
            record = Self.absorb(draft, into: best.fact)
        } else {
            record = draft
            let base = LedgerIDs.fact(draft, seed: article.id + "/" + f.localID + "/" + (f.evidence.first?.sentence ?? ""))
            record.id = base
            var n = 2
            while try tx.fact(id: record.id) != nil {
                record.id = base + "-\(n)"
                n += 1
            }
        }
        taken.insert(record.id)
        // Saved before linking: members may only point at an umbrella that exists.
        try tx.save(fact: record, keys: keys.union(factKeys(record, probing: false)))
        if record.kind == .agreement, try linkUmbrella(&record, tx: &tx) { try tx.save(fact: record, keys: []) }
        for e in f.evidence {
            try tx.insert(evidence: EvidenceRecord(factID: record.id, articleID: article.id, evidence: e))
        }
        let statuses = Self.statuses(of: f, factID: record.id, article: article)
        for s in statuses { try tx.insert(status: s) }
        if !statuses.isEmpty, let current = Lifecycle.current(try tx.statusHistory(of: record.id)) {
            record.status = current.status
            record.statusDate = current.date
            try tx.save(fact: record, keys: [])
        }
        if best == nil, !record.label.isEmpty {
            try tx.index(SearchDocument(kind: record.kind.rawValue, refID: record.id, articleID: article.id, text: record.label))
        }
        return record.id
    }

    /// Links an agreement to its umbrella record, or an umbrella to its members (the record must be
    /// stored already).
    ///
    /// - Returns: whether `record` itself changed (it joined an umbrella) and must be saved again.
    private func linkUmbrella<T: LedgerTransaction>(_ record: inout LedgerFact, tx: inout T) throws(StoreError) -> Bool {
        guard record.isUmbrella || record.umbrellaID == nil else { return false }
        let ids = try tx.factIDs(kind: .agreement, withKeys: factKeys(record, probing: true), limit: Self.candidateLimit)
        for id in ids.sorted() where id != record.id {
            guard var other = try tx.fact(id: id) else { continue }
            if record.isUmbrella, other.umbrellaID == nil, factMatcher.isMember(other, of: record) {
                other.umbrellaID = record.id
                try tx.save(fact: other, keys: [])
            } else if !record.isUmbrella, factMatcher.isMember(record, of: other) {
                record.umbrellaID = other.id
                return true
            }
        }
        return false
    }

    /// The ledger form of a reported fact, with entity ids mapped to ledger ids.
    static func draft(_ f: ReportedFact, article: Article, entityIDs: [String: String]) -> LedgerFact {
        func people(_ local: [String], _ role: ParticipantRole) -> [Participant] {
            local.compactMap { entityIDs[$0] }.map { Participant(role: role, entityID: $0) }
        }
        let reported = article.publishedAt
        var out: LedgerFact
        switch f {
        case .agreement(let a):
            out = LedgerFact(
                id: "", kind: .agreement, label: a.title ?? "", subtype: a.kind.rawValue, date: a.date ?? reported,
                period: a.period, amount: a.amount, count: a.count, sectors: a.sectors,
                participants: people(a.parties, .party) + people(a.signatories, .signatory)
                    + people(a.witnesses, .witness))
        case .commitment(let c):
            out = LedgerFact(
                id: "", kind: .commitment, label: c.what, subtype: c.modality.rawValue, date: reported, period: c.period,
                amount: c.amount, quantity: c.quantity, sectors: c.sectors,
                participants: people(c.actor.map { [$0] } ?? [], .actor)
                    + people(c.beneficiary.map { [$0] } ?? [], .beneficiary))
        case .event(let v):
            let first = v.evidence.first?.sentence ?? v.kind.rawValue
            out = LedgerFact(
                id: "", kind: .event, label: String(first.prefix(200)), subtype: v.kind.rawValue, date: v.date ?? reported,
                participants: people(v.actors, .actor) + people(v.place.map { [$0] } ?? [], .place))
        case .project(let p):
            out = LedgerFact(
                id: "", kind: .project, label: p.name, subtype: p.sector?.rawValue ?? "", date: reported,
                sectors: p.sector.map { [$0] } ?? [], aliases: p.aliases,
                participants: people(p.place.map { [$0] } ?? [], .place))
        }
        out.participants = Array(Set(out.participants)).sorted()
        return out
    }

    /// The status assertions a reported fact makes.
    static func statuses(of f: ReportedFact, factID: String, article: Article) -> [StatusAssertion] {
        func assertion(_ s: LifecycleStatus, _ e: Evidence?, date: PartialDate?) -> StatusAssertion {
            StatusAssertion(
                factID: factID, status: s, date: date, articleID: article.id, sentence: e?.sentence ?? "",
                sentenceIndex: e?.sentenceIndex ?? -1)
        }
        switch f {
        case .project(let p):
            // The extractor's status cues (facts.json, `project.status.*`) are the one source of statuses.
            guard let s = p.status else { return [] }
            return [assertion(s, p.statusEvidence ?? p.evidence.first, date: article.publishedAt)]
        case .commitment(let c):
            return [assertion(Lifecycle.status(for: c.modality), c.evidence.first, date: article.publishedAt)]
        case .agreement(let a):
            return [assertion(.signed, a.evidence.first, date: a.date ?? article.publishedAt)]
        case .event:
            return []
        }
    }

    /// Merges what a new report adds to a known fact.
    static func absorb(_ d: LedgerFact, into r: LedgerFact) -> LedgerFact {
        var r = r
        if r.label.isEmpty {
            r.label = d.label
        } else if !d.label.isEmpty, NameFolding.key(d.label) != NameFolding.key(r.label), r.kind != .event {
            r.aliases = merged(r.aliases, adding: [d.label], except: r.label)
        }
        r.aliases = merged(r.aliases, adding: d.aliases, except: r.label)
        if let dd = d.date, r.date == nil || (r.date.map { dd.precision > $0.precision && PartialDate.areWithin(dd, $0, days: 0) } ?? false) {
            r.date = dd
        }
        r.period = r.period ?? d.period
        r.amount = r.amount ?? d.amount
        r.quantity = r.quantity ?? d.quantity
        r.count = r.count ?? d.count
        r.sectors = Array(Set(r.sectors + d.sectors)).sorted()
        r.participants = Array(Set(r.participants + d.participants)).sorted()
        return r
    }

    /// Index keys of a fact; when `probing`, also the neighbouring months a date window reaches.
    func factKeys(_ f: LedgerFact, probing: Bool) -> Set<String> {
        var months: [String] = ["none"]
        if let d = f.date {
            months = [Self.bucket(d)]
            if probing {
                let r = d.dayRange
                let w = configuration.dateWindowDays
                months += [r.lowerBound - w, r.upperBound + w].map { Self.bucket(CivilCalendar.partialDate(dayNumber: $0)) }
                months.append(String(d.year))
                if d.month != nil { months.append(String(d.year)) }
            }
        }
        var keys = Set<String>()
        switch f.kind {
        case .agreement:
            for p in f.entityIDs(.party) { for m in months { keys.insert("pd:\(p):\(m)") } }
            // An umbrella's count finds the same batch reported without a date ("23 MoUs").
            if let c = f.count, c >= 2 { for p in f.entityIDs(.party) { keys.insert("uc:\(c):\(p)") } }
            // Title words that tell agreements apart: not document words, not country names.
            for w in NameFolding.words(f.label)
            where w.count > 2 && !Self.genericTitleWords.contains(w) && configuration.countryWords[w] == nil {
                keys.insert("tw:" + w)
            }
        case .event:
            for a in f.entityIDs(.actor) { for m in months { keys.insert("ad:\(f.subtype):\(a):\(m)") } }
        case .commitment:
            let actor = f.entityIDs(.actor).first ?? "none"
            if let a = f.amount { keys.insert("m:\(a.currency):\(a.value)") }
            if let q = f.quantity { keys.insert("q:\(actor):\(q.value)") }
            for m in months { keys.insert("ad:\(actor):\(m)") }
        case .project:
            let p = keyer.profile(name: f.label, aliases: f.aliases, type: .fac)
            keys.formUnion(p.nameKeys.union(p.aliasKeys).map { "k:" + $0 })
            keys.formUnion(p.acronyms.union(p.shortForms).map { "x:" + $0 })
            keys.formUnion(p.nameKeys.union(p.aliasKeys).map { "sk:" + Self.skeleton($0) })
        case .entity:
            break
        }
        return keys
    }

    static let genericTitleWords: Set<String> = [
        "agreement", "agreements", "memorandum", "understanding", "mou", "mous", "cooperation", "plan", "action",
        "joint", "framework", "between", "the", "and", "for", "on", "of", "letter", "exchange", "contract",
        "statement", "protocol", "accord", "deal", "field", "areas", "area", "signed",
    ]

    static func bucket(_ d: PartialDate) -> String {
        d.month == nil ? String(d.year) : String(d.description.prefix(7))
    }

    /// A word's consonant skeleton: "gawadar port" and "gwadar port" agree.
    static func skeleton(_ key: String) -> String {
        String(key.filter { !"aeiou".contains($0) })
    }
}
