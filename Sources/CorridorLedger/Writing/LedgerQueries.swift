public import CorridorModel

/// Listing, lookup, detail and timeline queries over any backend's ``LedgerReading``.
///
/// ```swift
/// let q = LedgerQueries(reader: reader, keyer: NameKeyer(configuration: .init()))
/// let rows = try q.list(.project, filter: LedgerFilter(status: .completed))
/// ```
public struct LedgerQueries<R: LedgerReading> {
    /// The backend's reads.
    public let reader: R
    let keyer: NameKeyer

    /// Creates the queries.
    public init(reader: R, configuration: ResolverConfiguration = ResolverConfiguration()) {
        self.reader = reader
        keyer = NameKeyer(configuration: configuration)
    }

    // MARK: - Listing

    /// The records of a kind that pass the filter.
    public func list(_ kind: RecordKind, filter: LedgerFilter) throws(StoreError) -> [LedgerRecord] {
        var actorIDs: Set<String>?
        if let actor = filter.actor { actorIDs = try resolveNames(actor) }
        var out: [LedgerRecord] = []
        if kind == .entity {
            let type = filter.kind.flatMap { EntityType(rawValue: $0.uppercased()) }
            if filter.kind != nil, type == nil { return [] }
            for e in try reader.entities(type: type, country: filter.country?.uppercased()) {
                if let actorIDs, !actorIDs.contains(e.id) { continue }
                let r = try row(e)
                guard Self.inRange(r.date, filter) else { continue }
                out.append(r)
            }
        } else {
            for f in try reader.facts(kind: kind, subtype: filter.kind?.lowercased(), status: filter.status) {
                if let sector = filter.sector, !f.sectors.contains(sector), f.subtype != sector.rawValue { continue }
                if let actorIDs, actorIDs.isDisjoint(with: f.participants.map(\.entityID)) { continue }
                let r = try row(f)
                if let c = filter.country?.uppercased(), !(r.country ?? "").split(separator: "-").contains(Substring(c)) {
                    continue
                }
                guard Self.inRange(f.date, filter) else { continue }
                out.append(r)
            }
        }
        out.sort { ($0.date.map { $0.dayRange.lowerBound } ?? Int.max, $0.id) < ($1.date.map { $0.dayRange.lowerBound } ?? Int.max, $1.id) }
        return Array(out.prefix(filter.limit))
    }

    /// Records named `name` (id, name, alias, title), best matches first.
    public func find(_ name: String) throws(StoreError) -> [LedgerRecord] {
        if let e = try reader.entity(id: name) { return [try row(e)] }
        if let f = try reader.fact(id: name) { return [try row(f)] }
        var out: [LedgerRecord] = []
        for id in try resolveNames(name).sorted() {
            if let e = try reader.entity(id: id) { out.append(try row(e)) }
        }
        let p = keyer.profile(name: name, aliases: [], type: .fac)
        let keys = Set(p.nameKeys.map { "k:" + $0 } + p.shortForms.map { "x:" + $0 })
        for id in try reader.factIDs(kind: .project, withKeys: keys, limit: 50).sorted() {
            if let f = try reader.fact(id: id) { out.append(try row(f)) }
        }
        return out.sorted { ($0.articleCount, $1.id) > ($1.articleCount, $0.id) }
    }

    /// The ids of entities a name may stand for.
    func resolveNames(_ name: String) throws(StoreError) -> Set<String> {
        if let e = try reader.entity(id: name) { return [e.id] }
        var ids = Set<String>()
        for type in [EntityType.person, .org, .gpe, .law] {
            let p = keyer.profile(name: name, aliases: [], type: type)
            let keys = Set(p.nameKeys.map { "k:" + $0 } + p.shortForms.map { "x:" + $0 } + p.countryKeys.map { "c:" + $0 })
            for id in try reader.entityIDs(withKeys: keys, limit: 50) {
                if let e = try reader.entity(id: id) { ids.insert(e.id) }
            }
        }
        return ids
    }

    // MARK: - Detail

    /// A record with its evidence, history and related records.
    public func detail(of id: String) throws(StoreError) -> RecordDetail? {
        if let e = try reader.entity(id: id) {
            var evidence: [SourceSentence] = []
            for m in try reader.mentions(ofEntity: e.id) {
                guard let a = try reader.articleMetadata(id: m.articleID) else { continue }
                for i in Set(m.sentences).sorted() {
                    guard let s = try reader.sentence(article: m.articleID, index: i) else { continue }
                    evidence.append(source(a, index: i, sentence: s.text, rule: "mention"))
                }
            }
            var related: [LedgerRecord] = []
            for fid in try reader.factIDs(withParticipant: e.id).sorted() {
                if let f = try reader.fact(id: fid) { related.append(try row(f)) }
            }
            return RecordDetail(record: try row(e), evidence: Self.sorted(evidence), history: [], related: related)
        }
        guard let f = try reader.fact(id: id) else { return nil }
        var evidence: [SourceSentence] = []
        for ev in try reader.evidence(ofFact: f.id) {
            guard let a = try reader.articleMetadata(id: ev.articleID) else { continue }
            evidence.append(source(a, index: ev.evidence.sentenceIndex, sentence: ev.evidence.sentence, rule: ev.evidence.rule))
        }
        var related: [LedgerRecord] = []
        for m in try reader.members(ofUmbrella: f.id) { related.append(try row(m)) }
        if let u = f.umbrellaID, let umbrella = try reader.fact(id: u) { related.append(try row(umbrella)) }
        let history = try reader.statusHistory(of: f.id).sorted {
            ($0.date.map { $0.dayRange.lowerBound } ?? Int.min, Lifecycle.rank($0.status))
                < ($1.date.map { $0.dayRange.lowerBound } ?? Int.min, Lifecycle.rank($1.status))
        }
        return RecordDetail(record: try row(f), evidence: Self.sorted(evidence), history: history, related: related)
    }

