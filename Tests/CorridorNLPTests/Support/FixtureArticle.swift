import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// A short news article written for the tests: an id, a publication date, a country pair and a body.
///
/// Every fixture is the tests' own prose (never the evaluation corpus). ``extract(sourceLocation:)``
/// runs the standard pipeline and checks the offset invariants on the way, so every test that
/// extracts an article also checks that its mentions and evidence slice back to the text.
struct FixtureArticle: Sendable, CustomTestStringConvertible {
    var id: String
    var date: String?
    var pair: String?
    var text: String

    init(_ id: String, date: String? = nil, pair: String? = nil, _ text: String) {
        self.id = id
        self.date = date
        self.pair = pair
        self.text = text
    }

    var article: Article {
        Article(id: id, text: text, publishedAt: date.flatMap { PartialDate(iso: $0) }, pair: pair)
    }

    var testDescription: String { id }

    /// Extracts with the standard pipeline and expects every range to slice back to its text.
    func extract(sourceLocation: SourceLocation = #_sourceLocation) throws -> ArticleExtraction {
        let result = try TestData.extractor.extract(article)
        expectRangesSliceText(result, sourceLocation: sourceLocation)
        return result
    }
}

// MARK: - Offsets

/// The characters between two Unicode scalar offsets of `text`, or nil when out of bounds.
func slice(_ text: String, _ range: TextRange) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard range.start >= 0, range.start <= range.end, range.end <= scalars.count else { return nil }
    return String(String.UnicodeScalarView(scalars[range.start..<range.end]))
}

/// Expects every sentence, mention and piece of evidence to slice the article text to exactly
/// its recorded text, and every fact to carry evidence from this article.
func expectRangesSliceText(_ x: ArticleExtraction, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = x.article.text
    for s in x.sentences {
        #expect(slice(text, s.range) == s.text, "sentence \(s.index)", sourceLocation: sourceLocation)
    }
    for e in x.entities {
        #expect(!e.mentions.isEmpty, "\(e.name) has no mention", sourceLocation: sourceLocation)
        for m in e.mentions {
            #expect(slice(text, m.range) == m.text, "mention of \(e.name)", sourceLocation: sourceLocation)
        }
    }
    for (fact, evidence) in x.evidenceByFact {
        #expect(!evidence.isEmpty, "\(fact) has no evidence", sourceLocation: sourceLocation)
        for ev in evidence {
            #expect(text.contains(ev.sentence), "\(fact): evidence not verbatim", sourceLocation: sourceLocation)
            #expect(slice(text, ev.range) == ev.sentence, "\(fact): evidence range", sourceLocation: sourceLocation)
            #expect(ev.document == x.article.id, "\(fact): evidence document", sourceLocation: sourceLocation)
            #expect(!ev.rule.isEmpty, "\(fact): evidence rule", sourceLocation: sourceLocation)
            let sentence = x.sentences.indices.contains(ev.sentenceIndex) ? x.sentences[ev.sentenceIndex].text : nil
            #expect(sentence == ev.sentence, "\(fact): evidence sentence index", sourceLocation: sourceLocation)
        }
    }
}

// MARK: - Lookups

extension ArticleExtraction {
    /// The name of the entity with this id (the id itself when unknown, nil for nil).
    func name(of id: String?) -> String? {
        guard let id else { return nil }
        return entities.first { $0.id == id }?.name ?? id
    }

    /// The names of the entities with these ids, in order.
    func names(of ids: [String]) -> [String] {
        ids.compactMap { name(of: $0) }
    }

    /// The entity whose name or one of whose aliases is `name`.
    func entity(named name: String) -> Entity? {
        entities.first { $0.name == name } ?? entities.first { $0.aliases.contains(name) }
    }

    /// Every fact's evidence, labelled by the fact's id and kind.
    var evidenceByFact: [(String, [Evidence])] {
        agreements.map { ("agreement \($0.id) \($0.kind)", $0.evidence) }
            + commitments.map { ("commitment \($0.id)", $0.evidence) }
            + events.map { ("event \($0.id) \($0.kind)", $0.evidence) }
            + projects.map { ("project \($0.id) \($0.name)", $0.evidence) }
    }
}
