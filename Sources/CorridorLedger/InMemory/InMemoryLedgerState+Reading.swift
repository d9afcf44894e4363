public import CorridorModel

extension InMemoryLedgerState: LedgerReading {
    func entities(type: EntityType?, country: String?) throws(StoreError) -> [LedgerEntity] {
        entities.values.filter { e in
            (type == nil || e.type == type) && (country == nil || e.country == country)
        }.sorted { $0.id < $1.id }
    }

    func facts(kind: RecordKind, subtype: String?, status: LifecycleStatus?) throws(StoreError) -> [LedgerFact] {
        facts.values.filter { f in
            f.kind == kind && (subtype == nil || f.subtype == subtype || kind == .project)
                && (status == nil || f.status == status)
        }.sorted { $0.id < $1.id }
    }

    func factIDs(withParticipant entityID: String) throws(StoreError) -> Set<String> {
        let id = canonical(entityID)
        return Set(facts.values.filter { $0.participants.contains { $0.entityID == id } }.map(\.id))
    }

    func mentions(ofEntity id: String) throws(StoreError) -> [(articleID: String, sentences: [Int])] {
        let id = canonical(id)
        return (entityArticles[id] ?? []).sorted().map { a in
            let rows = (articleEntities[a] ?? []).filter { canonical($0.ledgerID) == id }
            return (a, rows.flatMap { $0.entity.mentions.map(\.sentence) })
        }
    }

    func articleIDs(reportingFact id: String) throws(StoreError) -> Set<String> { factArticles[id] ?? [] }

    func articleMetadata(id: String) throws(StoreError) -> StoredArticle? { articles[id] }

    func sentence(article: String, index: Int) throws(StoreError) -> SentenceRecord? {
        sentences[article]?.first { $0.index == index }
    }

    func evidence(ofFact id: String) throws(StoreError) -> [EvidenceRecord] { evidence[id] ?? [] }

    func members(ofUmbrella id: String) throws(StoreError) -> [LedgerFact] {
        facts.values.filter { $0.umbrellaID == id }.sorted { $0.id < $1.id }
    }
}