    /// The dated facts and status changes about a record, oldest first.
    public func timeline(of id: String) throws(StoreError) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        var factIDs: [String] = []
        if let e = try reader.entity(id: id) {
            factIDs = try reader.factIDs(withParticipant: e.id).sorted()
        } else if let f = try reader.fact(id: id) {
            factIDs = [f.id]
        } else {
            return []
        }
        for fid in factIDs {
            guard let f = try reader.fact(id: fid) else { continue }
            let first = try reader.articleIDs(reportingFact: fid).sorted().first ?? ""
            out.append(TimelineEntry(date: f.date, recordID: f.id, kind: f.kind, summary: Self.summary(f), articleID: first))
            for s in try reader.statusHistory(of: fid) {
                out.append(
                    TimelineEntry(
                        date: s.date, recordID: f.id, kind: f.kind, summary: "\(s.status.rawValue): \(f.label)",
                        status: s.status, articleID: s.articleID))
            }
        }
        return out.sorted {
            ($0.date.map { $0.dayRange.lowerBound } ?? Int.min, $0.recordID, $0.status.map(Lifecycle.rank) ?? -1)
                < ($1.date.map { $0.dayRange.lowerBound } ?? Int.min, $1.recordID, $1.status.map(Lifecycle.rank) ?? -1)
        }
    }

    // MARK: - Rows

    /// The listing row of an entity.
    public func row(_ e: LedgerEntity) throws(StoreError) -> LedgerRecord {
        let mentions = try reader.mentions(ofEntity: e.id)
        var stories = Set<String>()
        var first: PartialDate?
        for m in mentions {
            guard let a = try reader.articleMetadata(id: m.articleID) else { continue }
            stories.insert(a.storyID)
            if let d = a.article.publishedAt, first == nil || d < (first ?? d) { first = d }
        }
        return LedgerRecord(
            id: e.id, kind: .entity, label: e.name, type: e.type.rawValue, country: e.country, date: first,
            aliases: e.aliases, articleCount: mentions.count, sourceCount: stories.count)
    }

    /// The listing row of a fact.
    public func row(_ f: LedgerFact) throws(StoreError) -> LedgerRecord {
        let articles = try reader.articleIDs(reportingFact: f.id)
        var stories = Set<String>()
        for a in articles { if let m = try reader.articleMetadata(id: a) { stories.insert(m.storyID) } }
        var participants: [Participant] = []
        var countries = Set<String>()
        for p in f.participants {
            let e = try reader.entity(id: p.entityID)
            participants.append(Participant(role: p.role, entityID: e?.id ?? p.entityID, name: e?.name))
            if p.role != .place, let c = e?.country { countries.insert(c) }
        }
        return LedgerRecord(
            id: f.id, kind: f.kind, label: f.label, type: f.subtype,
            country: countries.isEmpty ? nil : countries.sorted().joined(separator: "-"), date: f.date, status: f.status,
            aliases: f.aliases, participants: participants, umbrellaID: f.umbrellaID, count: f.count, amount: f.amount,
            sectors: f.sectors, articleCount: articles.count, sourceCount: stories.count)
    }

    // MARK: - Helpers

    private func source(_ a: StoredArticle, index: Int, sentence: String, rule: String) -> SourceSentence {
        SourceSentence(
            articleID: a.article.id, storyID: a.storyID, publishedAt: a.article.publishedAt, outlet: a.article.outlet,
            url: a.article.url, sentenceIndex: index, sentence: sentence, rule: rule)
    }

    static func sorted(_ s: [SourceSentence]) -> [SourceSentence] {
        s.sorted {
            ($0.publishedAt.map { $0.dayRange.lowerBound } ?? Int.max, $0.articleID, $0.sentenceIndex)
                < ($1.publishedAt.map { $0.dayRange.lowerBound } ?? Int.max, $1.articleID, $1.sentenceIndex)
        }
    }

    static func summary(_ f: LedgerFact) -> String {
        let label = f.label.isEmpty ? "(untitled)" : f.label
        return f.subtype.isEmpty ? label : "\(f.subtype): \(label)"
    }

    static func inRange(_ d: PartialDate?, _ filter: LedgerFilter) -> Bool {
        if filter.since == nil, filter.until == nil { return true }
        guard let d else { return false }
        if let s = filter.since, d.dayRange.upperBound < s.dayRange.lowerBound { return false }
        if let u = filter.until, d.dayRange.lowerBound > u.dayRange.upperBound { return false }
        return true
    }
}
