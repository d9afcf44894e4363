public import CorridorModel

/// Hand-built articles and extractions for ledger tests.
public enum LedgerFixtures {
    /// An entity with one mention in sentence 0.
    public static func entity(
        _ id: String, _ name: String, _ type: EntityType, country: String? = nil, aliases: [String] = [],
        rules: [String] = ["entity.org-head"]
    ) -> Entity {
        Entity(
            id: id, name: name, type: type, aliases: aliases, country: country,
            mentions: [Mention(text: name, range: TextRange(start: 0, end: name.count), sentence: 0, rule: rules[0])],
            rules: rules)
    }

    /// Evidence for a sentence of an article.
    public static func evidence(_ doc: String, _ sentence: String, index: Int = 0) -> Evidence {
        Evidence(
            document: doc, sentence: sentence, sentenceIndex: index,
            range: TextRange(start: 0, end: sentence.count), rule: "test.rule")
    }

    /// An extraction whose article text is the sentences joined, one sentence record each.
    public static func extraction(
        _ id: String, date: String?, outlet: String = "Test Wire", sentences: [String], entities: [Entity] = [],
        agreements: [Agreement] = [], commitments: [Commitment] = [], events: [Event] = [], projects: [Project] = []
    ) -> ArticleExtraction {
        let text = sentences.joined(separator: " ")
        var offset = 0
        var records: [SentenceRecord] = []
        for (n, s) in sentences.enumerated() {
            records.append(SentenceRecord(index: n, range: TextRange(start: offset, end: offset + s.count), text: s))
            offset += s.count + 1
        }
        return ArticleExtraction(
            article: Article(id: id, text: text, publishedAt: date.flatMap { PartialDate(iso: $0) }, outlet: outlet),
            sentences: records, entities: entities, agreements: agreements, commitments: commitments, events: events,
            projects: projects)
    }
}
